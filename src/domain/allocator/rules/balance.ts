import type { Interval } from '../interval.js';
import type { Slot } from '../slot.js';
import { committedMinutes } from './daily-cap.js';

/**
 * (r2) The balanced week, DESIGN §3's first tie-break: the sum over `me`'s waking days of the
 * square of the day's committed minutes (blocks other than sleep, only their minutes inside the
 * week). Smaller is better: items spread to lighter days. In minutes².
 */
export function weekBalance(slots: Slot[], days: Interval[]): number {
  return days.reduce((sum, d) => sum + committedMinutes(slots, d.start, d.end) ** 2, 0);
}

/** `score.balance`: the balance in hours², rounded to two decimals. */
export const balanceHours = (minutesSquared: number): number => Math.round((minutesSquared / 3600) * 100) / 100;
