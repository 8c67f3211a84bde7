import { expandDays } from '../../domain/profile.js';
import type { DaysInput, ProfileInput, SleepEntryInput } from '../../domain/profile-schema.js';
import { formatTime, parseTime } from '../../domain/time-of-day.js';

/**
 * What the wizard works out from answers already given: where the shifts fall in the week, whether
 * any runs overnight, and whether a sleep answer lands on a shift. Pure; minutes of a week count
 * from Monday 00:00 (ISO weekday 1), and a span that ends earlier than it starts ends next morning.
 */
type Work = NonNullable<ProfileInput['work']>;
type Shift = NonNullable<Work['shifts']>[number];

export const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const WEEK = 7 * 1440;

interface Placed {
  day: number; // ISO weekday 1..7 it starts on
  start: number; // minutes from Monday 00:00
  end: number;
  label: string;
}

const lengthOf = (start: string, end: string) => {
  const [s, e] = [parseTime(start), parseTime(end)];
  return e > s ? e - s : e + 1440 - s;
};

function place(days: DaysInput | undefined, start: string, end: string, label: (day: number) => string): Placed[] {
  return expandDays(days).map((day) => {
    const from = (day - 1) * 1440 + parseTime(start);
    return { day, start: from, end: from + lengthOf(start, end), label: label(day) };
  });
}

const overlaps = (a: Placed, b: Placed) =>
  [-WEEK, 0, WEEK].some((shift) => a.start < b.end + shift && b.start + shift < a.end);

/** The shifts, one per day worked. */
export function placeShifts(shifts: Shift[] | undefined): Placed[] {
  return (shifts ?? []).flatMap((s) =>
    place(s.days, s.start, s.end, (d) => `your ${SHORT[d - 1]} shift ${s.start}-${s.end}`),
  );
}

/** True when a shift runs past midnight or starts in the small hours: sleep then moves by day. */
export function hasNightShift(work: Work | undefined): boolean {
  return (work?.shifts ?? []).some((s) => parseTime(s.end) <= parseTime(s.start) || parseTime(s.start) < 5 * 60);
}

/** True when every shift starts at noon or later (an afternoon or evening worker). */
export function hasLateShiftsOnly(work: Work | undefined): boolean {
  const shifts = work?.shifts ?? [];
  return shifts.length > 0 && shifts.every((s) => parseTime(s.start) >= 12 * 60);
}

/** The first clash of a sleep answer with a shift, as a sentence, or undefined. */
export function sleepClash(entries: SleepEntryInput[], shifts: Shift[] | undefined): string | undefined {
  const work = placeShifts(shifts);
  for (const entry of entries) {
    for (const sleep of place(
      entry.days,
      entry.bedtime,
      entry.wake,
      (d) => `${SHORT[d - 1]} ${entry.bedtime}-${entry.wake}`,
    )) {
      const hit = work.find((w) => overlaps(sleep, w));
      if (hit) return `sleep ${sleep.label} overlaps ${hit.label}`;
    }
  }
  return undefined;
}

/** Hours of sleep that start on each ISO weekday (index 0 = Monday). */
export function sleepHoursByDay(entries: SleepEntryInput[]): number[] {
  const hours = [0, 0, 0, 0, 0, 0, 0];
  for (const e of entries) for (const day of expandDays(e.days)) hours[day - 1]! += lengthOf(e.bedtime, e.wake) / 60;
  return hours;
}

/**
 * A first guess at the sleep that starts on `day`: after a night shift that ends that morning,
 * an hour after it ends for 7.5 hours; before an evening shift with no night shift behind it, a
 * nap ending two hours before the shift; otherwise the person's usual night.
 */
export function suggestSleep(day: number, shifts: Shift[] | undefined, usual: { bedtime: string; wake: string }) {
  const work = placeShifts(shifts);
  const dayStart = (day - 1) * 1440;
  const endsToday = work.find((w) => w.end % WEEK > dayStart && w.end % WEEK <= dayStart + 12 * 60 && w.day !== day);
  if (endsToday) {
    const from = (endsToday.end % 1440) + 60;
    return { bedtime: formatTime(from), wake: formatTime((from + 450) % 1440) };
  }
  const usualSleep = place([SHORT[day - 1]!.toLowerCase() as 'mon'], usual.bedtime, usual.wake, () => '')[0]!;
  const clash = work.find((w) => overlaps(usualSleep, w));
  if (clash && clash.day === day && clash.start - dayStart >= 8 * 60) {
    const wake = clash.start - dayStart - 120;
    return { bedtime: formatTime(wake - 240), wake: formatTime(wake) };
  }
  return usual;
}

/** Hours a week the shifts describe (the leave ledger's default for normal hours). */
export function weeklyShiftHours(shifts: Shift[] | undefined): number {
  const minutes = (shifts ?? []).reduce((sum, s) => sum + lengthOf(s.start, s.end) * expandDays(s.days).length, 0);
  return Math.round((minutes / 60) * 100) / 100;
}

/**
 * The longest day of fixed time, in minutes: shifts (with travel both ways on days at the
 * workplace) and program sessions (with travel and arrive-early time). An estimate for the
 * daily cap's default; the plan itself counts exactly.
 */
export function longestFixedDayMinutes(profile: Pick<ProfileInput, 'work' | 'iop'>): number {
  const days = [0, 0, 0, 0, 0, 0, 0];
  const work = profile.work;
  const remote = new Set((work?.remoteDays ?? []).map((d) => WEEK_DAYS.indexOf(d) + 1));
  for (const s of work?.shifts ?? []) {
    for (const day of expandDays(s.days)) {
      days[day - 1]! += lengthOf(s.start, s.end) + (remote.has(day) ? 0 : 2 * (work?.commuteMinutes ?? 0));
    }
  }
  const iop = profile.iop;
  const travel = iop && iop.mode !== 'virtual' ? 2 * (iop.commuteMinutes ?? 0) + (iop.arriveEarlyMinutes ?? 0) : 0;
  for (const s of iop?.sessions ?? []) {
    for (const day of expandDays(s.days)) days[day - 1]! += lengthOf(s.start, s.end) + travel;
  }
  return Math.max(...days);
}

const WEEK_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
