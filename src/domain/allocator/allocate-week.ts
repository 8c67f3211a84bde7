import { hasShifts } from '../imports/imported-slots.js';
import type { Unplaced } from '../plan-types.js';
import type { Profile } from '../profile.js';
import { formatDuration, formatHours } from '../warnings/format-warning-text.js';
import type { Week } from '../week.js';
import { alignRoutines, restorePublished } from './align-routines.js';
import { allocateFlexible } from './allocate-flexible.js';
import { explainUnplaced } from './explain-unplaced.js';
import { buildSkeleton, type Displaced } from './fixed-skeleton.js';
import { expandDemand } from './occurrences.js';
import { acceptPins, type Pin, type PinResult } from './pin-previous.js';
import { weekBalance } from './rules/balance.js';
import { leaveGuards } from './rules/leave-guard.js';
import { sleepOf, wakingDays } from './rules/waking-days.js';
import type { Slot } from './slot.js';
import { makeWeekContext } from './week-context.js';

export interface Allocation {
  slots: Slot[];
  unplaced: Unplaced[];
  /** Displaced work time not re-placed within `work.flexible`, in epoch minutes, with its kind. */
  leave: Displaced[];
  /** Placed minutes of flexible items by objective tier (DESIGN §3). */
  tiers: number[];
  /** (r2) The balanced week: the sum over `me`'s waking days of (committed minutes)², in minutes². */
  balance: number;
}

export interface AllocateOptions {
  /** `source@date` occurrences skipped this week. */
  skips?: Iterable<string>;
  /** Flexible blocks of the week's published plan, kept where still valid. */
  pins?: Pin[];
}

/**
 * Allocates one week: the fixed skeleton by precedence, then the flexible items and moved work
 * at the lexicographic optimum, then the routine tie-break. With pins from a published plan, the
 * pinned version wins whenever it reaches the same optimum (minimal moves). Deterministic;
 * never reads the clock.
 */
export function allocateWeek(profile: Profile, week: Week, options: AllocateOptions = {}): Allocation {
  const ctx = makeWeekContext(profile, week, options.skips);
  const skeleton = buildSkeleton(ctx);
  const demand = expandDemand(ctx);
  const displacedMinutes = skeleton.displaced.reduce((sum, d) => sum + d.end - d.start, 0);
  const flex = profile.work?.flexible;
  const workDemand = flex ? (hasShifts(profile) ? displacedMinutes : (flex.weeklyMinutes ?? 0)) : 0;
  const byIndex = new Map(demand.occurrences.map((o) => [o.index, o]));
  const tiersOf = (placed: Map<number, Slot>, workMinutes: number) => {
    const tiers = [0, 0, 0, 0, 0, 0];
    for (const [index] of placed) {
      const item = byIndex.get(index)!.item;
      tiers[item.tier]! += item.minutes;
    }
    tiers[1] = workMinutes;
    return tiers;
  };

  const guards = leaveGuards(skeleton.displaced);
  const optimum = allocateFlexible(ctx, skeleton.slots, demand, workDemand, skeleton.displaced);
  let chosen = {
    slots: alignRoutines(ctx, [...without(skeleton.slots, optimum.removed), ...optimum.slots], optimum.placed, guards),
    placed: optimum.placed,
    workMinutes: optimum.workMinutes,
  };
  let tiers = tiersOf(optimum.placed, optimum.workMinutes);
  if (options.pins?.length) {
    // Keep the published placements: all of them if that reaches the optimum, else free one day
    // at a time — days where a pin no longer fits first — until it does (minimal moves).
    const rejected = new Set(
      rejectedPinDays(ctx, acceptPins(ctx, skeleton.slots, demand, options.pins, guards), options.pins),
    );
    const order = [...ctx.week.days.map((d) => d.date)].sort(
      (a, b) => Number(rejected.has(b)) - Number(rejected.has(a)),
    );
    for (let freed = 0; freed < order.length; freed++) {
      const free = new Set(order.slice(0, freed));
      const pins = options.pins.filter((p) => !free.has(dateOfPin(ctx, p) ?? ''));
      const pinned = acceptPins(ctx, skeleton.slots, demand, pins, guards);
      const rest = allocateFlexible(
        ctx,
        [...skeleton.slots, ...pinned.slots],
        pinned.remaining,
        workDemand,
        skeleton.displaced,
      );
      const placed = new Map([...pinned.placed, ...rest.placed]);
      const pinnedTiers = tiersOf(placed, rest.workMinutes);
      // The published placements are kept only when the week still reaches the optimal tiers.
      if (compareTiers(pinnedTiers, tiers) !== 0) continue;
      const slots = [...without(skeleton.slots, rest.removed), ...pinned.slots, ...rest.slots];
      chosen = { slots: restorePublished(ctx, slots, options.pins, guards), placed, workMinutes: rest.workMinutes };
      tiers = pinnedTiers;
      break;
    }
  }
  const unplaced = [
    ...skeleton.unplaced,
    ...demand.closed,
    ...explainUnplaced(ctx, demand, chosen.slots, new Set(chosen.placed.keys())),
    ...unplacedWork(profile, workDemand, chosen.workMinutes),
  ];
  return {
    slots: chosen.slots,
    unplaced: unplaced.sort(compareUnplaced),
    leave: trimLeave(skeleton.displaced, hasShifts(profile) ? chosen.workMinutes : 0),
    tiers,
    balance: weekBalance(chosen.slots, wakingDays(sleepOf(chosen.slots), ctx.weekStart, ctx.weekEnd)),
  };
}

/**
 * Flexible work hours (no shifts) that found no room are reported like any other item; displaced
 * shift time that could not move is not: it is leave, listed in `leave`.
 */
function unplacedWork(profile: Profile, demand: number, placed: number): Unplaced[] {
  if (hasShifts(profile) || demand <= placed) return [];
  const missing = demand - placed;
  return [
    {
      source: 'work.flexible',
      title: 'Work',
      owner: 'me',
      date: null,
      minutes: missing,
      code: 'no-room',
      reason: `${formatDuration(missing)} of your ${formatHours((profile.work?.flexible?.weeklyMinutes ?? 0) / 60)} weekly work hours found no room within work.flexible's days and hours`,
    },
  ];
}

/** Local dates of the pins that no longer fit where they were. */
function rejectedPinDays(ctx: ReturnType<typeof makeWeekContext>, result: PinResult, pins: Pin[]): string[] {
  const kept = new Set([...result.placed.values()].map((b) => `${b.source}|${b.owner}|${b.start}`));
  return pins.filter((p) => !kept.has(`${p.source}|${p.owner}|${p.start}`)).map((p) => dateOfPin(ctx, p) ?? '');
}

function dateOfPin(ctx: ReturnType<typeof makeWeekContext>, pin: Pin): string | undefined {
  return ctx.week.days.find((d) => pin.start * 60_000 >= d.startMs && pin.start * 60_000 < d.endMs)?.date;
}

const without = (slots: Slot[], removed: Slot[]) => slots.filter((s) => !removed.includes(s));

/** Moved work shortens the leave taken, from the week's last displaced minutes backwards. */
function trimLeave(displaced: Displaced[], moved: number): Displaced[] {
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

/** 0 when equal; negative when `a` places more minutes at the first tier that differs. */
function compareTiers(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return b[i]! - a[i]!;
  return 0;
}

function compareUnplaced(a: Unplaced, b: Unplaced): number {
  const key = (u: Unplaced) => `${u.date ?? '9999'}|${u.source}|${u.code}`;
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}
