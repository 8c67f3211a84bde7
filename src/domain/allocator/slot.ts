import type { BlockRole, Category } from '../plan-types.js';
import type { Interval } from './interval.js';

/** A block while the allocator works, in epoch minutes. */
export interface Slot extends Interval {
  source: string;
  category: Category;
  title: string;
  owner: string;
  fixed: boolean;
  mode?: 'in-person' | 'virtual';
  location?: string;
  /** Travel or arrive-early minutes of the block's source (absent for the item itself). */
  role?: BlockRole;
}

/** The local clock of the week: a wall time on a date as epoch minutes. */
export type LocalClock = (date: string, minute: number) => number;

/** Commute blocks around a located activity: `[start − before, start)` and `[end, end + after)`. */
export function commuteAround(activity: Slot, minutesBefore: number, minutesAfter: number, title = 'Travel'): Slot[] {
  const base = {
    source: activity.source,
    category: 'commute' as const,
    title,
    owner: activity.owner,
    fixed: activity.fixed,
    role: 'travel' as const,
  };
  const out: Slot[] = [];
  if (minutesBefore > 0) out.push({ ...base, start: activity.start - minutesBefore, end: activity.start });
  if (minutesAfter > 0) out.push({ ...base, start: activity.end, end: activity.end + minutesAfter });
  return out;
}

/** A block published earlier, kept at its time when re-planning (epoch minutes). */
export interface Pin {
  source: string;
  owner: string;
  start: number;
  end: number;
}
