/** The plan JSON v1 (DESIGN §4). Instants are ISO 8601 with the local offset, no milliseconds. */

export const CATEGORIES = ['sleep', 'work', 'iop', 'commute', 'duty', 'habit', 'event', 'busy'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Block {
  /** Stable across runs: derived from source, owner and local start. */
  id: string;
  source: string;
  category: Category;
  title: string;
  /** `me` or a household member id. */
  owner: string;
  start: string;
  end: string;
  /** False on every block whose time the allocator chose. */
  fixed: boolean;
  /** Optional extras for renderers and calendars. */
  location?: string;
  /** For iop blocks: in-person or virtual. */
  mode?: 'in-person' | 'virtual';
  /** What the block is to its source: absent for the item itself; travel or arrive-early minutes. */
  role?: BlockRole;
}

/** A block's part in its source's visit: the trip there and back, or the minutes before it starts. */
export type BlockRole = 'travel' | 'arrive-early';

export const UNPLACED_CODES = ['closed', 'conflict', 'no-cover', 'cap', 'no-room'] as const;
export type UnplacedCode = (typeof UNPLACED_CODES)[number];

export interface Unplaced {
  source: string;
  title: string;
  owner: string | null;
  /** Local day for daily items and fixed items; null for `perWeek` items. */
  date: string | null;
  minutes: number;
  code: UnplacedCode;
  reason: string;
}

/**
 * (r2 §4a) Why work time is given up: `treatment` (IOP sessions and flexible IOP items with their
 * travel, arrive-early and transition minutes) is leave; `personal` (events) is out of office only.
 */
export type LeaveKind = 'treatment' | 'personal';

export interface Leave {
  start: string;
  end: string;
  minutes: number;
  reason: string;
  kind: LeaveKind;
}

export type CategoryMinutes = Record<Category, number> & { free: number };

export interface DayBudget {
  date: string;
  /** Minutes of `me` other than sleep within the local day. */
  committed: number;
  free: number;
  minutes: Partial<Record<Category, number>>;
}

export interface Budget {
  week: CategoryMinutes;
  days: DayBudget[];
  iopHours: number;
  leaveMinutes: number;
}

export interface Warning {
  code: string;
  message: string;
}

export interface Plan {
  version: 1;
  generatedAt: string;
  timezone: string;
  week: { start: string; end: string; isoWeek: string };
  blocks: Block[];
  unplaced: Unplaced[];
  leave: Leave[];
  budget: Budget;
  /** `balance`: (r2) the sum over `me`'s waking days of committed minutes squared, in hours². */
  score: { tiers: number[]; balance: number };
  warnings: Warning[];
}

/** A block while the allocator works: instants as epoch milliseconds, half-open `[startMs, endMs)`. */
export interface TimedBlock {
  source: string;
  category: Category;
  title: string;
  owner: string;
  startMs: number;
  endMs: number;
  fixed: boolean;
  location?: string;
  mode?: 'in-person' | 'virtual';
  role?: BlockRole;
}

/** Leave while the allocator works (displaced work hours that could not be re-placed). */
export interface TimedLeave {
  startMs: number;
  endMs: number;
  reason: string;
  kind: LeaveKind;
}
