import { type StageOption, TIER, TIER_COUNT } from './stage-options.js';

/**
 * A week's value: tiers (flexible work included), the balance (sum of squared loads, minutes²),
 * then owner order and earliness folded into one number (`penalty`).
 */
export interface WeekValue {
  tiers: number[];
  balance: number;
  penalty: number;
}

interface StateNode extends WeekValue {
  counts: number[];
  work: number;
  option: StageOption | undefined;
  prev: StateNode | undefined;
}

/** The stages of one independent part of the week, in time order. */
export interface WeekProblem {
  stages: StageOption[][];
  /** Per counter, how many placements the week allows (perWeek occurrences, or 1 for a split occurrence). */
  limits: number[];
  /** Moved work to place, in minutes (0 when none). */
  workDemand: number;
  /** Per stage, `me`'s committed minutes already there (undefined: the stage is not a waking day of `me`). */
  fixedLoads: (number | undefined)[];
}

/** The quick first pass that finds a good week to prune against: this many best states per stage. */
const FIRST_PASS_STATES = 48;

/** Lexicographic order of week values: more minutes tier by tier, then a better balance, then owner order. */
export function compareWeek(a: WeekValue, b: WeekValue): number {
  for (let i = 0; i < a.tiers.length; i++) if (a.tiers[i] !== b.tiers[i]) return b.tiers[i]! - a.tiers[i]!;
  return a.balance - b.balance || a.penalty - b.penalty;
}

/**
 * Chooses one option per stage so that no counter passes its limit and moved work stays within its
 * demand, with the best week value (DESIGN §3: tiers, then the balanced week, then owner order).
 *
 * A dynamic programme over stages whose state is (placements per counter, work placed). The value
 * is a sum of stage values — the balance adds each waking day's (load)² — and lexicographic order
 * is compatible with addition, so keeping the best value per state is exact. A count that can no
 * longer reach its limit is slack and merged; a state whose optimistic completion cannot beat a
 * week already found (a first pass keeping a few states per stage) is dropped. No state is ever
 * dropped for lack of room: the search is exact.
 */
export function chooseWeek(problem: WeekProblem): { options: (StageOption | undefined)[]; value: WeekValue } {
  const remaining = remainingAvailability(problem);
  const rest = optimisticRest(problem);
  const quick = runStages(problem, remaining, rest, undefined, FIRST_PASS_STATES);
  const exact = runStages(problem, remaining, rest, quick, Number.POSITIVE_INFINITY) ?? quick;
  const options: (StageOption | undefined)[] = [];
  for (let node = exact; node?.prev; node = node.prev) options.unshift(node.option);
  return {
    options,
    value: exact ? { tiers: exact.tiers, balance: exact.balance, penalty: exact.penalty } : emptyValue(),
  };
}

const emptyValue = (): WeekValue => ({ tiers: Array(TIER_COUNT).fill(0), balance: 0, penalty: 0 });

function runStages(
  problem: WeekProblem,
  remaining: number[][],
  rest: Rest[],
  bound: StateNode | undefined,
  maxStates: number,
): StateNode | undefined {
  const { limits, workDemand } = problem;
  const G = limits.length;
  // Counts are keyed by a mixed-radix number (base limit + 1 per counter) while it stays exact.
  const radix: number[] = [];
  let product = 1;
  for (const l of limits) {
    radix.push(product);
    product *= l + 1;
  }
  const numeric = product * (workDemand + 1) < Number.MAX_SAFE_INTEGER;
  const counts = new Array<number>(G);
  const tiers = new Array<number>(TIER_COUNT);
  let states: StateNode[] = [
    { ...emptyValue(), counts: limits.map(() => 0), work: 0, option: undefined, prev: undefined },
  ];
  problem.stages.forEach((stageOptions, k) => {
    const next = new Map<number | string, StateNode>();
    const fixed = problem.fixedLoads[k];
    const after = rest[k + 1]!;
    const left = remaining[k + 1]!;
    const options = stageOptions.length ? stageOptions : [undefined];
    for (const state of states) {
      for (const option of options) {
        const work = state.work + (option?.workMinutes ?? 0);
        if (work > workDemand) continue;
        let over = false;
        for (let g = 0; g < G; g++) counts[g] = state.counts[g]!;
        for (const g of option?.groups ?? []) if (++counts[g]! > limits[g]!) over = true;
        if (over) continue;
        let key: number | string = 0;
        for (let g = 0; g < G; g++) {
          const c = Math.max(counts[g]!, limits[g]! - left[g]!);
          counts[g] = c;
          if (numeric) key = (key as number) + c * radix[g]!;
        }
        key = numeric ? (key as number) * (workDemand + 1) + work : `${counts.join(',')}|${work}`;
        for (let t = 0; t < TIER_COUNT; t++) tiers[t] = state.tiers[t]! + (option?.tiers[t] ?? 0);
        const load = fixed === undefined ? 0 : fixed + (option?.load ?? 0);
        const balance = state.balance + load * load;
        // Owner order, then (DESIGN's last tie-breaks, approximately) placements on earlier stages.
        const penalty = state.penalty + (option ? option.penalty * ORDER_WEIGHT + k * placedMinutes(option) : 0);
        if (bound && !canBeat(tiers, balance, penalty, after, workDemand, bound)) continue;
        const current = next.get(key);
        if (current && compareParts(tiers, balance, penalty, current) >= 0) continue;
        next.set(key, { tiers: [...tiers], balance, penalty, counts: [...counts], work, option, prev: state });
      }
    }
    states = [...next.values()];
    if (states.length > maxStates) states = states.sort(compareWeek).slice(0, maxStates);
  });
  let best: StateNode | undefined;
  for (const s of states) if (!best || compareWeek(s, best) < 0) best = s;
  return best;
}

/** Owner order outweighs earliness: a stage's earliness (stage index × minutes placed) stays below it. */
const ORDER_WEIGHT = 1e7;

const placedMinutes = (o: StageOption) => o.tiers.reduce((s, t) => s + t, 0);

/** `compareWeek` on unpacked parts, without building a value. */
function compareParts(tiers: number[], balance: number, penalty: number, b: WeekValue): number {
  for (let i = 0; i < tiers.length; i++) if (tiers[i] !== b.tiers[i]) return b.tiers[i]! - tiers[i]!;
  return balance - b.balance || penalty - b.penalty;
}

/** Whether some completion of a state could be strictly better than `bound`. */
function canBeat(
  tiers: number[],
  balance: number,
  penalty: number,
  rest: Rest,
  workDemand: number,
  bound: WeekValue,
): boolean {
  for (let i = 0; i < tiers.length; i++) {
    const t = i === TIER.flexibleWork ? Math.min(workDemand, tiers[i]! + rest.tiers[i]!) : tiers[i]! + rest.tiers[i]!;
    if (t !== bound.tiers[i]) return t > bound.tiers[i]!;
  }
  // Tying the bound's tiers needs every later stage at its best in every tier (flexible work
  // aside), so the balance still to come is at least what such options add.
  const still = rest.balanceAtBest;
  return balance + still - bound.balance < 0 || (balance + still === bound.balance && penalty < bound.penalty);
}

/** What the stages from some point on could add at best, and the least balance they add. */
interface Rest {
  tiers: number[];
  /** With any options. */
  balance: number;
  /** With options at the stage's best in every tier but flexible work (Infinity: none such). */
  balanceAtBest: number;
}

/** `remaining[k][g]`: in how many of the stages from `k` on counter g can be incremented. */
function remainingAvailability(problem: WeekProblem): number[][] {
  const n = problem.limits.length;
  const out: number[][] = [];
  out[problem.stages.length] = Array(n).fill(0);
  for (let k = problem.stages.length - 1; k >= 0; k--) {
    const here = new Set(problem.stages[k]!.flatMap((o) => o.groups));
    out[k] = out[k + 1]!.map((c, g) => c + (here.has(g) ? 1 : 0));
  }
  return out;
}

/**
 * `rest[k]`: per tier, the most the stages from `k` on could add, each at its best for that tier,
 * and the least balance they could add (their fixed loads alone).
 */
function optimisticRest(problem: WeekProblem): Rest[] {
  const out: Rest[] = [];
  out[problem.stages.length] = { tiers: Array(TIER_COUNT).fill(0), balance: 0, balanceAtBest: 0 };
  for (let k = problem.stages.length - 1; k >= 0; k--) {
    const options = problem.stages[k]!;
    const best = Array(TIER_COUNT).fill(0) as number[];
    for (const o of options) for (let t = 0; t < TIER_COUNT; t++) best[t] = Math.max(best[t]!, o.tiers[t]!);
    const fixed = problem.fixedLoads[k];
    const atBest = options.filter((o) => o.tiers.every((v, t) => t === TIER.flexibleWork || v === best[t]));
    const least = (list: StageOption[]) => (list.length ? Math.min(...list.map((o) => o.load)) : 0);
    const square = (load: number) => (fixed === undefined ? 0 : (fixed + load) ** 2);
    const next = out[k + 1]!;
    out[k] = {
      tiers: next.tiers.map((v, t) => v + best[t]!),
      balance: next.balance + square(Math.min(0, least(options))),
      balanceAtBest:
        options.length && !atBest.length
          ? Number.POSITIVE_INFINITY
          : next.balanceAtBest + square(options.length ? least(atBest) : 0),
    };
  }
  return out;
}
