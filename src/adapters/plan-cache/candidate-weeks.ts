import { isoWeekOfUtcDay } from '../../domain/time/iso-week.js';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/**
 * The weeks (ISO week labels, as the week folders are named) that may hold the local date of
 * `nowMs` in some zone, or of `date`. Worked out without a time-zone library: a local date is
 * at most 15 hours from the UTC one, and a week starting on Sunday is named after the Monday
 * that follows. The caller checks the instants stored in each week to pick the right one.
 */
export function candidateWeeks(target: { nowMs: number } | { date: string }): string[] {
  const dates =
    'date' in target
      ? [target.date]
      : [-15, 0, 15].map((h) => new Date(target.nowMs + h * HOUR_MS).toISOString().slice(0, 10));
  const weeks = new Set<string>();
  for (const date of dates) {
    const ms = Date.parse(`${date}T00:00:00Z`);
    if (Number.isNaN(ms) || ms < Date.UTC(1000, 0, 1)) continue;
    // A Sunday may open a week named after the next day's ISO week.
    weeks.add(isoWeekOfUtcDay(ms));
    weeks.add(isoWeekOfUtcDay(ms + DAY_MS));
  }
  return [...weeks];
}
