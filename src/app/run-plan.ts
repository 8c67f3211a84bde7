import { buildPlan } from '../domain/build-plan.js';
import type { Plan } from '../domain/plan-types.js';
import type { Profile } from '../domain/profile.js';
import { StrictError } from '../errors.js';
import type { Io } from './io.js';
import { loadProfile } from './load-profile.js';
import { resolveNow } from './resolve-now.js';
import { resolveWeekDate } from './resolve-week.js';

export interface PlanOptions {
  config?: string;
  example?: string | boolean;
  week: string;
  format: 'text' | 'md' | 'html' | 'json';
  out?: string;
  ics?: boolean;
  view: 'me' | 'family' | 'employer' | 'all';
  weeks?: number;
  program?: boolean;
  template?: string;
  now?: string;
  color: boolean;
  quiet?: boolean;
  strict?: boolean;
  force?: boolean;
}

export interface PlannedWeek {
  profile: Profile;
  plan: Plan;
  nowMs: number;
}

/** load → validate → allocate: the week a command asked for. */
export async function planWeek(
  options: Pick<PlanOptions, 'config' | 'example' | 'week' | 'now'>,
  io: Io,
): Promise<PlannedWeek> {
  const { profile } = await loadProfile(options, io);
  const nowMs = resolveNow(options.now, io.env);
  const weekDate = resolveWeekDate(options.week, nowMs, profile.timezone);
  return { profile, plan: buildPlan(profile, weekDate, nowMs), nowMs };
}

/** `iop-plan plan`: allocate, render, print or write; `--strict` fails (after writing) on anything missing. */
export async function runPlan(options: PlanOptions, io: Io): Promise<number> {
  const planned = await planWeek(options, io);
  const { renderPlanOutput } = await import('./render-plan-output.js');
  await renderPlanOutput(planned, options, io);
  if (options.ics) {
    const { writeCalendarFiles } = await import('./write-calendar-files.js');
    await writeCalendarFiles(planned, options, io);
  }
  if (options.strict) {
    const missing = planned.plan.unplaced.filter((u) => u.code !== 'closed').length;
    if (missing > 0) throw new StrictError(missing);
  }
  return 0;
}
