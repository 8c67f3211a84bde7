import type { Occurrence } from './occurrences.js';
import { type Candidate, findSchedule, insertInto, type OwnerDay, type Schedule, spanOf } from './subset-scheduler.js';
import { type RealizedWork, WORK_KEY } from './work-variants.js';

/** Objective tiers (DESIGN §3), by position in a tier vector. */
export const TIER = { flexibleIop: 0, flexibleWork: 1, duties: 2, high: 3, normal: 4, low: 5 } as const;
export const TIER_COUNT = 6;

/** One way an occurrence can be placed in a stage: by an owner, as a candidate. */
export interface Alternative {
  owner: number;
  cand: Candidate;
  /** Owner-order tie-break (0 = preferred). */
  penalty: number;
}

export interface StageOccurrence {
  occ: Occurrence;
  alts: Alternative[];
  /** Week-level counters this occurrence adds one to when placed here (perWeek item, once-only). */
  groups: number[];
}

export interface StageInput {
  owners: { id: string; day: OwnerDay }[];
  occs: StageOccurrence[];
  /** Moved work the stage can hold: for each way, the lengths it allows (ascending) and how to realize one. */
  work: { lengths: number[]; realize: (minutes: number) => RealizedWork | undefined }[];
}

/** The value of a stage option: tiers (flexible work at TIER.flexibleWork), `me`'s added load, owner order. */
export interface StageValue {
  tiers: number[];
  load: number;
  penalty: number;
}

/** One undominated way to fill a stage. */
export interface StageOption extends StageValue {
  /** Counters it adds one to, sorted. */
  groups: number[];
  workMinutes: number;
  /** Per owner, the schedule of what it takes (work as `WORK_KEY`). */
  schedules: Schedule[];
  /** Occurrence index → owner index. */
  assignment: Map<number, number>;
  work: RealizedWork | undefined;
}

/** Lexicographic order of stage values: more minutes tier by tier, then less load, then owner order. */
export function compareValues(a: StageValue, b: StageValue): number {
  for (let i = 0; i < a.tiers.length; i++) if (a.tiers[i] !== b.tiers[i]) return b.tiers[i]! - a.tiers[i]!;
  return a.load - b.load || a.penalty - b.penalty;
}

/**
 * For every combination of week counters and moved-work length the stage can hold, the best way to
 * fill it (most minutes tier by tier, then least load on `me`'s waking day, then owner order).
 * Exact: occurrences that touch week counters are enumerated; the others are chosen by branch and
 * bound, whose bound is the minutes still to place per tier (and, at equal tiers, the load and
 * owner order that placing all of them must add). Feasibility of an owner's set is `findSchedule`.
 */
export function stageOptions(input: StageInput): StageOption[] {
  const keyed = input.occs.filter((o) => o.groups.length > 0);
  const free = input.occs.filter((o) => o.groups.length === 0).sort(freeOrder);
  const owners = input.owners;
  // Only `me`'s load counts (the balanced week is `me`'s); moved work, when any, is `me`'s, first.
  const me = owners.findIndex((o) => o.id === 'me');
  const out: StageOption[] = [];
  // Suffix sums of the free occurrences: tiers, and the least load and penalty placing them adds.
  const restTiers: number[][] = [];
  const restLoad: number[] = [];
  const restPenalty: number[] = [];
  restTiers[free.length] = Array(TIER_COUNT).fill(0);
  restLoad[free.length] = 0;
  restPenalty[free.length] = 0;
  for (let i = free.length - 1; i >= 0; i--) {
    const o = free[i]!;
    restTiers[i] = [...restTiers[i + 1]!];
    restTiers[i]![o.occ.item.tier]! += o.occ.item.minutes;
    restLoad[i] = restLoad[i + 1]! + Math.min(...o.alts.map((a) => (a.owner === me ? spanOf(a.cand) : 0)));
    restPenalty[i] = restPenalty[i + 1]! + Math.min(...o.alts.map((a) => a.penalty));
  }

  const sets: Candidate[][] = owners.map(() => []);
  const cache = new Map<string, Schedule | undefined>();
  const days: OwnerDay[] = owners.map((o) => o.day);
  const dayIds = new Map<OwnerDay, number>();
  const keyOf = (k: number, set: Candidate[], n: number) => {
    let id = dayIds.get(days[k]!);
    if (id === undefined) {
      id = dayIds.size;
      dayIds.set(days[k]!, id);
    }
    let key = `${k}|${id}|`;
    for (let i = 0; i < n; i++) key += `${set[i]!.key}:${set[i]!.windowStart}:${set[i]!.minutes},`;
    return key;
  };
  /** A schedule of `set` for owner k (cached), trying first to add its last candidate to the schedule of the rest. */
  const fits = (k: number, set: Candidate[]): Schedule | undefined => {
    const key = keyOf(k, set, set.length);
    if (cache.has(key)) return cache.get(key);
    let found: Schedule | undefined;
    const before = set.length ? cache.get(keyOf(k, set, set.length - 1)) : undefined;
    if (before) found = insertInto(before, set.slice(0, -1), set[set.length - 1]!, days[k]!);
    if (!found) found = findSchedule(set, days[k]!);
    cache.set(key, found);
    return found;
  };
  const assignment = new Map<number, number>();
  const tiers = Array(TIER_COUNT).fill(0) as number[];
  let load = 0;
  let penalty = 0;

  const snapshot = (groups: number[], workMinutes: number, work: RealizedWork | undefined): StageOption => ({
    groups: [...groups].sort((x, y) => x - y),
    workMinutes,
    tiers: [...tiers],
    load,
    penalty,
    schedules: sets.map((set, k) => fits(k, set)!),
    assignment: new Map(assignment),
    work,
  });

  // Branch and bound over the free occurrences, for one fixed key: records the best leaf.
  const solveFree = (groups: number[], workMinutes: number, work: RealizedWork | undefined) => {
    let best: StageOption | undefined;
    const visit = (i: number) => {
      if (best) {
        const ub = tiers.map((t, j) => t + restTiers[i]![j]!);
        const c = compareValues({ tiers: ub, load: load + restLoad[i]!, penalty: penalty + restPenalty[i]! }, best);
        if (c >= 0) return;
      }
      if (i === free.length) {
        best = snapshot(groups, workMinutes, work);
        return;
      }
      const o = free[i]!;
      for (const alt of o.alts) {
        const set = sets[alt.owner]!;
        set.push(alt.cand);
        if (fits(alt.owner, set)) {
          tiers[o.occ.item.tier]! += o.occ.item.minutes;
          const added = alt.owner === me ? spanOf(alt.cand) : 0;
          load += added;
          penalty += alt.penalty;
          assignment.set(o.occ.index, alt.owner);
          visit(i + 1);
          assignment.delete(o.occ.index);
          penalty -= alt.penalty;
          load -= added;
          tiers[o.occ.item.tier]! -= o.occ.item.minutes;
        }
        set.pop();
      }
      visit(i + 1);
    };
    visit(0);
    if (best) out.push(best);
  };

  // With the keyed occurrences chosen: no moved work, then each way and length of it.
  const atKey = (groups: number[]) => {
    solveFree(groups, 0, undefined);
    for (const way of input.work) {
      for (const minutes of way.lengths) {
        const work = way.realize(minutes);
        if (!work) break;
        const meDay = days[0]!;
        days[0] = work.day;
        if (work.cand) sets[0]!.push(work.cand);
        const alone = fits(0, sets[0]!);
        if (alone) {
          tiers[TIER.flexibleWork] = minutes;
          load += work.load;
          solveFree(groups, minutes, work);
          load -= work.load;
          tiers[TIER.flexibleWork] = 0;
        }
        if (work.cand) sets[0]!.pop();
        days[0] = meDay;
        if (!alone) break;
      }
    }
  };

  const groups: number[] = [];
  const visitKeyed = (i: number) => {
    if (i === keyed.length) {
      atKey(groups);
      return;
    }
    const o = keyed[i]!;
    for (const alt of o.alts) {
      const set = sets[alt.owner]!;
      set.push(alt.cand);
      if (fits(alt.owner, set)) {
        tiers[o.occ.item.tier]! += o.occ.item.minutes;
        const added = alt.owner === me ? spanOf(alt.cand) : 0;
        load += added;
        penalty += alt.penalty;
        assignment.set(o.occ.index, alt.owner);
        groups.push(...o.groups);
        visitKeyed(i + 1);
        groups.splice(groups.length - o.groups.length, o.groups.length);
        assignment.delete(o.occ.index);
        penalty -= alt.penalty;
        load -= added;
        tiers[o.occ.item.tier]! -= o.occ.item.minutes;
      }
      set.pop();
    }
    visitKeyed(i + 1);
  };
  visitKeyed(0);
  // The same counters and work length reached by different keyed choices: keep the best.
  const best = new Map<string, StageOption>();
  for (const o of out) {
    const key = `${o.groups.join(',')}|${o.workMinutes}`;
    const current = best.get(key);
    if (!current || compareValues(o, current) < 0) best.set(key, o);
  }
  return [...best.values()];
}

/** Free occurrences in objective order: higher tier first, longer first, then by index. */
function freeOrder(a: StageOccurrence, b: StageOccurrence): number {
  return a.occ.item.tier - b.occ.item.tier || b.occ.item.minutes - a.occ.item.minutes || a.occ.index - b.occ.index;
}

export { WORK_KEY };
