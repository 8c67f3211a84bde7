import { formatDuration } from '../../warnings/format-warning-text.js';
import { clippedLength, type Interval } from '../interval.js';
import type { Slot } from '../slot.js';

/** Minutes of `me`'s blocks other than sleep within `[dayStart, dayEnd)` (a waking day, r2). */
export function committedMinutes(slots: Slot[], dayStart: number, dayEnd: number): number {
  let sum = 0;
  for (const s of slots) {
    if (s.owner === 'me' && s.category !== 'sleep' && s.category !== 'busy') sum += clippedLength(s, dayStart, dayEnd);
  }
  return sum;
}

/**
 * (r2) Rule 7's exemption: a `priority: high` habit, with its own travel, neither counts toward the
 * cap nor brings it into force. `highSources` holds the sources of those habits.
 */
export function countsTowardCap(slot: Slot, highSources: ReadonlySet<string>): boolean {
  return !highSources.has(slot.source);
}

/** Minutes of `me`'s blocks in a waking day that count toward its cap (high habits left out). */
export function cappedMinutes(slots: Slot[], day: Interval, highSources: ReadonlySet<string>): number {
  return committedMinutes(
    slots.filter((s) => countsTowardCap(s, highSources)),
    day.start,
    day.end,
  );
}

/**
 * Rule 7: a waking day on which a flexible block of `me` (not a high habit) is placed has at most
 * the cap of committed minutes. A day with no such block may exceed it (fixed time is not a choice).
 */
export function fitsDailyCap(committed: number, capMinutes: number, hasFlexible: boolean): boolean {
  return !hasFlexible || committed <= capMinutes;
}

/** The sentence explaining a refusal by rule 7. */
export function capRefusal(dayName: string, committed: number, capMinutes: number): string {
  return `${dayName}: the day already holds ${formatDuration(committed)} of commitments and your cap is ${formatDuration(capMinutes)} (rules.maxCommittedHoursPerDay)`;
}
