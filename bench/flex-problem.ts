/**
 * The flexible part of one planned week, reduced to numbers: every instant is whole minutes
 * after the local midnight that opens the week (DST days simply have 1380 or 1500 minutes).
 */

/** A block whose time is not a choice: sleep, sessions, shifts, events, fixed duties, busy, leave. */
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
  /** Earliest and latest start, so that the block lies inside the window (equal for a slot). */
  earliest: number;
  latest: number;
  minutes: number;
  /** Travel before and after (a `commute` block on each side). */
  commute: number;
  /** The waking day of `me` the start range lies in (DESIGN §3 rule 7); -1 for other owners. */
  wakingDay: number;
  /** A `high` habit: it neither counts toward the cap nor brings it into force (rule 7, r2). */
  capExempt: boolean;
}

export interface FlexItemLimit {
  item: string;
  /** At most this many occurrences in the week (Infinity: one per listed day). */
  perWeek: number;
}

/** Where moved work (tier 2, `work.flexible`) may go on one day: one block of its own, or joined to a run of shift work. */
export interface MovedWorkDay {
  day: number;
  /** Free stretches of `me` (transition kept to every block but sleep and leave) where a block of its own fits. */
  standalone: { start: number; end: number; wakingDay: number }[];
  earliest: number;
  latest: number;
  minBlock: number;
  /** Travel around a block of its own (0 on remote days). */
  commute: number;
  joins: MovedWorkJoin[];
}

/** Moved work joined directly to a run of shift work: the run's travel on that side moves out past it. */
export interface MovedWorkJoin {
  side: 'before' | 'after';
  /** The run's start (before) or end (after). */
  at: number;
  /** The run's travel on that side. */
  commute: number;
  /** The longest joined block the fixed blocks and the window allow. */
  maxMinutes: number;
  wakingDay: number;
}

export interface MovedWork {
  /** Minutes of shift time displaced this week: at most this much is re-placed. */
  demand: number;
  days: MovedWorkDay[];
}

export interface FlexProblem {
  options: FlexOption[];
  obstacles: Obstacle[];
  limits: FlexItemLimit[];
  transitionMinutes: number;
  capMinutes: number;
  /** `[start, end)` of each waking day of `me` in the week (rule 7, r2). */
  wakingDays: { start: number; end: number }[];
  moved: MovedWork | undefined;
}

/** Categories that keep no transition gap: sleep (rule 6) and leave (not a block, only forbidden). */
export const NO_GAP = new Set(['sleep', 'leave']);

/** Minutes of `me`'s fixed non-sleep blocks inside each waking day (DESIGN §3 rule 7, balance). */
export function fixedCommittedByWakingDay(problem: FlexProblem): number[] {
  return problem.wakingDays.map((d) =>
    problem.obstacles
      .filter((o) => o.owner === 'me' && o.category !== 'sleep' && o.category !== 'busy' && o.category !== 'leave')
      .reduce((sum, o) => sum + Math.max(0, Math.min(o.end, d.end) - Math.max(o.start, d.start)), 0),
  );
}

/** Waking days (r2): from the end of one sleep block of `me` to the start of the next, the week's edges closing the first and last. */
export function wakingDaysOf(obstacles: Obstacle[], weekEnd: number): { start: number; end: number }[] {
  const sleep = obstacles.filter((o) => o.owner === 'me' && o.category === 'sleep').sort((a, b) => a.start - b.start);
  const out: { start: number; end: number }[] = [];
  let awake = 0;
  for (const z of sleep) {
    if (z.end <= awake) continue;
    if (z.start > awake) out.push({ start: awake, end: Math.min(z.start, weekEnd) });
    awake = Math.max(awake, z.end);
    if (awake >= weekEnd) break;
  }
  if (awake < weekEnd) out.push({ start: awake, end: weekEnd });
  return out.filter((w) => w.end > w.start);
}
