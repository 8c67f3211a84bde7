import { type FlexProblem, fixedCommittedByWakingDay } from './flex-problem.js';
import type { MilpModel } from './milp-model.js';
import { startSegments } from './start-segments.js';

/** The grid of a time-indexed model: every datum of the generated weeks is a multiple of it. */
export const GRID_MINUTES = 5;

/**
 * True when every time, length and gap of the week is a multiple of the grid. The constraints
 * are then differences of starts bounded by multiples of the grid, so if any schedule exists,
 * one with every start on the grid exists too (shortest-path distances are sums of the data):
 * the time-indexed model loses nothing. Moved work (variable lengths) stays with the other model.
 */
export function fitsGrid(problem: FlexProblem): boolean {
  const on = (x: number) => Number.isFinite(x) && x % GRID_MINUTES === 0;
  return (
    problem.moved === undefined &&
    on(problem.transitionMinutes) &&
    problem.options.every((o) => on(o.earliest) && on(o.latest) && on(o.minutes) && on(o.commute)) &&
    problem.obstacles.every((o) => on(o.start) && on(o.end))
  );
}

/**
 * The same problem as `buildMilp`, time-indexed: `p{i}_{k}` places option i at its k-th grid
 * start. A block of one owner with its travel and (for `me`) the transition after it covers
 * `[s − c, s + m + c + gap)`; two blocks keep their distances exactly when these footprints do
 * not overlap, which is one row per grid minute and owner (a clique): a much tighter relaxation
 * than pairwise order disjunctions, so weeks with many items a day solve fast.
 */
export function buildTimeIndexedMilp(problem: FlexProblem): MilpModel {
  const T = problem.transitionMinutes;
  const all = problem.options.map((o) =>
    startSegments(o, problem.obstacles, T).flatMap((seg) => {
      const out: number[] = [];
      for (let t = Math.ceil(seg.lo / GRID_MINUTES) * GRID_MINUTES; t <= seg.hi; t += GRID_MINUTES) out.push(t);
      return out;
    }),
  );
  const keep = all.map((s) => s.length > 0);
  const options = problem.options.filter((_, i) => keep[i]);
  const starts = all.filter((_, i) => keep[i]);
  const rows: string[] = [];
  const binaries: string[] = [];
  const tierTerms: string[][] = [[], [], [], [], [], []];
  let r = 0;
  const row = (vars: [number, string][], sense: string, rhs: number) => {
    if (vars.length === 0) return;
    rows.push(` r${r++}: ${vars.map(([c, v], i) => `${i === 0 ? '' : '+ '}${c} ${v}`).join(' ')} ${sense} ${rhs}`);
  };
  const placed = (i: number): [number, string][] => starts[i]!.map((_, k) => [1, `p${i}_${k}`]);
  options.forEach((o, i) => {
    starts[i]!.forEach((_, k) => {
      binaries.push(`p${i}_${k}`);
      tierTerms[o.tier]!.push(`${o.minutes} p${i}_${k}`);
    });
  });

  // One placement per option and per (item, day); at most perWeek per item.
  const byItemDay = new Map<string, number[]>();
  const byItem = new Map<string, number[]>();
  options.forEach((o, i) => {
    const key = `${o.item}\\u0000${o.day}`;
    byItemDay.set(key, [...(byItemDay.get(key) ?? []), i]);
    byItem.set(o.item, [...(byItem.get(o.item) ?? []), i]);
  });
  for (const list of byItemDay.values()) {
    const vars = list.flatMap(placed);
    if (vars.length > 1) row(vars, '<=', 1);
  }
  for (const limit of problem.limits) {
    const list = byItem.get(limit.item) ?? [];
    const days = new Set(list.map((i) => options[i]!.day)).size;
    if (Number.isFinite(limit.perWeek) && limit.perWeek < days) row(list.flatMap(placed), '<=', limit.perWeek);
  }

  // Footprints of one owner never overlap: one row per grid minute where two or more may lie.
  const byOwner = new Map<string, Map<number, string[]>>();
  options.forEach((o, i) => {
    const gap = o.owner === 'me' ? T : 0;
    const cover = byOwner.get(o.owner) ?? new Map<number, string[]>();
    byOwner.set(o.owner, cover);
    starts[i]!.forEach((t, k) => {
      for (let m = t - o.commute; m < t + o.minutes + o.commute + gap; m += GRID_MINUTES)
        cover.set(m, [...(cover.get(m) ?? []), `p${i}_${k}`]);
    });
  });
  for (const cover of byOwner.values()) {
    let previous = '';
    for (const m of [...cover.keys()].sort((a, b) => a - b)) {
      const vars = cover.get(m)!;
      const key = vars.join(' ');
      // A row equal to the one before it adds nothing.
      if (vars.length > 1 && key !== previous)
        row(
          vars.map((v) => [1, v]),
          '<=',
          1,
        );
      previous = key;
    }
  }

  // Rule 7 (r2) per waking day, high habits exempt; and the day's load for the balance.
  const fixed = fixedCommittedByWakingDay(problem);
  const dayLoad = problem.wakingDays.map((_, w) => ({
    fixed: fixed[w]!,
    terms: [] as [number, string][],
    most: fixed[w]!,
  }));
  problem.wakingDays.forEach((_, w) => {
    const mine = options.map((o, i) => [o, i] as const).filter(([o]) => o.owner === 'me' && o.wakingDay === w);
    for (const [o, i] of mine) {
      for (const [, v] of placed(i)) dayLoad[w]!.terms.push([o.minutes + 2 * o.commute, v]);
      dayLoad[w]!.most += o.minutes + 2 * o.commute;
    }
    const counted = mine.filter(([o]) => !o.capExempt);
    if (counted.length === 0) return;
    const load = counted.flatMap(([o, i]) =>
      placed(i).map(([, v]) => [o.minutes + 2 * o.commute, v] as [number, string]),
    );
    const big = fixed[w]! + counted.reduce((s, [o]) => s + o.minutes + 2 * o.commute, 0);
    if (big <= problem.capMinutes) return;
    const y = `y${w}`;
    binaries.push(y);
    // Any counted block brings the cap into force: Σ placements ≤ (number of options)·y.
    row([...counted.flatMap(([, i]) => placed(i)), [-counted.length, y]], '<=', 0);
    row([...load, [big, y]], '<=', problem.capMinutes - fixed[w]! + big);
  });

  return {
    options,
    segments: starts.map((s) => [{ lo: s[0]!, hi: s.at(-1)! }]),
    rows: rows.map((x) => x.replace(/\+ -(\d)/g, '- $1')),
    bounds: [],
    binaries,
    generals: [],
    tierTerms,
    dayLoad,
    moved: [],
    starts,
  };
}
