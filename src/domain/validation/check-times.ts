import { expandDays } from '../profile.js';
import type { DaysInput, DutyInput, ProfileInput, SlotInput } from '../profile-schema.js';
import { formatTime, parseTime } from '../time-of-day.js';
import { checkSpan, fieldsOf, windowFieldsOf } from './check-span.js';
import { problemAt } from './format-path.js';
import { sleepEntriesOf } from './profile-items.js';

const DAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

interface Flexible {
  minutes: number;
  window?: [string, string] | undefined;
  slots?: SlotInput[] | undefined;
  perWeek?: number | undefined;
  days?: DaysInput | undefined;
}

/**
 * Times that must make sense together: spans within a day (sleep and shifts may cross midnight),
 * fixed-or-flexible duties, flexible items that fit their window and days, the IOP hour target and
 * how flexible work relates to shifts.
 */
export function checkTimes(input: ProfileInput): string[] {
  const problems: string[] = [];
  for (const { entry, path } of sleepEntriesOf(input)) {
    problems.push(...checkSpan(...fieldsOf(path, entry, 'bedtime', 'wake'), true));
  }
  for (const [i, member] of (input.household ?? []).entries()) {
    for (const [j, busy] of (member.busy ?? []).entries()) {
      problems.push(...checkSpan(...fieldsOf(['household', i, 'busy', j], busy, 'start', 'end')));
    }
  }
  problems.push(...checkWork(input));
  problems.push(...checkIop(input));
  for (const [i, duty] of (input.duties ?? []).entries()) problems.push(...checkDuty(['duties', i], duty));
  for (const [i, habit] of (input.habits ?? []).entries()) problems.push(...checkFlexible(['habits', i], habit));
  for (const [i, event] of (input.events ?? []).entries()) {
    problems.push(...checkSpan(...fieldsOf(['events', i], event, 'start', 'end')));
  }
  return problems;
}

function checkWork(input: ProfileInput): string[] {
  const work = input.work;
  if (!work) return [];
  const problems = (work.shifts ?? []).flatMap((shift, i) =>
    checkSpan(...fieldsOf(['work', 'shifts', i], shift, 'start', 'end'), true),
  );
  const flexible = work.flexible;
  if (!flexible) return problems;
  problems.push(...checkSpan(...fieldsOf(['work', 'flexible'], flexible, 'earliest', 'latest')));
  // (r2 §5a) A roster calendar (`as: work`) gives shifts too.
  const hasShifts = (work.shifts ?? []).length > 0 || (input.calendars ?? []).some((c) => c.as === 'work');
  if (hasShifts && flexible.weeklyHours !== undefined) {
    problems.push(
      problemAt(
        ['work', 'flexible', 'weeklyHours'],
        'is not allowed with work.shifts (shift time that IOP displaces moves within work.flexible instead)',
      ),
    );
  }
  if (!hasShifts && flexible.weeklyHours === undefined) {
    problems.push(
      problemAt(['work', 'flexible', 'weeklyHours'], 'is required without work.shifts (the hours to place)'),
    );
  }
  return problems;
}

function checkIop(input: ProfileInput): string[] {
  const iop = input.iop;
  if (!iop) return [];
  const problems = (iop.sessions ?? []).flatMap((session, i) =>
    checkSpan(...fieldsOf(['iop', 'sessions', i], session, 'start', 'end')),
  );
  for (const [i, item] of (iop.flexible ?? []).entries()) problems.push(...checkFlexible(['iop', 'flexible', i], item));
  const target = iop.hoursTarget;
  if (target && target.min > target.max) {
    problems.push(problemAt(['iop', 'hoursTarget', 'min'], `${target.min} is more than max (${target.max})`));
  }
  return problems;
}

/** A duty is fixed (start + end) or flexible (minutes + window): exactly one of the two. */
function checkDuty(path: PropertyKey[], duty: DutyInput): string[] {
  const fixed = duty.start !== undefined || duty.end !== undefined;
  const flexible = duty.minutes !== undefined || duty.window !== undefined || duty.slots !== undefined;
  if (fixed && flexible) {
    return [
      problemAt(path, 'has both start/end (a fixed duty) and minutes/window or slots (a flexible duty); keep one'),
    ];
  }
  if (!fixed && !flexible) {
    return [problemAt(path, 'needs start and end (a fixed duty) or minutes and a window or slots (a flexible duty)')];
  }
  if (fixed) {
    if (duty.start === undefined) return [problemAt([...path, 'start'], 'is required with end')];
    if (duty.end === undefined) return [problemAt([...path, 'end'], 'is required with start')];
    const problems = checkSpan(...fieldsOf(path, duty, 'start', 'end'));
    for (const key of ['perWeek', 'priority'] as const) {
      if (duty[key] !== undefined)
        problems.push(problemAt([...path, key], 'only applies to a flexible duty (minutes and window)'));
    }
    return problems;
  }
  if (duty.minutes === undefined) {
    return [problemAt([...path, 'minutes'], `is required with ${duty.slots ? 'slots' : 'window'}`)];
  }
  if (duty.window === undefined && duty.slots === undefined) {
    return [problemAt([...path, 'window'], 'is required with minutes (or give slots: fixed start times)')];
  }
  return checkFlexible(path, { ...duty, minutes: duty.minutes });
}

/**
 * The window is a valid span holding `minutes` (or, r2, each slot fits its day), and `perWeek`
 * fits the allowed days.
 */
function checkFlexible(path: PropertyKey[], item: Flexible): string[] {
  if (item.window !== undefined && item.slots !== undefined) {
    return [problemAt([...path, 'slots'], 'cannot be combined with window; keep one (slots are fixed start times)')];
  }
  if (item.slots !== undefined) return [...checkSlots(path, item, item.slots), ...checkPerWeek(path, item)];
  if (item.window === undefined)
    return [problemAt([...path, 'window'], 'is required (or give slots: fixed start times)')];
  const problems = checkSpan(...windowFieldsOf(path, item.window));
  if (problems.length === 0) {
    const [from, to] = [parseTime(item.window[0]), parseTime(item.window[1])];
    if (item.minutes > to - from) {
      const window = `${formatTime(from)}–${formatTime(to)}`;
      problems.push(
        problemAt(
          [...path, 'minutes'],
          `${item.minutes} minutes do not fit in the window ${window} (${to - from} minutes)`,
        ),
      );
    }
  }
  return [...problems, ...checkPerWeek(path, item)];
}

/** Each slot starts where its item still ends by midnight, and lies on the item's days. */
function checkSlots(path: PropertyKey[], item: Flexible, slots: SlotInput[]): string[] {
  const problems: string[] = [];
  const allowed = new Set(expandDays(item.days));
  for (const [i, slot] of slots.entries()) {
    const start = parseTime(slot.start);
    if (start + item.minutes > 24 * 60) {
      problems.push(
        problemAt(
          [...path, 'slots', i, 'start'],
          `"${slot.start}" + ${item.minutes} minutes passes midnight (a slot lies within one day)`,
        ),
      );
    }
    if (item.days !== undefined && !expandDays(slot.days).some((d) => allowed.has(d))) {
      problems.push(problemAt([...path, 'slots', i, 'days'], "has none of the item's days"));
    }
  }
  return problems;
}

/** `perWeek` occurrences need as many allowed days (with slots: the days some slot offers). */
function checkPerWeek(path: PropertyKey[], item: Flexible): string[] {
  const days = itemDays(item);
  if (item.perWeek === undefined || item.perWeek <= days.length) return [];
  const names = days.map((d) => DAY_NAMES[d - 1]).join(', ');
  return [problemAt([...path, 'perWeek'], `${item.perWeek} is more than the ${days.length} allowed days (${names})`)];
}

function itemDays(item: Flexible): number[] {
  const own = expandDays(item.days);
  if (item.slots === undefined) return own;
  const offered = new Set(item.slots.flatMap((s) => (s.days === undefined ? own : expandDays(s.days))));
  return own.filter((d) => offered.has(d));
}
