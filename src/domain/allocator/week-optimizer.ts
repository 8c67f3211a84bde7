import { type DayOption, isBetter } from './day-options.js';

interface StateNode {
  counts: number[];
  work: number;
  /** The least moved work the chosen days could hold (their minimum block lengths added). */
  workFloor: number;
  tiers: number[];
  penalty: number;
  option: DayOption | undefined;
  prev: StateNode | undefined;
}

/** Above this many states a day keeps only the best ones (a beam); no week seen so far comes near. */
const MAX_STATES = 200_000;
/** The quick first pass that finds a good week to prune against. */
const FIRST_PASS_STATES = 64;

const EMPTY: DayOption = {
  perWeekMask: 0,
  workMinutes: 0,
  workVariant: -1,
  workMinimum: 0,
  tiers: [0, 0, 0, 0, 0, 0],
  penalty: 0,
  assignment: new Map(),
};

/**
 * Chooses one option per day so that no `perWeek` item exceeds its limit and the week's tier
 * vector is lexicographically largest, flexible work counting at most `workDemand` minutes.
 *
 * A dynamic programme over days whose state is (occurrences used per `perWeek` item, work placed).
 * The objective is a sum of day vectors and lexicographic order is compatible with addition, so
 * keeping the best vector per state is exact. Two reductions keep it fast and exact: a count that
 * can no longer reach its limit is slack and merged, and a state whose optimistic completion
 * (each tier's best remaining days added) is lexicographically below a week already found is dropped.
 */
export function chooseWeek(dayOptions: DayOption[][], limits: number[], workDemand: number): DayOption[] {
  const days = dayOptions.map((o) => (o.length ? o : [EMPTY]));
  const remaining = remainingAvailability(days, limits.length);
  const optimistic = optimisticRest(days, workDemand);
  const quick = runDays(days, limits, workDemand, remaining, optimistic, undefined, FIRST_PASS_STATES);
  const exact = runDays(days, limits, workDemand, remaining, optimistic, quick, MAX_STATES);
  const best = exact ?? quick;
  const chosen: DayOption[] = [];
  for (let node = best; node?.option; node = node.prev) chosen.unshift(node.option);
  return chosen;
}

function runDays(
  days: DayOption[][],
  limits: number[],
  workDemand: number,
  remaining: number[][],
  optimistic: number[][],
  bound: StateNode | undefined,
  maxStates: number,
): StateNode | undefined {
  let states: StateNode[] = [
    {
      counts: limits.map(() => 0),
      work: 0,
      workFloor: 0,
      tiers: [0, 0, 0, 0, 0, 0],
      penalty: 0,
      option: undefined,
      prev: undefined,
    },
  ];
  days.forEach((options, d) => {
    const next = new Map<string, StateNode[]>();
    const rest = optimistic[d + 1]!;
    for (const state of states) {
      for (const option of withWorkChoice(options)) {
        const counts = addMask(state.counts, option.perWeekMask, limits, remaining[d + 1]!);
        if (!counts) continue;
        // Blocks have a minimum length: a day's work is usable only while the floors fit the demand.
        const workFloor = state.workFloor + option.workMinimum;
        if (option.workMinutes > 0 && workFloor > workDemand) continue;
        const work = Math.min(workDemand, state.work + option.workMinutes);
        const tiers = state.tiers.map((t, i) => t + (option.tiers[i] ?? 0));
        tiers[1] = work;
        if (bound && isBetter(bound.tiers, 0, optimisticTiers(tiers, rest, workDemand), 0)) continue;
        const penalty = state.penalty + option.penalty + (state.work + option.workMinutes > workDemand ? 1 : 0);
        insertUndominated(next, counts.join(','), { counts, work, workFloor, tiers, penalty, option, prev: state });
      }
    }
    states = [...next.values()].flat();
    if (states.length > maxStates) states = keepBest(states, maxStates);
  });
  let best: StateNode | undefined;
  for (const s of states) {
    if (!best || isBetter(s.tiers, s.penalty, best.tiers, best.penalty)) best = s;
  }
  return best;
}

/** Each option, and for one holding moved work also the same day without it (its floor may not fit later). */
function withWorkChoice(options: DayOption[]): DayOption[] {
  return options.flatMap((o) =>
    o.workMinutes > 0 ? [o, { ...o, workMinutes: 0, workMinimum: 0, workVariant: -1 }] : [o],
  );
}

/** `remaining[d][i]`: on how many of the days from `d` on the i-th perWeek item can be placed. */
function remainingAvailability(days: DayOption[][], n: number): number[][] {
  const out: number[][] = [Array(n).fill(0)];
  for (let d = days.length - 1; d >= 0; d--) {
    const any = days[d]!.reduce((m, o) => m | o.perWeekMask, 0);
    out.unshift(out[0]!.map((c, i) => c + (any & (1 << i) ? 1 : 0)));
  }
  return out;
}

/** `optimistic[d]`: per tier, the most the days from `d` on could add, each day at its best for that tier. */
function optimisticRest(days: DayOption[][], workDemand: number): number[][] {
  const out: number[][] = [[0, 0, 0, 0, 0, 0]];
  for (let d = days.length - 1; d >= 0; d--) {
    const best = [0, 0, 0, 0, 0, 0];
    for (const o of days[d]!) {
      for (let t = 0; t < 6; t++) best[t] = Math.max(best[t]!, t === 1 ? o.workMinutes : o.tiers[t]!);
    }
    out.unshift(out[0]!.map((v, t) => Math.min(t === 1 ? workDemand : Number.POSITIVE_INFINITY, v + best[t]!)));
  }
  return out;
}

function optimisticTiers(tiers: number[], rest: number[], workDemand: number): number[] {
  return tiers.map((t, i) => (i === 1 ? Math.min(workDemand, t + rest[i]!) : t + rest[i]!));
}

/**
 * Adds a day's mask to the counts; undefined when a limit would be passed. A count that can no
 * longer reach its limit on the remaining days is raised to the slack level, so equivalent states merge.
 */
function addMask(counts: number[], mask: number, limits: number[], remaining: number[]): number[] | undefined {
  const out = [...counts];
  for (let i = 0; i < limits.length; i++) {
    if (mask & (1 << i)) {
      out[i]! += 1;
      if (out[i]! > limits[i]!) return undefined;
    }
    out[i] = Math.max(out[i]!, Math.min(limits[i]!, limits[i]! - remaining[i]!));
  }
  return out;
}

function keepBest(states: StateNode[], max: number): StateNode[] {
  return [...states].sort((a, b) => (isBetter(a.tiers, a.penalty, b.tiers, b.penalty) ? -1 : 1)).slice(0, max);
}

/**
 * With the same counts, state `a` makes `b` useless when whatever the remaining days add, `a` ends
 * at least as good: more flexible IOP, or equal IOP with at least as much work and a rest at
 * least as good (work is capped, so more work never hurts).
 */
function dominates(a: StateNode, b: StateNode): boolean {
  if (a.tiers[0]! !== b.tiers[0]!) return a.tiers[0]! > b.tiers[0]!;
  if (a.work < b.work || a.workFloor > b.workFloor) return false;
  const rest = (s: StateNode) => [s.tiers[2]!, s.tiers[3]!, s.tiers[4]!, s.tiers[5]!];
  return !isBetter(rest(b), b.penalty, rest(a), a.penalty);
}

function insertUndominated(map: Map<string, StateNode[]>, key: string, node: StateNode): void {
  const list = map.get(key);
  if (!list) {
    map.set(key, [node]);
    return;
  }
  if (list.some((s) => dominates(s, node))) return;
  map.set(key, [...list.filter((s) => !dominates(node, s)), node]);
}
