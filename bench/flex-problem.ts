/**
 * The flexible part of one planned week, reduced to numbers: every instant is whole minutes
 * after the local midnight that opens the week (DST days simply have 1380 or 1500 minutes).
 */

/** A block whose time is not a choice: sleep, sessions, shifts, events, fixed duties, busy. */
export interface Obstacle {
  owner: string;
  category: string;
  source: string;
  start: number;
  end: number;
}

/** One way to place one occurrence of a flexible item: on this day, by this owner. */
export interface FlexOption {
  item: string;
  /** Objective tier 0…5 (flexible IOP, flexible work, duties, high, normal, low habits). */
  tier: number;
  owner: string;
  day: number;
  /** Earliest and latest start, so that the block lies inside the window. */
  earliest: number;
  latest: number;
  minutes: number;
  /** Travel before and after (a `commute` block on each side). */
  commute: number;
}

export interface FlexItemLimit {
  item: string;
  /** At most this many occurrences in the week (Infinity: one per listed day). */
  perWeek: number;
}

export interface FlexProblem {
  options: FlexOption[];
  obstacles: Obstacle[];
  limits: FlexItemLimit[];
  transitionMinutes: number;
  capMinutes: number;
  /** `[start, end)` of each local day. */
  days: { start: number; end: number }[];
}

/** Minutes of `me`'s non-sleep obstacles inside each local day (DESIGN §3 rule 7). */
export function fixedCommittedByDay(problem: FlexProblem): number[] {
  return problem.days.map((d) =>
    problem.obstacles
      .filter((o) => o.owner === 'me' && o.category !== 'sleep' && o.category !== 'busy')
      .reduce((sum, o) => sum + Math.max(0, Math.min(o.end, d.end) - Math.max(o.start, d.start)), 0),
  );
}
