import { DateTime } from 'luxon';
import type { Block, Plan } from '../../src/domain/plan-types.js';
import type { Profile } from '../../src/domain/profile.js';
import { isProgramDay } from '../../src/domain/program-dates.js';
import { addDays, localInstant, weekdayOf } from '../../src/domain/week.js';

/** Minutes in milliseconds. */
export const M = 60_000;

/** A plan block with its instants as epoch milliseconds and the local date it starts on. */
export type TimedPlanBlock = Block & { s: number; e: number; date: string };

/** One interval in epoch milliseconds. */
export interface Span {
  s: number;
  e: number;
}

/** A fixed session occurrence of the week, read from the profile. */
export interface SessionOccurrence extends Span {
  source: string;
  date: string;
  inPerson: boolean;
}

/** A shift as the profile gives it, before any shortening (DESIGN §3 rule 5a). */
export interface ShiftOccurrence extends Span {
  source: string;
  date: string;
  onSite: boolean;
}

/**
 * The facts of one planned week that several rules need, computed from the profile alone
 * (independently of the allocator): the dates, the sleep of `me`, the waking days, sessions, shifts.
 */
export interface PlanWeek {
  zone: string;
  dates: string[];
  weekStart: number;
  weekEnd: number;
  blocks: TimedPlanBlock[];
  mine: TimedPlanBlock[];
  sleep: Span[];
  waking: Span[];
  sessions: SessionOccurrence[];
  shifts: ShiftOccurrence[];
}

export function readPlanWeek(profile: Profile, plan: Plan): PlanWeek {
  const zone = profile.timezone;
  const dates = Array.from({ length: 7 }, (_, i) => addDays(plan.week.start, i));
  const weekStart = localInstant(zone, dates[0]!, 0);
  const weekEnd = localInstant(zone, addDays(dates[0]!, 7), 0);
  // The local date is the ISO string's own date part: it is written with the local offset.
  const blocks = plan.blocks.map((b) => ({
    ...b,
    s: Date.parse(b.start),
    e: Date.parse(b.end),
    date: b.start.slice(0, 10),
  }));
  const withEve = [addDays(dates[0]!, -1), ...dates];
  const sleep: Span[] = [];
  for (const date of withEve)
    for (const rule of profile.sleep) {
      if (!rule.days.includes(weekdayOf(date))) continue;
      const wake = rule.wakeMinute > rule.bedtimeMinute ? rule.wakeMinute : rule.wakeMinute + 1440;
      sleep.push({ s: localInstant(zone, date, rule.bedtimeMinute), e: localInstant(zone, date, wake) });
    }
  sleep.sort((a, b) => a.s - b.s);

  const sessions: SessionOccurrence[] = [];
  for (const session of profile.iop?.sessions ?? [])
    for (const date of dates) {
      if (!session.days.includes(weekdayOf(date)) || !isProgramDay(profile.iop, date)) continue;
      sessions.push({
        source: session.source,
        date,
        s: localInstant(zone, date, session.startMinute),
        e: localInstant(zone, date, session.endMinute),
        inPerson: session.mode === 'in-person',
      });
    }
  sessions.sort((a, b) => a.s - b.s);

  const shifts: ShiftOccurrence[] = [];
  const work = profile.work;
  for (const shift of work?.shifts ?? [])
    for (const date of withEve) {
      if (!shift.days.includes(weekdayOf(date)) || work!.daysOff.includes(date)) continue;
      const end = shift.endMinute > shift.startMinute ? shift.endMinute : shift.endMinute + 1440;
      shifts.push({
        source: shift.source,
        date,
        s: localInstant(zone, date, shift.startMinute),
        e: localInstant(zone, date, end),
        onSite: !work!.remoteDays.includes(weekdayOf(date)),
      });
    }
  // The shifts of an `as: work` calendar (§5a), as the roster gives them, when its files were read.
  for (const calendar of profile.calendars ?? []) {
    if (calendar.as !== 'work' || !profile.calendarReader) continue;
    for (const date of withEve) {
      if (work?.daysOff.includes(date)) continue;
      const from = localInstant(zone, date, 0);
      const to = localInstant(zone, addDays(date, 1), 0);
      for (const event of profile.calendarReader.events(calendar.source, from, to))
        if (event.startMs >= from && event.startMs < to)
          shifts.push({
            source: calendar.source,
            date,
            s: event.startMs,
            e: event.endMs,
            onSite: !(work?.remoteDays ?? []).includes(weekdayOf(date)),
          });
    }
  }

  return {
    zone,
    dates,
    weekStart,
    weekEnd,
    blocks,
    mine: blocks.filter((b) => b.owner === 'me'),
    sleep,
    waking: wakingDays(sleep, weekStart, weekEnd),
    sessions,
    shifts,
  };
}

/**
 * DESIGN §3 rule 7 (r2): a waking day runs from the end of one sleep block of `me` to the start
 * of the next; the week's edges close the first and the last.
 */
export function wakingDays(sleep: Span[], weekStart: number, weekEnd: number): Span[] {
  const out: Span[] = [];
  let awakeFrom = weekStart;
  for (const z of [...sleep].sort((a, b) => a.s - b.s)) {
    if (z.e <= awakeFrom) continue;
    if (z.s > awakeFrom) out.push({ s: awakeFrom, e: Math.min(z.s, weekEnd) });
    awakeFrom = Math.max(awakeFrom, z.e);
    if (awakeFrom >= weekEnd) break;
  }
  if (awakeFrom < weekEnd) out.push({ s: awakeFrom, e: weekEnd });
  return out.filter((w) => w.e > w.s);
}

/** Minutes of `blocks` inside `span`. */
export function minutesWithin(blocks: Span[], span: Span): number {
  return blocks.reduce((sum, b) => sum + Math.max(0, Math.min(b.e, span.e) - Math.max(b.s, span.s)), 0) / M;
}

/** Contiguous runs of `blocks` (sorted by start; touching ends join a run). */
export function runsOf<T extends Span>(blocks: T[]): { s: number; e: number; blocks: T[] }[] {
  const runs: { s: number; e: number; blocks: T[] }[] = [];
  for (const b of [...blocks].sort((x, y) => x.s - y.s)) {
    const last = runs[runs.length - 1];
    if (last && last.e === b.s) {
      last.e = b.e;
      last.blocks.push(b);
    } else runs.push({ s: b.s, e: b.e, blocks: [b] });
  }
  return runs;
}

/** `HH:MM` of an instant in the zone, with the weekday: for messages. */
export function showInstant(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toFormat('ccc HH:mm');
}
