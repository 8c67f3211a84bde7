import { buildPlanViewModel, type SheetView } from '../view/plan-view-model.js';
import type { PlannedWeek } from './planned-week.js';

/**
 * With `--out` the plan goes to a file, so the terminal says what did not fit and what to watch
 * (grouped by day, like the plan itself) — nothing is only in a file nobody opens.
 */
export function summarizeProblems(planned: PlannedWeek, view: SheetView): string {
  const vm = buildPlanViewModel(planned.plan, planned.profile, view);
  const lines: string[] = [];
  if (vm.unplacedGroups.length > 0) {
    lines.push(`Did not fit (${vm.unplaced.length}):`);
    for (const u of vm.unplacedGroups) {
      const who = u.ownerName ? `, ${u.ownerName}` : '';
      lines.push(`  - ${u.title} (${u.minutes} min${who}) — ${u.when} — ${u.code}: ${u.reason}`);
    }
  }
  if (vm.warningGroups.length > 0) {
    lines.push(`Warnings (${vm.warnings.length}):`);
    for (const w of vm.warningGroups) lines.push(`  ! ${w.message}`);
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/** `--strict`: each item unplaced or uncovered (not `closed`), one line per item and reason. */
export function strictItems(planned: PlannedWeek): string[] {
  const vm = buildPlanViewModel(planned.plan, planned.profile, 'me');
  return vm.unplacedGroups
    .filter((u) => u.code !== 'closed')
    .map((u) => `${u.title}${u.ownerName ? ` (${u.ownerName})` : ''} — ${u.when} — ${u.code}: ${u.reason}`);
}
