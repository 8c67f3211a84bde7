import type { Unplaced } from '../plan-types.js';
import type { Profile } from '../profile.js';
import type { Week } from '../week.js';
import { alignRoutines } from './align-routines.js';
import { allocateFlexible } from './allocate-flexible.js';
import { explainUnplaced } from './explain-unplaced.js';
import { buildSkeleton } from './fixed-skeleton.js';
import type { Interval } from './interval.js';
import { expandDemand } from './occurrences.js';
import type { Slot } from './slot.js';
import { makeWeekContext } from './week-context.js';

export interface Allocation {
  slots: Slot[];
  unplaced: Unplaced[];
  /** Displaced work time not re-placed within `work.flexible`, in epoch minutes. */
  leave: Interval[];
  /** Placed minutes of flexible items by objective tier (DESIGN §3). */
  tiers: number[];
}

/**
 * Allocates one week: the fixed skeleton by precedence, then the flexible items and moved work
 * at the lexicographic optimum, then the routine tie-break. Deterministic; never reads the clock.
 */
export function allocateWeek(profile: Profile, week: Week): Allocation {
  const ctx = makeWeekContext(profile, week);
  const skeleton = buildSkeleton(ctx);
  const demand = expandDemand(ctx);
  const displacedMinutes = skeleton.displaced.reduce((sum, d) => sum + d.end - d.start, 0);
  const flex = profile.work?.flexible;
  const workDemand = flex ? (profile.work?.shifts.length ? displacedMinutes : (flex.weeklyMinutes ?? 0)) : 0;
  const flexible = allocateFlexible(ctx, skeleton.slots, demand, workDemand);
  const slots = alignRoutines(ctx, [...skeleton.slots, ...flexible.slots], flexible.placed);
  const placed = new Set(flexible.placed.keys());
  const unplaced = [...skeleton.unplaced, ...demand.closed, ...explainUnplaced(ctx, demand, slots, placed)];
  const tiers = [0, 0, 0, 0, 0, 0];
  for (const [index] of flexible.placed) {
    const item = demand.occurrences[index]!.item;
    tiers[item.tier]! += item.minutes;
  }
  tiers[1] = flexible.workMinutes;
  return {
    slots,
    unplaced: unplaced.sort(compareUnplaced),
    leave: trimLeave(skeleton.displaced, profile.work?.shifts.length ? flexible.workMinutes : 0),
    tiers,
  };
}

/** Moved work shortens the leave taken, from the week's last displaced minutes backwards. */
function trimLeave(displaced: Interval[], moved: number): Interval[] {
  const out = [...displaced].sort((a, b) => a.start - b.start).map((d) => ({ ...d }));
  let left = moved;
  for (let i = out.length - 1; i >= 0 && left > 0; i--) {
    const d = out[i]!;
    const take = Math.min(left, d.end - d.start);
    d.end -= take;
    left -= take;
  }
  return out.filter((d) => d.end > d.start);
}

function compareUnplaced(a: Unplaced, b: Unplaced): number {
  const key = (u: Unplaced) => `${u.date ?? '9999'}|${u.source}|${u.code}`;
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}
