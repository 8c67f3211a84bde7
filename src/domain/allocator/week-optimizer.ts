import { compareValues, type StageOption, TIER, TIER_COUNT } from './stage-options.js';

/** A week's value: tiers (flexible work included), the balance (sum of squared loads, minutes²), owner order. */
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
  rest: { tiers: number[]; balance: number }[],
  bound: StateNode | undefined,
  maxStates: number,
): StateNode | undefined {
  const { limits, workDemand } = problem;
  let states: StateNode[] = [{ ...emptyValue(), counts: limits.map(() => 0), work: 0, option: undefined, prev: undefined }];
  problem.stages.forEach((options, k) => {
    const next = new Map<string, StateNode>();
    const fixed = problem.fixedLoads[k];
    const after = rest[k + 1]!;
    for (const state of states) {
      for (const option of options.length ? options : [undefined]) {
        const counts = addGroups(state.counts, option?.groups ?? [], limits, remaining[k + 1]!);
        if (!counts) continue;
        const work = state.work + (option?.workMinutes ?? 0);
        if (work > workDemand) continue;
        const tiers = state.tiers.map((t, i) => t + (option?.tiers[i] ?? 0));
        const load = fixed === undefined ? 0 : fixed + (option?.load ?? 0);
        const node: StateNode = {
          tiers,
          balance: state.balance + load * load,
          penalty: state.penalty + (option?.penalty ?? 0),
          counts,
          work,
          option,
          prev: state,
        };
        if (bound && !canBeat(node, after, workDemand, bound)) continue;
        const key = `${counts.join(',')}|${work}`;
        const current = next.get(key);
        if (!current || compareWeek(node, current) < 0) next.set(key, node);
      }
    }
    states = [...next.values()];
    if (states.length > maxStates) states = states.sort(compareWeek).slice(0, maxStates);
  });
  let best: StateNode | undefined;
  for (const s of states) if (!best || compareWeek(s, best) < 0) best = s;
  return best;
}

/** Whether some completion of `node` could be strictly better than `bound`. */
function canBeat(node: StateNode, rest: { tiers: number[]; balance: number }, workDemand: number, bound: WeekValue): boolean {
  const tiers = node.tiers.map((t, i) =>
    i === TIER.flexibleWork ? Math.min(workDemand, t + rest.tiers[i]!) : t + rest.tiers[i]!,
  );
  return compareWeek({ tiers, balance: node.balance + rest.balance, penalty: node.penalty }, bound) < 0;
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
function optimisticRest(problem: WeekProblem): { tiers: number[]; balance: number }[] {
  const out: { tiers: number[]; balance: number }[] = [];
  out[problem.stages.length] = { tiers: Array(TIER_COUNT).fill(0), balance: 0 };
  for (let k = problem.stages.length - 1; k >= 0; k--) {
    const best = Array(TIER_COUNT).fill(0) as number[];
    for (const o of problem.stages[k]!) for (let t = 0; t < TIER_COUNT; t++) best[t] = Math.max(best[t]!, o.tiers[t]!);
    const fixed = problem.fixedLoads[k] ?? 0;
    const minLoad = problem.stages[k]!.length ? Math.min(0, ...problem.stages[k]!.map((o) => o.load)) : 0;
    out[k] = {
      tiers: out[k + 1]!.tiers.map((v, t) => v + best[t]!),
      balance: out[k + 1]!.balance + (problem.fixedLoads[k] === undefined ? 0 : (fixed + minLoad) ** 2),
    };
  }
  return out;
}

/**
 * Adds one to each counter in `groups`; undefined when a limit would be passed. A count that can no
 * longer reach its limit on the remaining stages is raised to the slack level, so equivalent states merge.
 */
function addGroups(counts: number[], groups: number[], limits: number[], remaining: number[]): number[] | undefined {
  const out = [...counts];
  for (const g of groups) {
    out[g]! += 1;
    if (out[g]! > limits[g]!) return undefined;
  }
  for (let g = 0; g < limits.length; g++) out[g] = Math.max(out[g]!, limits[g]! - remaining[g]!);
  return out;
}

export { compareValues };
