import { clippedLength } from '../interval.js';
import type { Slot } from '../slot.js';

/** Minutes of `me`'s blocks other than sleep within the local day `[dayStart, dayEnd)`. */
export function committedMinutes(slots: Slot[], dayStart: number, dayEnd: number): number {
  let sum = 0;
  for (const s of slots) {
    if (s.owner === 'me' && s.category !== 'sleep' && s.category !== 'busy') sum += clippedLength(s, dayStart, dayEnd);
  }
  return sum;
}

/**
 * Rule 7: a day on which a flexible block of `me` is placed has at most the cap of committed
 * minutes. A day with no flexible block of `me` may exceed it (fixed time is not a choice).
 */
export function fitsDailyCap(committed: number, capMinutes: number, hasFlexible: boolean): boolean {
  return !hasFlexible || committed <= capMinutes;
}
