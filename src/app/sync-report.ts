import type { SyncAction } from '../domain/sync/decide-sync.js';

/** What one calendar's sync did (or, in a dry run, would do) for one week. */
export interface SyncedCalendar {
  week: string;
  displayName: string;
  actions: SyncAction[];
}

const VERB = { create: 'created', update: 'updated', delete: 'deleted' } as const;
const OVER = {
  create: 'again: it was deleted on another device',
  update: 'replacing an edit made on another device',
  delete: 'it had been edited on another device',
} as const;
const WOULD = { create: 'would create', update: 'would update', delete: 'would delete' } as const;

/**
 * The lines `iop-plan sync` prints: per week, a count of what was sent; then every event left
 * alone (changed on another device) or replaced over such a change. A dry run lists every
 * create, update and delete as well, since that is what it is asked for.
 */
export function renderSyncReport(calendars: SyncedCalendar[], dryRun: boolean): string[] {
  const lines: string[] = [];
  const weeks = [...new Set(calendars.map((c) => c.week))];
  for (const week of weeks) {
    const actions = calendars.filter((c) => c.week === week).flatMap((c) => c.actions);
    const count = (kind: SyncAction['kind']) => actions.filter((a) => a.kind === kind).length;
    const sent = (['create', 'update', 'delete'] as const).map(
      (kind) => `${count(kind)} ${dryRun ? `to ${kind}` : VERB[kind]}`,
    );
    const said = [...sent, `${count('left-alone')} left alone`, `${count('keep')} unchanged`];
    lines.push(`${week}: ${said.join(', ')}`);
  }
  for (const c of calendars) {
    for (const a of c.actions) {
      const where = `${c.displayName} · ${a.label}`;
      if (a.kind === 'left-alone')
        lines.push(`  left alone (${a.why} on another device; --overwrite replaces it): ${where}`);
      else if (a.kind === 'create' || a.kind === 'update' || a.kind === 'delete') {
        const verb = dryRun ? WOULD[a.kind] : VERB[a.kind];
        const over = a.reason === undefined || a.reason === 'adopted' ? undefined : OVER[a.kind];
        if (over) lines.push(`  ${verb} (${over}): ${where}`);
        else if (dryRun) lines.push(`  ${verb}: ${where}`);
      }
    }
  }
  if (dryRun) lines.push('Dry run: nothing was sent to the server.');
  return lines;
}
