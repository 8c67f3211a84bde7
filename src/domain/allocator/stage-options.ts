import type { Interval } from './interval.js';
import type { Occurrence } from './occurrences.js';
import { type Candidate, findSchedule, insertInto, type OwnerDay, type Schedule, spanOf } from './subset-scheduler.js';
import type { RealizedWork } from './work-variants.js';

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
  const owners = input.owners;
  // Only `me`'s load counts (the balanced week is `me`'s); moved work, when any, is `me`'s, first.
  const me = owners.findIndex((o) => o.id === 'me');
  // Try what keeps `me`'s day lightest first, then owner order: the first leaf is then often the best.
  const occs = input.occs.map((o) => ({
    ...o,
    alts: [...o.alts].sort((a, b) => Number(a.owner === me) - Number(b.owner === me) || a.penalty - b.penalty),
  }));
  const keyed = occs.filter((o) => o.groups.length > 0);
  const free = occs.filter((o) => o.groups.length === 0).sort(freeOrder);
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

  // For the bound: the one owner who can take each free item (-1: several), what it uses of
  // that owner's room, and of `me`'s cap; items by tier.
  const sole = free.map((o) => (o.alts.every((a) => a.owner === o.alts[0]!.owner) ? o.alts[0]!.owner : -1));
  const consumption = free.map((o, j) => {
    const c = o.alts[0]!.cand;
    return sole[j]! >= 0 ? spanOf(c) + input.owners[sole[j]!]!.day.gap : 0;
  });
  const capUse = free.map((o, j) => (sole[j] === me && o.alts[0]!.cand.capped ? spanOf(o.alts[0]!.cand) : 0));
  const byTier: number[][] = Array.from({ length: TIER_COUNT }, () => []);
  free.forEach((o, j) => {
    byTier[o.occ.item.tier]!.push(j);
  });
  const twin = free.map((o, j) => j > 0 && sameItem(free[j - 1]!, o));
  // Where each owner's spans can lie in this stage: around the windows, reach of travel included.
  const regions = owners.map((_, k) => {
    const mine = occs.flatMap((o) => o.alts.filter((a) => a.owner === k).map((a) => a.cand));
    const reach = Math.max(0, ...mine.map((c) => c.commute));
    return mine.length
      ? {
          start: Math.min(...mine.map((c) => c.windowStart)) - reach,
          end: Math.max(...mine.map((c) => c.windowEnd)) + reach,
        }
      : { start: 0, end: 0 };
  });

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
    // Each owner's room: spans (with travel) lie in free time, and consecutive ones in one free
    // stretch keep the gap, so the spans plus one gap each fit in the free time plus one gap per stretch.
    const room = owners.map((_, k) => {
      let r = freeTime(regions[k]!, days[k]!.forbidden, days[k]!.gap);
      for (const c of sets[k]!) r -= spanOf(c) + days[k]!.gap;
      return r;
    });
    const placed = new Uint8Array(free.length);
    const ub = new Array<number>(TIER_COUNT);
    const part = new Array<number>(TIER_COUNT);
    const capPart = new Array<number>(TIER_COUNT);
    /** Tier by tier, owner k's remaining items fill `budget` fractionally, best minutes per minute first. */
    const fill = (i: number, k: number, budget: number, use: number[], into: number[]) => {
      let left = budget;
      for (let t = 0; t < TIER_COUNT; t++) {
        let add = 0;
        for (const j of byTier[t]!) {
          if (j < i || sole[j] !== k) continue;
          const m = free[j]!.occ.item.minutes;
          if (use[j] === 0) add += m;
          else if (left > 0) {
            const take = Math.min(1, left / use[j]!);
            add += m * take;
            left -= use[j]! * take;
          }
        }
        into[t] = add;
      }
    };
    // Committed minutes of `me`'s capped items so far (rule 7).
    let capped = 0;
    if (me >= 0) for (const c of sets[me]!) if (c.capped) capped += spanOf(c);
    /**
     * A lexicographic upper bound of the tiers: items several owners could take add in full; each
     * owner's own items fill that owner's room fractionally, and `me`'s the cap's room too (the
     * smaller of the two holds). A sum of lexicographic bounds bounds the sum.
     */
    const bound = (i: number) => {
      for (let t = 0; t < TIER_COUNT; t++) ub[t] = tiers[t]!;
      for (let j = i; j < free.length; j++) if (sole[j]! < 0) ub[free[j]!.occ.item.tier]! += free[j]!.occ.item.minutes;
      for (let k = 0; k < owners.length; k++) {
        fill(i, k, room[k]!, consumption, part);
        if (k === me) {
          fill(i, k, days[k]!.capRoom - capped, capUse, capPart);
          if (compareValues({ tiers: capPart, load: 0, penalty: 0 }, { tiers: part, load: 0, penalty: 0 }) > 0)
            for (let t = 0; t < TIER_COUNT; t++) part[t] = capPart[t]!;
        }
        for (let t = 0; t < TIER_COUNT; t++) ub[t]! += part[t]!;
      }
      return ub;
    };
    const visit = (i: number) => {
      if (best) {
        bound(i);
        const c = compareValues({ tiers: ub, load: load + restLoad[i]!, penalty: penalty + restPenalty[i]! }, best);
        if (c >= 0) return;
      }
      if (i === free.length) {
        best = snapshot(groups, workMinutes, work);
        return;
      }
      // Identical items are interchangeable: take them in order (never skip one and take its twin).
      if (twin[i] && !placed[i - 1]) {
        visit(i + 1);
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
          const used = spanOf(alt.cand) + days[alt.owner]!.gap;
          const toCap = alt.owner === me && alt.cand.capped ? spanOf(alt.cand) : 0;
          room[alt.owner]! -= used;
          capped += toCap;
          placed[i] = 1;
          visit(i + 1);
          placed[i] = 0;
          capped -= toCap;
          room[alt.owner]! += used;
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

/**
 * Free occurrences in objective order: higher tier first, then most minutes per minute of room
 * (the order the fractional bound fills in), longer first, then by index.
 */
function freeOrder(a: StageOccurrence, b: StageOccurrence): number {
  return (
    a.occ.item.tier - b.occ.item.tier ||
    ratio(b) - ratio(a) ||
    b.occ.item.minutes - a.occ.item.minutes ||
    a.occ.index - b.occ.index
  );
}

const ratio = (o: StageOccurrence) => o.occ.item.minutes / (o.occ.item.minutes + 2 * o.occ.item.commuteMinutes);

/** Two occurrences that are interchangeable: same tier, length, owners and places. */
function sameItem(a: StageOccurrence, b: StageOccurrence): boolean {
  if (a.occ.item.tier !== b.occ.item.tier || a.alts.length !== b.alts.length) return false;
  return a.alts.every((x, k) => {
    const y = b.alts[k]!;
    return (
      x.owner === y.owner &&
      x.penalty === y.penalty &&
      x.cand.minutes === y.cand.minutes &&
      x.cand.commute === y.cand.commute &&
      x.cand.windowStart === y.cand.windowStart &&
      x.cand.windowEnd === y.cand.windowEnd &&
      x.cand.capped === y.cand.capped &&
      String(x.cand.starts) === String(y.cand.starts)
    );
  });
}

/** Minutes of `region` outside `forbidden` (sorted, merged), plus `gap` for each free stretch. */
function freeTime(region: Interval, forbidden: Interval[], gap: number): number {
  let total = 0;
  let at = region.start;
  for (const f of forbidden) {
    if (f.end <= at) continue;
    if (f.start >= region.end) break;
    if (f.start > at) total += f.start - at + gap;
    at = Math.max(at, f.end);
  }
  if (region.end > at) total += region.end - at + gap;
  return total;
}
