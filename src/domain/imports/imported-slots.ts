import { describeDay } from '../allocator/describe.js';
import { type Interval, MINUTE_MS, mergeIntervals, overlaps, subtractIntervals } from '../allocator/interval.js';
import type { Slot } from '../allocator/slot.js';
import type { WeekContext } from '../allocator/week-context.js';
import type { Unplaced } from '../plan-types.js';
import type { CalendarImport, Profile, Work } from '../profile.js';
import { formatWallTime } from '../time/format-wall-time.js';
import { addDays, localDateOf, localInstant } from '../week.js';

/**
 * (r2 §5a) Imported calendars as fixed time in the week's skeleton. Their blocks carry the
 * calendar's `label` as title, never an event's own SUMMARY: a partner's or an employer's event
 * titles are theirs, and household and employer views show block titles.
 *
 * - `as: busy`, a household member: `busy` blocks, like `household.<id>.busy`.
 * - `as: busy`, me: `event` blocks, with an event's precedence (after sleep and IOP sessions);
 *   a clashing piece is dropped whole and reported as a `conflict`. The parts over me's sleep are
 *   left out first: an all-day or overnight entry means "not free while awake".
 * - `as: work`: the work shifts (titled with the label) of each day the file covers (see `CalendarCoverage`), in place of
 *   `work.shifts`; the rest of §3 (commute, days off, displacement) applies as to any shift.
 */

const toInterval = (startMs: number, endMs: number): Interval => ({
  start: Math.floor(startMs / MINUTE_MS),
  end: Math.ceil(endMs / MINUTE_MS),
});

/** The instances of a calendar over the context's dates (the day before the week … its last day), merged. */
function intervalsOf(ctx: WeekContext, calendar: CalendarImport): Interval[] {
  const reader = ctx.profile.calendarReader;
  if (!reader) return [];
  const byCalendar = expanded.get(ctx) ?? new Map<string, Interval[]>();
  expanded.set(ctx, byCalendar);
  let intervals = byCalendar.get(calendar.source);
  if (!intervals) {
    const from = ctx.clock(ctx.dates[0]!, 0) * MINUTE_MS;
    const events = reader.events(calendar.source, from, ctx.weekEnd * MINUTE_MS);
    intervals = mergeIntervals(events.map((e) => toInterval(e.startMs, e.endMs)));
    byCalendar.set(calendar.source, intervals);
  }
  return intervals.map((i) => ({ ...i }));
}

/** Expansions per week being planned: the skeleton asks for each day, and expanding a file is not free. */
const expanded = new WeakMap<WeekContext, Map<string, Interval[]>>();

const busyCalendars = (profile: Profile) => profile.calendars.filter((c) => c.as === 'busy');
const workCalendars = (profile: Profile) => profile.calendars.filter((c) => c.as === 'work');

/** `busy` plus the household members' imported busy times (their overlaps with what is already busy left out). */
export function withImportedBusy(ctx: WeekContext, busy: Slot[]): Slot[] {
  const out = [...busy];
  for (const calendar of busyCalendars(ctx.profile)) {
    if (calendar.owner === 'me') continue;
    const taken = out.filter((s) => s.owner === calendar.owner);
    for (const i of intervalsOf(ctx, calendar)) {
      for (const piece of subtractIntervals(i, taken)) {
        out.push({
          ...piece,
          source: calendar.source,
          category: 'busy',
          title: calendar.label,
          owner: calendar.owner,
          fixed: true,
        });
      }
    }
  }
  return out;
}

/**
 * The profile's events plus me's imported busy times as events, and the conflicts of both; also
 * reports roster shifts that run into sleep (that part is not planned). `higher` holds sleep,
 * sessions and busy blocks, as `eventSlots` gets them.
 */
export function withImportedEvents(
  ctx: WeekContext,
  higher: Slot[],
  own: { events: Slot[]; conflicts: Unplaced[] },
): { events: Slot[]; conflicts: Unplaced[] } {
  const events = [...own.events];
  const conflicts = [...own.conflicts];
  const sleep = higher.filter((s) => s.owner === 'me' && s.category === 'sleep');
  const zone = ctx.profile.timezone;
  for (const calendar of busyCalendars(ctx.profile)) {
    if (calendar.owner !== 'me') continue;
    const already = events.filter((e) => e.source === calendar.source || e.source.startsWith('calendars.'));
    for (const i of intervalsOf(ctx, calendar)) {
      for (const piece of subtractIntervals(i, [...sleep, ...already])) {
        const slot: Slot = {
          ...piece,
          source: calendar.source,
          category: 'event',
          title: calendar.label,
          owner: 'me',
          fixed: true,
        };
        const clash = [...higher, ...events].find(
          (h) => h.owner === 'me' && h.category !== 'sleep' && overlaps(h, slot),
        );
        if (!clash) {
          events.push(slot);
          continue;
        }
        const date = localDateOf(piece.start * MINUTE_MS, zone);
        conflicts.push({
          source: calendar.source,
          title: calendar.label,
          owner: 'me',
          date,
          minutes: piece.end - piece.start,
          code: 'conflict',
          reason: `${describeDay(date)}: ${calendar.label} (${span(piece, zone)}) clashes with ${clash.title.toLowerCase()}, which comes first`,
        });
      }
    }
  }
  conflicts.push(...rosterOverSleep(ctx, sleep));
  return { events, conflicts };
}

/** `HH:MM–HH:MM` of an interval in the profile's zone. */
function span(i: Interval, zone: string): string {
  return `${formatWallTime(i.start * MINUTE_MS, zone)}–${formatWallTime(i.end * MINUTE_MS, zone)}`;
}

/** True when some `as: work` calendar covers the local date. */
function rosterCovers(profile: Profile, date: string): boolean {
  return workCalendars(profile).some((c) => {
    const coverage = profile.calendarReader?.coverage(c.source);
    return coverage !== undefined && date >= coverage.first && (coverage.last === null || date <= coverage.last);
  });
}

/** Roster shifts that start on `date`, before sleep is taken out of them. */
function rosterShifts(ctx: WeekContext, date: string): { source: string; interval: Interval }[] {
  const zone = ctx.profile.timezone;
  return workCalendars(ctx.profile).flatMap((calendar) =>
    intervalsOf(ctx, calendar)
      .filter((i) => localDateOf(i.start * MINUTE_MS, zone) === date)
      .map((interval) => ({ source: calendar.source, interval })),
  );
}

/**
 * The work shifts of a day, as intervals: the roster's when an `as: work` calendar covers the
 * date (nothing, on a day off in the roster), else `work.shifts` for that weekday. Roster shifts
 * leave out me's sleep (reported by `withImportedEvents`), so that it does not count as leave.
 */
export function shiftsOn(
  ctx: WeekContext,
  date: string,
  weekday: number,
  higher: Slot[],
): { source: string; title: string; start: number; end: number }[] {
  if (!rosterCovers(ctx.profile, date)) {
    return (ctx.profile.work?.shifts ?? [])
      .filter((s) => s.days.includes(weekday))
      .map((s) => {
        const end = s.endMinute > s.startMinute ? s.endMinute : s.endMinute + 1440;
        return { source: s.source, title: 'Work', start: ctx.clock(date, s.startMinute), end: ctx.clock(date, end) };
      });
  }
  const sleep = higher.filter((s) => s.owner === 'me' && s.category === 'sleep');
  return rosterShifts(ctx, date).flatMap(({ source, interval }) => {
    const title = ctx.profile.calendars.find((c) => c.source === source)?.label ?? 'Work';
    return subtractIntervals(interval, sleep).map((p) => ({ source, title, start: p.start, end: p.end }));
  });
}

function rosterOverSleep(ctx: WeekContext, sleep: Slot[]): Unplaced[] {
  const zone = ctx.profile.timezone;
  const out: Unplaced[] = [];
  for (const date of ctx.dates) {
    if (!rosterCovers(ctx.profile, date)) continue;
    for (const { source, interval } of rosterShifts(ctx, date)) {
      const lost = interval.end - interval.start - sum(subtractIntervals(interval, sleep));
      if (lost <= 0 || interval.end <= ctx.weekStart) continue;
      const label = ctx.profile.calendars.find((c) => c.source === source)?.label ?? 'Work';
      out.push({
        source,
        title: label,
        owner: 'me',
        date,
        minutes: lost,
        code: 'conflict',
        reason: `${describeDay(date)}: ${label} (${span(interval, zone)}) runs into your sleep; that part is left out of the plan (set sleep for such days in the profile)`,
      });
    }
  }
  return out;
}

const sum = (list: Interval[]) => list.reduce((n, i) => n + i.end - i.start, 0);

/** The work settings a roster-only profile (an `as: work` calendar, no `work` section) plans with. */
export function rosterOnlyWork(profile: Profile): Work | undefined {
  if (profile.work || workCalendars(profile).length === 0) return profile.work;
  return {
    shifts: [],
    flexible: undefined,
    commuteMinutes: 0,
    remoteDays: [],
    daysOff: [],
    address: undefined,
    leave: {
      fmla: false,
      eligible: 'unsure',
      normalWeeklyHours: 0,
      normalWeeklyHoursFrom: 'none',
      incrementMinutes: 15,
    },
  };
}

/** True when the week's work comes in shifts: `work.shifts` or an `as: work` calendar. */
export function hasShifts(profile: Profile): boolean {
  return (profile.work?.shifts.length ?? 0) > 0 || workCalendars(profile).length > 0;
}

/** Sources whose `work` blocks are shifts (moved work may join them directly). */
export function isShiftSource(profile: Profile, source: string): boolean {
  return source.startsWith('work.shifts') || workCalendars(profile).some((c) => c.source === source);
}

/**
 * The roster's shifts that start on `date`, as instants (ms), for views that need the work hours
 * as scheduled (the employer's out-of-office file); undefined when no roster covers the date.
 */
export function rosterShiftsOnDate(profile: Profile, date: string): { startMs: number; endMs: number }[] | undefined {
  if (!rosterCovers(profile, date) || !profile.calendarReader) return undefined;
  const zone = profile.timezone;
  const from = localInstant(zone, date, 0);
  const to = localInstant(zone, addDays(date, 1), 0);
  return workCalendars(profile).flatMap((c) =>
    profile
      .calendarReader!.events(c.source, from, to)
      .filter((e) => e.startMs >= from && e.startMs < to)
      .map((e) => ({ startMs: e.startMs, endMs: e.endMs })),
  );
}
