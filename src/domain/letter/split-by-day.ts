import type { MsInterval } from '../calendar/merge-intervals.js';
import { formatWallTime } from '../time/format-wall-time.js';
import { addDays, localDateOf, localInstant } from '../week.js';

/** The local days an interval list covers, each with its `HH:MM–HH:MM` pieces (24:00 for midnight). */
export interface DayTimes {
  date: string;
  times: string[];
  minutes: number;
}

/**
 * Splits intervals at local midnight and groups them by local date, in date order, so a night
 * shift's absence reads as two lines on two dates. Times are wall-clock in `zone`.
 */
export function splitByDay(intervals: MsInterval[], zone: string): DayTimes[] {
  const days = new Map<string, DayTimes>();
  for (const interval of intervals) {
    let startMs = interval.startMs;
    while (startMs < interval.endMs) {
      const date = localDateOf(startMs, zone);
      const midnight = localInstant(zone, addDays(date, 1), 0);
      const endMs = Math.min(interval.endMs, midnight);
      const day = days.get(date) ?? { date, times: [], minutes: 0 };
      const to = endMs === midnight ? '24:00' : formatWallTime(endMs, zone);
      day.times.push(`${formatWallTime(startMs, zone)}–${to}`);
      day.minutes += Math.round((endMs - startMs) / 60_000);
      days.set(date, day);
      startMs = endMs;
    }
  }
  return [...days.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
