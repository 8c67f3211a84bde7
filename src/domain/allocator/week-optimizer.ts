import { type DayOption, isBetter } from './day-options.js';

interface StateNode {
  counts: number[];
  work: number;
  tiers: number[];
  penalty: number;
  option: DayOption | undefined;
  prev: StateNode | undefined;
}

/** Above this many states a day keeps only the best ones (a beam); realistic weeks stay far below. */
const MAX_STATES = 60_000;

/**
 * Chooses one option per day so that no `perWeek` item exceeds its limit and the week's tier
 * vector is lexicographically largest, flexible work counting at most `workDemand` minutes.
 * A dynamic programme over days whose state is (occurrences used per `perWeek` item, work placed):
 * the objective is a sum of day vectors, and lexicographic order is compatible with addition,
 * so keeping the best vector per state is exact.
 */
export function chooseWeek(dayOptions: DayOption[][], limits: number[], workDemand: number): DayOption[] {
  const empty: DayOption = {
    perWeekMask: 0,
    workMinutes: 0,
    tiers: [0, 0, 0, 0, 0, 0],
    penalty: 0,
    assignment: new Map(),
  };
  let states = new Map<string, StateNode>([
    [
      '',
      {
        counts: limits.map(() => 0),
        work: 0,
        tiers: [0, 0, 0, 0, 0, 0],
        penalty: 0,
        option: undefined,
        prev: undefined,
      },
    ],
  ]);
  for (const options of dayOptions) {
    const next = new Map<string, StateNode[]>();
    for (const state of states.values()) {
      for (const option of options.length ? options : [empty]) {
        const counts = addMask(state.counts, option.perWeekMask, limits);
        if (!counts) continue;
        const work = Math.min(workDemand, state.work + option.workMinutes);
        const tiers = state.tiers.map((t, i) => t + (option.tiers[i] ?? 0));
        tiers[1] = work;
        const penalty = state.penalty + option.penalty + (state.work + option.workMinutes > workDemand ? 1 : 0);
        insertUndominated(next, counts.join(','), { counts, work, tiers, penalty, option, prev: state });
      }
    }
    let all = [...next.values()].flat();
    if (all.length > MAX_STATES) all = keepBest(all);
    states = new Map(all.map((s, i) => [String(i), s]));
  }
  let best: StateNode | undefined;
  for (const s of states.values()) {
    if (!best || isBetter(s.tiers, s.penalty, best.tiers, best.penalty)) best = s;
  }
  const chosen: DayOption[] = [];
  for (let node = best; node?.option; node = node.prev) chosen.unshift(node.option);
  return chosen;
}

function addMask(counts: number[], mask: number, limits: number[]): number[] | undefined {
  if (mask === 0) return counts;
  const out = [...counts];
  for (let i = 0; i < limits.length; i++) {
    if (mask & (1 << i)) {
      out[i]! += 1;
      if (out[i]! > limits[i]!) return undefined;
    }
  }
  return out;
}

function keepBest(states: StateNode[]): StateNode[] {
  return [...states].sort((a, b) => (isBetter(a.tiers, a.penalty, b.tiers, b.penalty) ? -1 : 1)).slice(0, MAX_STATES);
}

/**
 * With the same counts, state `a` makes `b` useless when whatever the remaining days add, `a` ends
 * at least as good: more flexible IOP, or equal IOP with at least as much work and a rest at
 * least as good (work is capped, so more work never hurts).
 */
function dominates(a: StateNode, b: StateNode): boolean {
  if (a.tiers[0]! !== b.tiers[0]!) return a.tiers[0]! > b.tiers[0]!;
  if (a.work < b.work) return false;
  const rest = (s: StateNode) => [s.tiers[2]!, s.tiers[3]!, s.tiers[4]!, s.tiers[5]!];
  return !isBetter(rest(b), b.penalty, rest(a), a.penalty);
}

function insertUndominated(map: Map<string, StateNode[]>, key: string, node: StateNode): void {
  const list = map.get(key) ?? [];
  if (list.some((s) => dominates(s, node))) return;
  map.set(key, [...list.filter((s) => !dominates(node, s)), node]);
}
