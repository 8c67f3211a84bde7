import { DateTime, IANAZone } from 'luxon';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

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

/**
 * The instant of a wall time (given as if it were UTC, in ms) in a zone described by `offsetAt`
 * (its UTC offset in minutes at an instant), by the rule of `localInstant`: the first of an
 * ambiguous time; in a gap, the offset from before the gap. Shared with calendar import, whose
 * VTIMEZONE definitions are zones of their own.
 */
export function instantOfWallTime(wall: number, offsetAt: (ms: number) => number): number {
  const candidates = new Set([-26, -13, 0, 13, 26].map((h) => offsetAt(wall + h * HOUR_MS)));
  let best: number | undefined;
  for (const offset of candidates) {
    const instant = wall - offset * MINUTE_MS;
    if (offsetAt(instant) === offset && (best === undefined || instant < best)) best = instant;
  }
  if (best !== undefined) return best;
  // In a gap: the offset in force before the gap.
  return wall - offsetAt(wall - 26 * HOUR_MS) * MINUTE_MS;
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

/** The ISO week (`2026-W49`) of a date. */
export function isoWeekOf(date: string): string {
  const d = DateTime.fromISO(date, { zone: 'UTC' });
  return `${d.weekYear}-W${String(d.weekNumber).padStart(2, '0')}`;
}

/** The Monday of an ISO week string (`2026-W49` → `2026-11-30`), or undefined if malformed. */
export function mondayOfIsoWeek(isoWeek: string): string | undefined {
  const m = /^(\d{4})-W(\d{2})$/.exec(isoWeek);
  if (!m) return undefined;
  const d = DateTime.fromObject({ weekYear: Number(m[1]), weekNumber: Number(m[2]), weekday: 1 }, { zone: 'UTC' });
  return d.isValid ? (d.toISODate() ?? undefined) : undefined;
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
