import { expandDays } from '../profile.js';
import type { DaysInput, ProfileInput } from '../profile-schema.js';
import { formatTime, parseTime } from '../time-of-day.js';
import { weekdayOf } from '../week.js';
import { problemAt } from './format-path.js';
import { sleepEntriesOf } from './profile-items.js';

const DAY = 24 * 60;
const WEEK = 7 * DAY;
const DAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** A span on the weekly timeline, in minutes from Monday 00:00 (may run past the week's end). */
interface Span {
  start: number;
  end: number;
  label: string;
}

interface FixedItem {
  path: PropertyKey[];
  /** What the message names, e.g. `21:00–23:00 on mon, wed` or `2026-12-03 21:00–23:00`. */
  days: number[];
  start: string;
  end: string;
  date?: string;
  /** Travel (and arriving early) before and after, in minutes: it needs you awake too. */
  before: number;
  after: number;
}

/**
 * Fixed items only `me` can do — IOP sessions, work shifts, events and duties whose only owner is
 * `me` — must not overlap sleep. Sleep is never shortened by the allocator, so such an overlap
 * would be a silent conflict; it is reported here instead. Overlap is computed per weekday: sleep
 * starting on day d with wake before bedtime runs into day d+1 (Sunday's into Monday), and a shift
 * that crosses midnight belongs to its start day.
 */
export function checkSleepOverlap(input: ProfileInput): string[] {
  const sleep = sleepSpans(input);
  const problems: string[] = [];
  for (const item of fixedItemsOfMe(input)) {
    const hitDays: number[] = [];
    let hit: Span | undefined;
    for (const day of item.days) {
      const span = spanOf(item, day);
      const overlapping = sleep.find((s) => overlaps(span, s));
      if (overlapping) {
        hitDays.push(day);
        hit ??= overlapping;
      }
    }
    if (!hit) continue;
    const what = item.before + item.after > 0 ? `${describe(item, hitDays)} with its travel` : describe(item, hitDays);
    problems.push(
      problemAt(item.path, `${what} overlaps sleep (${hit.label}); sleep is kept whole, so change one of them`),
    );
  }
  return problems;
}

/**
 * Two IOP sessions (with their travel), or two work shifts, that overlap on a weekday: one person
 * cannot be in both, and neither gives way to the other, so the profile must say which is meant.
 */
export function checkOwnClashes(input: ProfileInput): string[] {
  const problems: string[] = [];
  const items = fixedItemsOfMe(input);
  for (const kind of ['sessions', 'shifts']) {
    const same = items.filter((i) => i.path[1] === kind);
    same.forEach((a, i) => {
      for (const b of same.slice(0, i)) {
        const days = a.days.filter((d) => b.days.includes(d) && overlaps(spanOf(a, d), spanOf(b, d)));
        if (days.length === 0) continue;
        const other = b.path.join('.');
        const bare = (x: FixedItem) => ({ ...x, before: 0, after: 0 });
        const itself = days.some((d) => overlaps(spanOf(bare(a), d), spanOf(bare(b), d)));
        const hint = itself
          ? 'change one of them'
          : 'each session is reached from home, so their travel would overlap; write them as one session (first start to last end)';
        problems.push(problemAt(a.path, `${describe(a, days)} overlaps ${other} (${b.start}–${b.end}); ${hint}`));
      }
    });
  }
  return problems;
}

/** The item's span on weekday `day`, travel included; an end at or before the start is the next morning. */
function spanOf(item: FixedItem, day: number): Span {
  const from = parseTime(item.start);
  const to = parseTime(item.end) <= from ? parseTime(item.end) + DAY : parseTime(item.end);
  return { start: (day - 1) * DAY + from - item.before, end: (day - 1) * DAY + to + item.after, label: '' };
}

function describe(item: FixedItem, days: number[]): string {
  return item.date
    ? `${item.date} ${item.start}–${item.end}`
    : `${item.start}–${item.end} on ${days.map((d) => DAY_NAMES[d - 1]).join(', ')}`;
}

function sleepSpans(input: ProfileInput): Span[] {
  return sleepEntriesOf(input).flatMap(({ entry }) => {
    const bed = parseTime(entry.bedtime);
    const wake = parseTime(entry.wake);
    const length = wake > bed ? wake - bed : wake + DAY - bed;
    const label = `${formatTime(bed)}–${formatTime(wake)}`;
    return expandDays(entry.days).map((day) => ({
      start: (day - 1) * DAY + bed,
      end: (day - 1) * DAY + bed + length,
      label,
    }));
  });
}

/** Half-open overlap on a week that wraps: Sunday night's sleep reaches Monday morning. */
function overlaps(a: Span, b: Span): boolean {
  return [-WEEK, 0, WEEK].some((shift) => a.start < b.end + shift && b.start + shift < a.end);
}

function fixedItemsOfMe(input: ProfileInput): FixedItem[] {
  const items: FixedItem[] = [];
  const weekly = (
    path: PropertyKey[],
    days: DaysInput | undefined,
    start: string,
    end: string,
    before = 0,
    after = 0,
  ) => items.push({ path, days: expandDays(days), start, end, before, after });
  const iop = input.iop;
  for (const [i, s] of (iop?.sessions ?? []).entries()) {
    // In a hybrid program a session without a mode is in person.
    const inPerson = (s.mode ?? (iop?.mode === 'virtual' ? 'virtual' : 'in-person')) === 'in-person';
    const travel = inPerson ? (iop?.commuteMinutes ?? 0) : 0;
    const early = inPerson ? (iop?.arriveEarlyMinutes ?? 0) : 0;
    weekly(['iop', 'sessions', i], s.days, s.start, s.end, travel + early, travel);
  }
  for (const [i, s] of (input.work?.shifts ?? []).entries()) weekly(['work', 'shifts', i], s.days, s.start, s.end);
  for (const [i, d] of (input.duties ?? []).entries()) {
    if (d.start !== undefined && d.end !== undefined && onlyMe(d.owners)) weekly(['duties', i], d.days, d.start, d.end);
  }
  for (const [i, e] of (input.events ?? []).entries()) {
    if (onlyMe(e.owners))
      items.push({
        path: ['events', i],
        days: [weekdayOf(e.date)],
        start: e.start,
        end: e.end,
        date: e.date,
        before: 0,
        after: 0,
      });
  }
  return items;
}

function onlyMe(owners: string[] | undefined): boolean {
  return owners === undefined || owners.every((o) => o === 'me');
}
