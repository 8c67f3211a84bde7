import { type Interval, mergeIntervals } from '../interval.js';
import type { Slot } from '../slot.js';

/**
 * (r2, rule 7) `me`'s waking days in the week: from the end of one sleep block to the start of the
 * next, the week's edges closing the first and the last. A night shift and the evening before it
 * are one waking day, as the person lives it. Sorted, in epoch minutes; sleep blocks that touch or
 * overlap count as one.
 */
export function wakingDays(sleep: Interval[], weekStart: number, weekEnd: number): Interval[] {
  const out: Interval[] = [];
  let from = weekStart;
  for (const s of mergeIntervals(sleep)) {
    if (s.end <= from) continue;
    if (s.start >= weekEnd) break;
    if (s.start > from) out.push({ start: from, end: s.start });
    from = Math.max(from, s.end);
  }
  if (from < weekEnd) out.push({ start: from, end: weekEnd });
  return out;
}

/** The index of the waking day holding the instant `t`, or -1 when `me` sleeps then (or outside the week). */
export function wakingDayAt(days: Interval[], t: number): number {
  let lo = 0;
  let hi = days.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const d = days[mid]!;
    if (t < d.start) hi = mid - 1;
    else if (t >= d.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** `me`'s sleep blocks among `slots`. */
export const sleepOf = (slots: Slot[]): Slot[] =>
  slots.filter((s) => s.owner === 'me' && s.category === 'sleep' && s.source === 'sleep');
