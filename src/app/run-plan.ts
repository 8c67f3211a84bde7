import { describeChange, diffPlans } from '../domain/plan-diff.js';
import { StrictError } from '../errors.js';
import { displayText } from '../view/display-text.js';
import type { Io } from './io.js';
import { planWeek } from './plan-week.js';
import type { PlannedWeek, PlanOptions } from './planned-week.js';

/** `iop-plan plan`: allocate, render, print or write; `--strict` fails (after writing) on anything missing. */
export async function runPlan(options: PlanOptions, io: Io): Promise<number> {
  const planned = await planWeek({ ...options, showProgram: true }, io);
  // Runs that write files take turns, so that two at once never leave a stale record (DESIGN §6).
  const writes = options.ics === true || options.out !== undefined || options.vdir !== undefined;
  const release = writes
    ? await (await import('../adapters/files/output-lock.js')).acquireOutputLock(io.env)
    : undefined;
  try {
    await writePlan(planned, options, io);
  } finally {
    release?.();
  }
  if (options.out !== undefined && !options.quiet) {
    const { summarizeProblems } = await import('./summarize-problems.js');
    io.stderr(summarizeProblems(planned, 'me'));
  }
  if (options.strict) {
    const missing = planned.plan.unplaced.filter((u) => u.code !== 'closed');
    if (missing.length > 0) {
      const { strictItems } = await import('./summarize-problems.js');
      throw new StrictError(missing.length, strictItems(planned));
    }
  }
  return 0;
}

async function writePlan(planned: PlannedWeek, options: PlanOptions, io: Io): Promise<void> {
  // Calendar files are built and checked first: a bad calendar flag or a calendar file the tool
  // did not write must fail before the plan file (or any state) is written.
  const calendars = options.ics
    ? await (await import('./write-calendar-files.js')).prepareCalendarFiles(planned, options, io)
    : undefined;
  const vdir = options.vdir ? await (await import('./write-vdir.js')).prepareVdir(planned, options, io) : undefined;
  const { renderPlanOutput } = await import('./render-plan-output.js');
  await renderPlanOutput(planned, options, io);
  calendars?.write();
  vdir?.write();
  // The week's one-off changes are kept only once the plan they shaped is out.
  planned.storeOverrides?.();
  if (planned.stateful && (options.ics || options.out || options.vdir)) await publish(planned, options, io);
}

/**
 * Files were written: this plan is now the published one for its week. Says, in words, what
 * changed since the last published plan (on stderr, so that stdout stays the document).
 */
async function publish(planned: PlannedWeek, options: PlanOptions, io: Io): Promise<void> {
  const state = await import('../adapters/week-state/week-state-store.js');
  if (planned.previous && !options.quiet) {
    const names = new Map(planned.profile.household.map((m) => [m.id, m.name]));
    const changes = diffPlans(planned.previous, planned.plan);
    io.stderr(
      changes.length === 0
        ? 'No changes since the plan published before.\n'
        : `Changes since the plan published before:\n${changes.map((c) => `  ${displayText(describeChange(c, (id) => names.get(id) ?? id))}\n`).join('')}`,
    );
  }
  const planText = state.writePublished(io.env, planned.profile.id, planned.plan);
  // What `iop-plan today` reads instead of allocating, for as long as nothing it depends on changes.
  // Not with imported calendars: the cache is keyed by the profile file alone, and they change apart from it.
  if (planned.profileHash && planned.overrides && planned.profile.calendars.length === 0) {
    const { writeTodayCache } = await import('../adapters/plan-cache/write-today-cache.js');
    writeTodayCache(io.env, { ...planned, profileHash: planned.profileHash, overrides: planned.overrides, planText });
  }
}
