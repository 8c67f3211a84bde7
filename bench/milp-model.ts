import { type FlexOption, type FlexProblem, fixedCommittedByDay } from './flex-problem.js';
import { type Segment, startSegments } from './start-segments.js';

/**
 * An exact MILP for DESIGN §3's flexible placements, written as CPLEX LP text for HiGHS.
 *
 * Variables: `x_i` (option i placed, binary), `s_i` (its start, minutes), `g_i_k` (start lies in
 * free segment k, binary), `w_i_j` (i before j, binary) and `y_d` (a flexible block of `me` on
 * day d, binary). Obstacles are handled exactly by the free segments; pairs of options of one
 * owner by a disjunction. Starts are continuous: with the binaries fixed the rest is a system of
 * difference constraints with whole-minute data, so a whole-minute solution exists whenever any
 * solution does.
 */
export interface MilpModel {
  options: FlexOption[];
  segments: Segment[][];
  /** Constraint rows shared by every tier's solve. */
  rows: string[];
  bounds: string[];
  binaries: string[];
  /** Placed-minutes terms of each tier, e.g. `60 x3`. */
  tierTerms: string[][];
}

const linear = (terms: [number, string][]): string =>
  terms
    .filter(([c]) => c !== 0)
    .map(([c, v], i) => `${c < 0 ? '- ' : i === 0 ? '' : '+ '}${Math.abs(c)} ${v}`)
    .join(' ');

/** The gap two flexible blocks of one owner keep: `transitionMinutes` for `me` (rule 6), none for others. */
function pairGap(problem: FlexProblem, owner: string): number {
  return owner === 'me' ? problem.transitionMinutes : 0;
}

export function buildMilp(problem: FlexProblem): MilpModel {
  const segmentsAll = problem.options.map((o) => startSegments(o, problem.obstacles, problem.transitionMinutes));
  const keep = problem.options.map((_, i) => (segmentsAll[i]?.length ?? 0) > 0);
  const options = problem.options.filter((_, i) => keep[i]);
  const segments = segmentsAll.filter((_, i) => keep[i]);
  const rows: string[] = [];
  const bounds: string[] = [];
  const binaries: string[] = [];
  const tierTerms: string[][] = [[], [], [], [], [], []];
  let r = 0;
  const row = (terms: [number, string][], sense: '<=' | '>=' | '=', rhs: number) => {
    const body = linear(terms);
    if (body) rows.push(` r${r++}: ${body} ${sense} ${rhs}`);
  };

  options.forEach((o, i) => {
    const segs = segments[i]!;
    const lo = segs[0]!.lo;
    const hi = segs[segs.length - 1]!.hi;
    binaries.push(`x${i}`);
    bounds.push(` ${lo} <= s${i} <= ${hi}`);
    tierTerms[o.tier]!.push(`${o.minutes} x${i}`);
    if (segs.length === 1) return;
    const pick: [number, string][] = segs.map((_, k) => [1, `g${i}_${k}`]);
    row([...pick, [-1, `x${i}`]], '=', 0);
    segs.forEach((seg, k) => {
      binaries.push(`g${i}_${k}`);
      // s ≥ lo + (seg.lo − lo)·g and s ≤ hi − (hi − seg.hi)·g.
      row(
        [
          [1, `s${i}`],
          [-(seg.lo - lo), `g${i}_${k}`],
        ],
        '>=',
        lo,
      );
      row(
        [
          [1, `s${i}`],
          [hi - seg.hi, `g${i}_${k}`],
        ],
        '<=',
        hi,
      );
    });
  });

  // Occurrence limits: one per (item, day); at most perWeek per item.
  const byItemDay = new Map<string, number[]>();
  const byItem = new Map<string, number[]>();
  options.forEach((o, i) => {
    const k = `${o.item}\u0000${o.day}`;
    byItemDay.set(k, [...(byItemDay.get(k) ?? []), i]);
    byItem.set(o.item, [...(byItem.get(o.item) ?? []), i]);
  });
  for (const list of byItemDay.values())
    if (list.length > 1)
      row(
        list.map((i) => [1, `x${i}`]),
        '<=',
        1,
      );
  for (const limit of problem.limits) {
    const list = byItem.get(limit.item) ?? [];
    const days = new Set(list.map((i) => options[i]!.day)).size;
    if (Number.isFinite(limit.perWeek) && limit.perWeek < days)
      row(
        list.map((i) => [1, `x${i}`]),
        '<=',
        limit.perWeek,
      );
  }

  // Pairs of one owner: apart by their commutes plus the gap, in one order or the other.
  for (let i = 0; i < options.length; i++) {
    for (let j = i + 1; j < options.length; j++) {
      const a = options[i]!;
      const b = options[j]!;
      if (a.owner !== b.owner) continue;
      if (a.item === b.item && a.day === b.day) continue; // already exclusive
      const g = pairGap(problem, a.owner);
      const [aLo, aHi] = [segments[i]![0]!.lo, segments[i]!.at(-1)!.hi];
      const [bLo, bHi] = [segments[j]![0]!.lo, segments[j]!.at(-1)!.hi];
      const k1 = a.minutes + a.commute + g + b.commute; // a before b: s_a + k1 ≤ s_b
      const k2 = b.minutes + b.commute + g + a.commute; // b before a: s_b + k2 ≤ s_a
      if (aHi + k1 <= bLo || bHi + k2 <= aLo) continue; // always apart
      const canAB = aLo + k1 <= bHi;
      const canBA = bLo + k2 <= aHi;
      if (!canAB && !canBA) {
        row(
          [
            [1, `x${i}`],
            [1, `x${j}`],
          ],
          '<=',
          1,
        );
        continue;
      }
      const w = `w${i}_${j}`;
      binaries.push(w);
      const m1 = aHi + k1 - bLo;
      const m2 = bHi + k2 - aLo;
      // w = 1: a before b.  s_a − s_b + k1 ≤ m1 (3 − w − x_a − x_b)
      row(
        [
          [1, `s${i}`],
          [-1, `s${j}`],
          [m1, w],
          [m1, `x${i}`],
          [m1, `x${j}`],
        ],
        '<=',
        3 * m1 - k1,
      );
      // w = 0: b before a.  s_b − s_a + k2 ≤ m2 (2 + w − x_a − x_b)
      row(
        [
          [1, `s${j}`],
          [-1, `s${i}`],
          [-m2, w],
          [m2, `x${i}`],
          [m2, `x${j}`],
        ],
        '<=',
        2 * m2 - k2,
      );
    }
  }

  // Daily cap: a day with a flexible block of me keeps me's non-sleep minutes within the cap.
  const fixed = fixedCommittedByDay(problem);
  problem.days.forEach((_, d) => {
    const mine = options.map((o, i) => [o, i] as const).filter(([o]) => o.owner === 'me' && o.day === d);
    if (mine.length === 0) return;
    const y = `y${d}`;
    binaries.push(y);
    for (const [, i] of mine)
      row(
        [
          [1, `x${i}`],
          [-1, y],
        ],
        '<=',
        0,
      );
    const load: [number, string][] = mine.map(([o, i]) => [o.minutes + 2 * o.commute, `x${i}`]);
    const big = fixed[d]! + load.reduce((s, [c]) => s + c, 0);
    if (big <= problem.capMinutes) return;
    // fixed + Σ load·x ≤ cap + big·(1 − y)
    row([...load, [big, y]], '<=', problem.capMinutes - fixed[d]! + big);
  });

  return { options, segments, rows, bounds, binaries, tierTerms };
}

/** The LP text that maximises `tier` while every earlier tier keeps at least `floors[t]`. */
export function writeTierLp(model: MilpModel, tier: number, floors: number[]): string {
  const terms = (t: number) => model.tierTerms[t]!.join(' + ');
  const floorRows = floors
    .map((f, t) => (f > 0 && model.tierTerms[t]!.length > 0 ? ` floor${t}: ${terms(t)} >= ${f}` : ''))
    .filter(Boolean);
  return [
    'Maximize',
    ` obj: ${terms(tier)}`,
    'Subject To',
    ...model.rows,
    ...floorRows,
    ...(model.rows.length + floorRows.length === 0 ? [' dummy: x0 <= 1'] : []),
    'Bounds',
    ...model.bounds,
    'Binaries',
    ...model.binaries.map((b) => ` ${b}`),
    'End',
  ].join('\n');
}
