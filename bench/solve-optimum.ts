import type { Highs } from 'highs';
import type { FlexOption, FlexProblem } from './flex-problem.js';
import { buildMilp, writeTierLp } from './milp-model.js';

export interface Optimum {
  /** Optimal placed minutes per tier, lexicographically. */
  tiers: number[];
  /** One schedule reaching them (after the last tier's solve). */
  placed: { option: FlexOption; start: number }[];
  milliseconds: number;
  solves: number;
}

// Gaps of zero: the optimum must be proved, not approximated.
const OPTIONS = { output_flag: false, mip_rel_gap: 0, mip_abs_gap: 0, time_limit: 120 } as const;

/** Solves the six tiers in order, each with the earlier tiers held at their optimum. */
export function solveOptimum(highs: Highs, problem: FlexProblem): Optimum {
  const started = performance.now();
  const model = buildMilp(problem);
  const tiers = [0, 0, 0, 0, 0, 0];
  let placed: Optimum['placed'] = [];
  let solves = 0;
  for (let t = 0; t < 6; t++) {
    if (model.tierTerms[t]!.length === 0) continue;
    const result = highs.solve(writeTierLp(model, t, tiers), OPTIONS);
    solves++;
    if (result.Status !== 'Optimal') throw new Error(`HiGHS: tier ${t + 1} ended with status ${result.Status}`);
    tiers[t] = Math.round(result.ObjectiveValue);
    const cols = result.Columns as Record<string, { Primal: number }>;
    placed = model.options
      .map((option, i) => ({
        option,
        start: Math.round(cols[`s${i}`]?.Primal ?? 0),
        on: (cols[`x${i}`]?.Primal ?? 0) > 0.5,
      }))
      .filter((p) => p.on)
      .map(({ option, start }) => ({ option, start }));
  }
  return { tiers, placed, milliseconds: performance.now() - started, solves };
}
