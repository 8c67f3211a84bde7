import type { Highs } from 'highs';
import type { FlexOption, FlexProblem } from './flex-problem.js';
import { buildMilp, firstCuts, type MilpModel, splitMilp, writeBalanceLp, writeTierLp } from './milp-model.js';
import { buildTimeIndexedMilp, fitsGrid } from './time-indexed-model.js';

/** A block of moved work in the solver's schedule: `[start, start + minutes)` with `commute` each side (standalone) or joined to a shift run. */
export interface MovedBlock {
  kind: 'standalone' | 'before' | 'after';
  start: number;
  minutes: number;
  commute: number;
  wakingDay: number;
}

export interface Optimum {
  /** Optimal placed minutes per tier, lexicographically. */
  tiers: number[];
  /** One schedule reaching them: after the balance stage when it ran, else the last tier's solve. */
  placed: { option: FlexOption; start: number }[];
  moved: MovedBlock[];
  /** The schedule's true Σ over waking days of committed minutes squared, in hours² (r2 balance). */
  balance: number;
  /** Whether the balance stage proved its (piecewise-linear) optimum. */
  balanceProved: boolean;
  milliseconds: number;
  solves: number;
}

// Gaps of zero: the optimum must be proved, not approximated.
const OPTIONS = {
  output_flag: false,
  mip_rel_gap: 0,
  mip_abs_gap: 0,
  time_limit: 120,
} as const;
// The balance stage compares the plan with the solver's schedule, whatever its gap: a schedule
// short of the optimum only makes the comparison easier for the allocator, never wrong.
const BALANCE_OPTIONS = { output_flag: false, mip_rel_gap: 0, mip_abs_gap: 0, time_limit: 60 } as const;

type Columns = Record<string, { Primal: number }>;

/**
 * Solves the six tiers in order, each with the earlier tiers held at their optimum, then the
 * balance stage — independent parts of the week separately (their optima add up).
 */
export function solveOptimum(
  highs: Highs,
  problem: FlexProblem,
  options: {
    balance?: boolean /** Force the pairwise model (to compare the two formulations). */;
    pairwise?: boolean;
  } = {},
): Optimum {
  const started = performance.now();
  const model = fitsGrid(problem) && !options.pairwise ? buildTimeIndexedMilp(problem) : buildMilp(problem);
  const tiers = [0, 0, 0, 0, 0, 0];
  const cols: Columns = {};
  let solves = 0;
  let balanceProved = true;
  for (const part of splitMilp(model)) {
    const own = [0, 0, 0, 0, 0, 0];
    let partCols: Columns = {};
    for (let t = 0; t < 6; t++) {
      if (part.tierTerms[t]!.length === 0) continue;
      const result = highs.solve(writeTierLp(part, t, own), OPTIONS);
      solves++;
      if (result.Status !== 'Optimal') throw new Error(`HiGHS: tier ${t + 1} ended with status ${result.Status}`);
      own[t] = Math.round(result.ObjectiveValue);
      partCols = result.Columns as Columns;
    }
    if (options.balance !== false && part.dayLoad.some((d) => d.terms.length > 0)) {
      // Kelley's cutting planes: solve, add the tangent at each day's load where the model's
      // square is below the true one, until none is.
      const cuts = firstCuts(part);
      for (let round = 0; ; round++) {
        const result = highs.solve(writeBalanceLp(part, own, cuts), BALANCE_OPTIONS);
        solves++;
        const c = result.Columns as Columns;
        if (result.Status !== 'Optimal') {
          if (hasSolution(c)) partCols = c;
          balanceProved = false;
          break;
        }
        partCols = c;
        let added = 0;
        part.dayLoad.forEach((d, w) => {
          if (d.terms.length === 0) return;
          const load = Math.round(c[`c${w}`]?.Primal ?? d.fixed);
          if ((c[`t${w}`]?.Primal ?? 0) < load * load - 0.5 && !cuts[w]!.includes(load)) {
            cuts[w]!.push(load);
            added++;
          }
        });
        if (added === 0) break;
        if (round >= 60) {
          balanceProved = false;
          break;
        }
      }
    }
    own.forEach((v, t) => {
      tiers[t]! += v;
    });
    Object.assign(cols, partCols);
  }
  const schedule = readSchedule(model, cols);
  return {
    tiers,
    ...schedule,
    balance: balanceOfSchedule(model, schedule),
    balanceProved,
    milliseconds: performance.now() - started,
    solves,
  };
}

const hasSolution = (cols: Columns) => Object.values(cols).some((c) => Number.isFinite(c.Primal));

function readSchedule(model: MilpModel, cols: Columns): Pick<Optimum, 'placed' | 'moved'> {
  const value = (v: string) => cols[v]?.Primal ?? 0;
  const placed = model.starts
    ? model.options.flatMap((option, i) =>
        model.starts![i]!.flatMap((start, k) => (value(`p${i}_${k}`) > 0.5 ? [{ option, start }] : [])),
      )
    : model.options
        .map((option, i) => ({ option, start: Math.round(value(`s${i}`)), on: value(`x${i}`) > 0.5 }))
        .filter((p) => p.on)
        .map(({ option, start }) => ({ option, start }));
  const moved = model.moved
    .filter((m) => value(m.on) > 0.5)
    .map((m) => {
      const minutes = Math.round(value(m.length));
      const start =
        typeof m.start === 'string' ? Math.round(value(m.start)) : m.kind === 'after' ? m.start : m.start - minutes;
      return { kind: m.kind, start, minutes, commute: m.commute, wakingDay: m.wakingDay };
    });
  return { placed, moved };
}

/** The true Σ (committed minutes)² over waking days of a schedule, in hours². */
function balanceOfSchedule(model: MilpModel, schedule: Pick<Optimum, 'placed' | 'moved'>): number {
  const load = model.dayLoad.map((d) => d.fixed);
  for (const { option } of schedule.placed)
    if (option.owner === 'me' && option.wakingDay >= 0) load[option.wakingDay]! += option.minutes + 2 * option.commute;
  for (const m of schedule.moved) load[m.wakingDay]! += m.minutes + (m.kind === 'standalone' ? 2 * m.commute : 0);
  return load.reduce((sum, c) => sum + c * c, 0) / 3600;
}
