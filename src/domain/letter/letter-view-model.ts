import { toCalendarBlocks } from '../calendar/calendar-blocks.js';
import { findForbiddenWord } from '../calendar/forbidden-words.js';
import { mergeIntervals } from '../calendar/merge-intervals.js';
import { awayDuringWork } from '../calendar/select-employer-events.js';
import { buildLeaveLedger } from '../leave-ledger.js';
import type { Plan } from '../plan-types.js';
import type { Profile } from '../profile.js';
import { programEndDate } from '../program-dates.js';
import { formatDuration } from '../warnings/format-warning-text.js';
import { addDays } from '../week.js';
import { formatLongDate, formatPlainDate, weekdayPlural } from './format-long-date.js';
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
 * the person's name. No titles, program, place or kind of care ever enter it.
 */
export interface LetterViewModel {
  name: string;
  from: string;
  to: string;
  kind: LetterKind;
  fmla: boolean;
  /** Time away during scheduled work hours, per day. */
  away: LetterDay[];
  awayTotal: string;
  /** Recurring times (two or more dates with the same weekday and times). */
  patterns: LetterPattern[];
  /** Work moved to other hours (`work.flexible`), per day. */
  makeUp: LetterDay[];
  /** Leave counted in `incrementMinutes` steps per absence; empty when none is needed. */
  leaveTotal: string;
  leaveDays: LetterDay[];
}

/** The placeholder used when the person's name cannot go into the letter as written. */
export const NAME_PLACEHOLDER = '[Your name]';

/**
 * The employer letter's content from consecutive planned weeks: the out-of-office intervals of
 * the employer calendar (IOP, its travel, events and leave, during scheduled shifts) per day,
 * the moved work hours, and the leave total. Dates are clipped to the program when it has dates.
 */
export function buildLetterViewModel(profile: Profile, plans: Plan[]): LetterViewModel {
  const weeks = plans.map((plan) => ({ plan, blocks: toCalendarBlocks(profile, plan) }));
  const zone = profile.timezone;
  const away = splitByDay(awayDuringWork(profile, weeks), zone);
  const hasShifts = (profile.work?.shifts.length ?? 0) > 0;
  const moved = hasShifts
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
    plans.flatMap((p) => p.leave.map((l) => ({ startMs: Date.parse(l.start), endMs: Date.parse(l.end) }))),
  );
  const ledger = buildLeaveLedger(profile, plans);
  const needsLeave = ledger.totalChargedMinutes > 0;
  const needsAdjustment = makeUp.length > 0;
  const { from, to } = period(profile, plans);
  return {
    name: safeName(profile.name),
    from: formatPlainDate(from),
    to: formatPlainDate(to),
    kind: needsAdjustment && needsLeave ? 'both' : needsLeave ? 'leave' : needsAdjustment ? 'adjustment' : 'none',
    fmla: profile.work?.leave.fmla ?? false,
    away: away.map(toLetterDay),
    awayTotal: formatDuration(away.reduce((sum, d) => sum + d.minutes, 0)),
    patterns: findPatterns(away),
    makeUp: makeUp.map(toLetterDay),
    leaveTotal: needsLeave ? formatDuration(ledger.totalChargedMinutes) : '',
    leaveDays: splitByDay(leaveIntervals, zone).map(toLetterDay),
  };
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
