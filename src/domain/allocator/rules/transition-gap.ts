import { type Interval, mergeIntervals } from '../interval.js';
import type { Slot } from '../slot.js';

/**
 * Rule 6 (with rules 1–2): where the span of a flexible block of `me` — the block with its own
 * commute — may not lie: on sleep, and within `transitionMinutes` of any other block of `me`.
 * Other owners need no transition: only their own blocks are forbidden. Sorted and merged.
 */
export function forbiddenSpans(ownerSlots: Slot[], transitionMinutes: number, isMe: boolean): Interval[] {
  const gap = isMe ? transitionMinutes : 0;
  return mergeIntervals(
    ownerSlots.map((s) => (s.category === 'sleep' ? s : { start: s.start - gap, end: s.end + gap })),
  );
}

/** True when `span` keeps `transitionMinutes` from every block of `others` except sleep. */
export function keepsTransition(span: Interval, others: Slot[], transitionMinutes: number): boolean {
  return others.every((o) => {
    if (o.category === 'sleep') return o.end <= span.start || o.start >= span.end;
    return o.end + transitionMinutes <= span.start || span.end + transitionMinutes <= o.start;
  });
}
