import { mergeIntervals } from '../calendar/merge-intervals.js';
import { type FmlaStatus, inUs } from '../leave/fmla-status.js';
import { treatmentAwayDuringWork } from '../leave/treatment-away.js';
import { buildLeaveLedger } from '../leave-ledger.js';
import type { Plan } from '../plan-types.js';
import { findForbiddenWord } from '../privacy/forbidden-words.js';
import type { Profile } from '../profile.js';
import { programEndDate } from '../program-dates.js';
import { formatDuration } from '../time/format-duration.js';
import { addDays } from '../week.js';
import { formatLongDate, formatPlainDate, weekdayPlural } from './format-long-date.js';
import { leaveRequestSentences } from './leave-request.js';
import { type DayTimes, splitByDay } from './split-by-day.js';

/** What the request asks for. */
export type LetterKind = 'adjustment' | 'leave' | 'both' | 'none';

export interface LetterDay {
  date: string;
  /** `Tuesday 1 December 2026`. */
  label: string;
  /** `14:55–15:30, 17:00–18:00`. */
  times: string;
}

export interface LetterPattern {
  /** `Tuesdays, 14:55–15:30`. */
  text: string;
  count: number;
  from: string;
  to: string;
}

/**
 * Everything the employer letter shows, and nothing else: dates and clock times, hour totals,
 * the person's name, and fixed sentences. No titles, program, place or kind of care ever enter
 * it, and nothing about the person's own events (DESIGN §4a): those are personal time.
 */
export interface LetterViewModel {
  name: string;
  from: string;
  to: string;
  kind: LetterKind;
  /** How FMLA may be named: claimed, asked about, or never named. */
  fmla: FmlaStatus;
  /** `a temporary change to my working hours and time off`. */
  asking: string;
  /** Time away for appointments during scheduled work hours, per day. */
  away: LetterDay[];
  awayTotal: string;
  /** Recurring times (two or more dates with the same weekday and times). */
  patterns: LetterPattern[];
  /** Work moved to other hours (`work.flexible`), per day. */
  makeUp: LetterDay[];
  /** Leave counted in `incrementMinutes` steps per absence (and flexible hours with no room); empty when none. */
  leaveTotal: string;
  /** Dates and times of leave; empty when they are exactly the times away (said once, not twice). */
  leaveDays: LetterDay[];
  /** Flexible-hours work (no shifts) that finds no room, said plainly; empty when none. */
  shortfall: string;
  /** How the time off is asked for: FMLA, a question about it, or a schedule adjustment; one paragraph each. */
  leaveRequest: string[];
}

/** The placeholder used when the person's name cannot go into the letter as written. */
export const NAME_PLACEHOLDER = '[Your name]';

/**
 * The employer letter's content from consecutive planned weeks (DESIGN §4a): the times treatment
 * (sessions, flexible items, their travel and transitions) takes during scheduled shifts, per
 * day; the moved work hours; the leave total, including flexible work hours that find no room.
 * Dates are clipped to the program when it has dates.
 */
export function buildLetterViewModel(profile: Profile, plans: Plan[]): LetterViewModel {
  const zone = profile.timezone;
  const away = splitByDay(mergeIntervals(plans.flatMap((p) => treatmentAwayDuringWork(profile, p))), zone);
  const hasShifts = (profile.work?.shifts.length ?? 0) > 0;
  const moved =
    hasShifts && away.length > 0
      ? mergeIntervals(
          plans.flatMap((p) =>
            p.blocks
              .filter((b) => b.owner === 'me' && b.category === 'work' && b.source === 'work.flexible')
              .map((b) => ({ startMs: Date.parse(b.start), endMs: Date.parse(b.end) })),
          ),
        )
      : [];
  const makeUp = splitByDay(moved, zone);
  const leaveIntervals = mergeIntervals(
    plans.flatMap((p) =>
      p.leave
        .filter((l) => l.kind === 'treatment')
        .map((l) => ({ startMs: Date.parse(l.start), endMs: Date.parse(l.end) })),
    ),
  );
  const leaveDays = splitByDay(leaveIntervals, zone);
  const ledger = buildLeaveLedger(profile, plans);
  const needsLeave = ledger.totalChargedMinutes > 0;
  const needsAdjustment = makeUp.length > 0 || (away.length > 0 && !needsLeave);
  const kind: LetterKind =
    needsAdjustment && needsLeave ? 'both' : needsLeave ? 'leave' : needsAdjustment ? 'adjustment' : 'none';
  const { from, to } = period(profile, plans);
  const shortWeeks = ledger.weeks.filter((w) => w.shortfallMinutes > 0).length;
  return {
    name: safeName(profile.name),
    from: formatPlainDate(from),
    to: formatPlainDate(to),
    kind,
    fmla: ledger.fmla,
    // Not eligible: the request is a schedule adjustment, whatever part of it is time off (DESIGN §4a).
    asking: ledger.fmla === 'not-eligible' && kind !== 'none' ? ASKING.adjustment : ASKING[kind],
    away: away.map(toLetterDay),
    awayTotal: formatDuration(away.reduce((sum, d) => sum + d.minutes, 0)),
    patterns: findPatterns(away),
    makeUp: makeUp.map(toLetterDay),
    leaveTotal: needsLeave ? formatDuration(ledger.totalChargedMinutes) : '',
    leaveDays: sameDays(leaveDays, away) ? [] : leaveDays.map(toLetterDay),
    shortfall:
      ledger.totalShortfallMinutes > 0
        ? `My appointments leave too little room for all of my usual weekly hours: in ${shortWeeks} of the ${ledger.weeks.length} week${ledger.weeks.length === 1 ? '' : 's'}, ${formatDuration(ledger.totalShortfallMinutes)} in total will not fit.`
        : '',
    leaveRequest: needsLeave ? leaveRequestSentences(ledger.fmla, inUs(profile)) : [],
  };
}

const ASKING: Record<LetterKind, string> = {
  both: 'a temporary change to my working hours and some time off',
  leave: 'some time off',
  adjustment: 'a temporary change to my working hours',
  none: '',
};

function sameDays(a: DayTimes[], b: DayTimes[]): boolean {
  return a.length === b.length && a.every((d, i) => d.date === b[i]?.date && d.times.join() === b[i]?.times.join());
}

function toLetterDay(day: DayTimes): LetterDay {
  return { date: day.date, label: formatLongDate(day.date), times: day.times.join(', ') };
}

/** The planned weeks, narrowed to the program's dates where the program has them. */
function period(profile: Profile, plans: Plan[]): { from: string; to: string } {
  let from = plans[0]?.week.start ?? '';
  let to = plans[plans.length - 1]?.week.end ?? from;
  const iop = profile.iop;
  if (iop) {
    if (iop.startDate > from && iop.startDate <= to) from = iop.startDate;
    const end = programEndDate(iop);
    if (end !== undefined && addDays(end, -1) < to && addDays(end, -1) >= from) to = addDays(end, -1);
  }
  return { from, to };
}

/** Same weekday and same times on two or more dates: said once, as a recurring time. */
function findPatterns(days: DayTimes[]): LetterPattern[] {
  const groups = new Map<string, DayTimes[]>();
  for (const day of days) {
    const key = `${weekdayPlural(day.date)}, ${day.times.join(', ')}`;
    groups.set(key, [...(groups.get(key) ?? []), day]);
  }
  return [...groups.entries()]
    .filter(([, list]) => list.length >= 2)
    .map(([text, list]) => ({
      text,
      count: list.length,
      from: formatPlainDate(list[0]?.date ?? ''),
      to: formatPlainDate(list[list.length - 1]?.date ?? ''),
    }));
}

/** The name is the person's own; should it hold a word that hints at care, the placeholder stands in. */
function safeName(name: string): string {
  return findForbiddenWord(name) === undefined ? name : NAME_PLACEHOLDER;
}
