import type { Interval } from '../interval.js';
import type { Slot } from '../slot.js';

/**
 * (r2, rule 3) Flexible items never overlap leave: the work time given up is spent on what took it
 * (or is out of office), not on errands. Returned as guard spans of `me` that, like sleep, may
 * not be overlapped but need no transition.
 */
export function leaveGuards(displaced: Interval[]): Slot[] {
  return displaced.map((d) => ({
    start: d.start,
    end: d.end,
    source: 'leave',
    category: 'sleep',
    title: 'Leave',
    owner: 'me',
    fixed: true,
  }));
}
