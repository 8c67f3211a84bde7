import { DateTime, IANAZone } from 'luxon';
import { isoWeekOf } from './time/iso-week.js';
import { instantOfWallTime } from './time/wall-time.js';

const MINUTE_MS = 60_000;

/** One local day of the planned week. `[startMs, endMs)` is 23, 24 or 25 hours long. */
export interface WeekDay {
  date: string;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  startMs: number;
  endMs: number;
}

export interface Week {
  zone: string;
  start: string;
  /** The last day, inclusive. */
  end: string;
  /** ISO week of the week's Monday, e.g. `2026-W49`. */
  isoWeek: string;
  days: WeekDay[];
}

/** True when `zone` is an IANA time zone luxon knows. */
export function isValidZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

/**
 * The instant of local wall time `minute` (0 … 2880, past 1440 is the next day) on `date` in `zone`,
 * read as RFC 5545 does: a time in a spring-forward gap takes the offset from before the gap
 * (02:15 becomes 03:15 after a one-hour jump) and an ambiguous fall-back time is its first
 * occurrence. luxon's own choice for ambiguous times varies (luxon #1665), hence this function.
 */
export function localInstant(zone: string, date: string, minute: number): number {
  const key = `${zone} ${date} ${minute}`;
  let instant = instants.get(key);
  if (instant === undefined) {
    instant = computeLocalInstant(zone, date, minute);
    if (instants.size > 200_000) instants.clear();
    instants.set(key, instant);
  }
  return instant;
}

/** Memo of `localInstant`: time-zone offsets come from Intl, which is slow, and the allocator asks often. */
const instants = new Map<string, number>();

function computeLocalInstant(zone: string, date: string, minute: number): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const z = IANAZone.create(zone);
  return instantOfWallTime(Date.UTC(y, m - 1, d) + minute * MINUTE_MS, (ms) => z.offset(ms));
}

/** ISO 8601 with the zone's offset at that instant and no milliseconds. */
export function formatInstant(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toISO({ suppressMilliseconds: true }) ?? '';
}

/** The local date (YYYY-MM-DD) of an instant in `zone`. */
export function localDateOf(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toISODate() ?? '';
}

/** Adds whole days to a YYYY-MM-DD date (calendar arithmetic, no zone). */
export function addDays(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** ISO weekday of a YYYY-MM-DD date. */
export function weekdayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const sundayIsZero = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return sundayIsZero === 0 ? 7 : sundayIsZero;
}

/** The week (starting on `weekStart`) that contains `date`, as local days in `zone`. */
export function buildWeek(zone: string, weekStart: 'monday' | 'sunday', date: string): Week {
  const wd = weekdayOf(date);
  const back = weekStart === 'monday' ? wd - 1 : wd % 7;
  const start = addDays(date, -back);
  const days: WeekDay[] = [];
  for (let i = 0; i < 7; i++) {
    const d = addDays(start, i);
    days.push({
      date: d,
      weekday: weekdayOf(d),
      startMs: localInstant(zone, d, 0),
      endMs: localInstant(zone, addDays(d, 1), 0),
    });
  }
  const monday = weekStart === 'monday' ? start : addDays(start, 1);
  return { zone, start, end: addDays(start, 6), isoWeek: isoWeekOf(monday), days };
}
