import type { Profile } from '../profile.js';
import { addDays, localInstant, type Week } from '../week.js';
import { MINUTE_MS } from './interval.js';
import type { LocalClock } from './slot.js';

/** Everything the allocator's steps share about the week being planned. */
export interface WeekContext {
  profile: Profile;
  week: Week;
  /** The week's dates and the day before (sleep and night shifts that began then occupy Monday's morning). */
  dates: string[];
  weekStart: number;
  weekEnd: number;
  clock: LocalClock;
  /** ISO week number, the offset for rotating duties. */
  isoWeekNumber: number;
  /** `source@date` occurrences the person skips this week (`--skip`). */
  skips: Set<string>;
}

export function makeWeekContext(profile: Profile, week: Week, skips: Iterable<string> = []): WeekContext {
  const zone = profile.timezone;
  const clock: LocalClock = (date, minute) => Math.round(localInstant(zone, date, minute) / MINUTE_MS);
  const first = week.days[0]!;
  const last = week.days[week.days.length - 1]!;
  return {
    profile,
    week,
    dates: [addDays(week.start, -1), ...week.days.map((d) => d.date)],
    weekStart: Math.round(first.startMs / MINUTE_MS),
    weekEnd: Math.round(last.endMs / MINUTE_MS),
    clock,
    isoWeekNumber: Number(week.isoWeek.slice(6)),
    skips: new Set(skips),
  };
}

/** Start and end of a `[startMinute, endMinute)` wall-time range on `date`; an end at or before the start is the next morning. */
export function localRange(ctx: WeekContext, date: string, startMinute: number, endMinute: number) {
  const end = endMinute > startMinute ? endMinute : endMinute + 1440;
  return { start: ctx.clock(date, startMinute), end: ctx.clock(date, end) };
}
