import { type Interval, overlaps } from '../interval.js';
import type { Slot } from '../slot.js';

/**
 * Rule 1: no two blocks of one owner overlap (half-open intervals). Returns the first clashing
 * pair of the owner's blocks, or undefined.
 */
export function findOverlap(slots: Slot[]): [Slot, Slot] | undefined {
  const sorted = [...slots].sort((a, b) => a.start - b.start || a.end - b.end);
  let reach: Slot | undefined;
  for (const s of sorted) {
    if (reach && overlaps(reach, s)) return [reach, s];
    if (!reach || s.end > reach.end) reach = s;
  }
  return undefined;
}

/** True when `span` overlaps none of `taken`. */
export function isFree(span: Interval, taken: Interval[]): boolean {
  return !taken.some((t) => overlaps(t, span));
}
