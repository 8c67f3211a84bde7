import type { Budget, TimedBlock, Unplaced, Warning } from './plan-types.js';
import type { Profile } from './profile.js';
import { checkDayOvercommitted, checkFreeTimeLow } from './warnings/check-day-load.js';
import { checkIopHours } from './warnings/check-iop-hours.js';
import { checkLeaveNotice } from './warnings/check-leave-notice.js';
import { checkSleepShort } from './warnings/check-sleep-short.js';
import { checkConflicts, checkUncoveredDuties } from './warnings/check-unplaced.js';
import type { Finding } from './warnings/finding.js';
import type { Week } from './week.js';

export interface WarningInput {
  profile: Profile;
  week: Week;
  blocks: TimedBlock[];
  unplaced: Unplaced[];
  budget: Budget;
  /** Only for date-relative warnings (leave notice); the clock is never read here. */
  nowMs: number;
}

/** Order of codes in the output: what needs doing soonest first, then the week's shape. */
export const WARNING_CODES = [
  'leave-notice',
  'conflict',
  'uncovered-duty',
  'iop-hours-low',
  'iop-hours-high',
  'sleep-short',
  'day-overcommitted',
  'free-time-low',
] as const;

function rankOf(code: string): number {
  return (WARNING_CODES as readonly string[]).indexOf(code);
}

function compareFindings(a: Finding, b: Finding): number {
  const rank = rankOf(a.code) - rankOf(b.code);
  if (rank !== 0) return rank;
  // Week-wide findings (no date) before dated ones; then by day; then by text.
  const da = a.date ?? '';
  const db = b.date ?? '';
  if (da !== db) return da < db ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

/**
 * The plan's warnings (DESIGN §4): plain sentences saying what is wrong and what to do, sorted by
 * code (in `WARNING_CODES` order), then day, then message, so the same plan gives the same list.
 */
export function collectWarnings(input: WarningInput): Warning[] {
  const { profile, week, blocks, unplaced, budget, nowMs } = input;
  const findings: Finding[] = [
    ...checkLeaveNotice(profile, nowMs),
    ...checkConflicts(unplaced),
    ...checkUncoveredDuties(unplaced),
    ...checkIopHours(profile, week, blocks),
    ...checkSleepShort(blocks, week),
    ...checkDayOvercommitted(profile, blocks, week),
    ...checkFreeTimeLow(profile, budget),
  ];
  return findings.sort(compareFindings).map(({ code, message }) => ({ code, message }));
}
