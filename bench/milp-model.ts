import { type FlexOption, type FlexProblem, fixedCommittedByWakingDay } from './flex-problem.js';
import { type Segment, startSegments } from './start-segments.js';

/**
 * An exact MILP for DESIGN §3's flexible placements (revision 2), written as CPLEX LP text for HiGHS.
 *
 * Variables: `x_i` (option i placed, binary), `s_i` (its start, minutes), `g_i_k` (start lies in
 * free segment k, binary), `w_i_j` (i before j, binary), `y_w` (waking day w holds a flexible
 * block of `me` that the cap applies to, binary); moved work: `zs_d_k`/`ms_d_k`/`ls_d_k` (a block
 * of its own in free stretch k of day d: placed, start, length) and `zj_d_k`/`lj_d_k` (joined to a
 * run of shift work: placed, length). Obstacles are handled exactly by the free segments; pairs of
 * options of one owner by a disjunction. Starts are continuous: with the binaries and the integer
 * lengths fixed the rest is a system of difference constraints with whole-minute data, so a
 * whole-minute solution exists whenever any solution does.
 */
export interface MilpModel {
  options: FlexOption[];
  segments: Segment[][];
  /** Constraint rows shared by every solve. */
  rows: string[];
  bounds: string[];
  binaries: string[];
  generals: string[];
  /** Placed-minutes terms of each tier, e.g. `60 x3`. */
  tierTerms: string[][];
  /** Committed minutes of each waking day of `me`: the fixed part and the terms of the choices. */
  dayLoad: { fixed: number; terms: [number, string][]; most: number }[];
  /** Moved work: the variables of each block (for reading a solution back). */
  moved: MovedVar[];
  /** Time-indexed models: the start of each placement variable `p{i}_{k}` of option i. */
  starts?: number[][];
}

export interface MovedVar {
  day: number;
  kind: 'standalone' | 'before' | 'after';
  on: string;
  length: string;
  /** The start variable (standalone) or the fixed edge the block joins (joined). */
  start: string | number;
  commute: number;
  wakingDay: number;
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

/** A placed thing with a start variable, for the pairwise disjunctions: a flexible option or a block of moved work. */
interface Placeable {
  owner: string;
  on: string;
  start: string;
  lo: number;
  hi: number;
  /** Fixed minutes, and the length variable when it is not fixed. */
  minutes: number;
  length?: { name: string; most: number };
  commute: number;
}

export function buildMilp(problem: FlexProblem): MilpModel {
  const segmentsAll = problem.options.map((o) => startSegments(o, problem.obstacles, problem.transitionMinutes));
  const keep = problem.options.map((_, i) => (segmentsAll[i]?.length ?? 0) > 0);
  const options = problem.options.filter((_, i) => keep[i]);
  const segments = segmentsAll.filter((_, i) => keep[i]);
  const rows: string[] = [];
  const bounds: string[] = [];
  const binaries: string[] = [];
  const generals: string[] = [];
  const tierTerms: string[][] = [[], [], [], [], [], []];
  const T = problem.transitionMinutes;
  let r = 0;
  const row = (terms: [number, string][], sense: '<=' | '>=' | '=', rhs: number) => {
    const body = linear(terms);
    if (body) rows.push(` r${r++}: ${body} ${sense} ${rhs}`);
  };
  /** The binary that says option i's start lies in segment k. */
  const inSegment = (i: number, k: number) => (segments[i]!.length === 1 ? `x${i}` : `g${i}_${k}`);

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

  // Moved work (tier 2): per day at most one block, in all at most the displaced minutes.
  const moved: MovedVar[] = [];
  const placeables: Placeable[] = options.map((o, i) => ({
    owner: o.owner,
    on: `x${i}`,
    start: `s${i}`,
    lo: segments[i]![0]!.lo,
    hi: segments[i]!.at(-1)!.hi,
    minutes: o.minutes,
    commute: o.commute,
  }));
  const movedLoad: { wakingDay: number; terms: [number, string][]; on: string; most: number }[] = [];
  for (const d of problem.moved?.days ?? []) {
    const onThisDay: string[] = [];
    d.standalone.forEach((f, k) => {
      const id = `${d.day}_${k}`;
      const lo = Math.max(f.start + d.commute, d.earliest);
      const end = Math.min(f.end - d.commute, d.latest);
      const most = Math.min(end - lo, problem.moved!.demand);
      if (most < d.minBlock) return;
      binaries.push(`zs${id}`);
      generals.push(`ls${id}`);
      bounds.push(` ${lo} <= ms${id} <= ${end - d.minBlock}`, ` 0 <= ls${id} <= ${most}`);
      row(
        [
          [1, `ls${id}`],
          [-d.minBlock, `zs${id}`],
        ],
        '>=',
        0,
      );
      row(
        [
          [1, `ls${id}`],
          [-most, `zs${id}`],
        ],
        '<=',
        0,
      );
      row(
        [
          [1, `ms${id}`],
          [1, `ls${id}`],
        ],
        '<=',
        end,
      );
      onThisDay.push(`zs${id}`);
      tierTerms[1]!.push(`1 ls${id}`);
      moved.push({
        day: d.day,
        kind: 'standalone',
        on: `zs${id}`,
        length: `ls${id}`,
        start: `ms${id}`,
        commute: d.commute,
        wakingDay: f.wakingDay,
      });
      placeables.push({
        owner: 'me',
        on: `zs${id}`,
        start: `ms${id}`,
        lo,
        hi: end - d.minBlock,
        minutes: 0,
        length: { name: `ls${id}`, most },
        commute: d.commute,
      });
      movedLoad.push({
        wakingDay: f.wakingDay,
        terms: [
          [1, `ls${id}`],
          [2 * d.commute, `zs${id}`],
        ],
        on: `zs${id}`,
        most: most + 2 * d.commute,
      });
    });
    d.joins.forEach((j, k) => {
      const id = `${d.day}_${k}`;
      binaries.push(`zj${id}`);
      generals.push(`lj${id}`);
      bounds.push(` 0 <= lj${id} <= ${j.maxMinutes}`);
      row(
        [
          [1, `lj${id}`],
          [-1, `zj${id}`],
        ],
        '>=',
        0,
      );
      row(
        [
          [1, `lj${id}`],
          [-j.maxMinutes, `zj${id}`],
        ],
        '<=',
        0,
      );
      onThisDay.push(`zj${id}`);
      tierTerms[1]!.push(`1 lj${id}`);
      moved.push({
        day: d.day,
        kind: j.side,
        on: `zj${id}`,
        length: `lj${id}`,
        start: j.at,
        commute: j.commute,
        wakingDay: j.wakingDay,
      });
      movedLoad.push({ wakingDay: j.wakingDay, terms: [[1, `lj${id}`]], on: `zj${id}`, most: j.maxMinutes });
      // Flexible blocks of me on the far side of the run's edge keep the transition from the joined block and its travel.
      options.forEach((o, i) => {
        if (o.owner !== 'me') return;
        segments[i]!.forEach((seg, s) => {
          const sel = inSegment(i, s);
          if (j.side === 'after' && seg.lo >= j.at) {
            // s_i − c_i ≥ at + len + commute + T
            const need = j.at + j.commute + T + o.commute;
            const big = need + j.maxMinutes - seg.lo;
            if (big > 0)
              row(
                [
                  [1, `s${i}`],
                  [-1, `lj${id}`],
                  [-big, sel],
                  [-big, `zj${id}`],
                ],
                '>=',
                need - 2 * big,
              );
          }
          if (j.side === 'before' && seg.hi + o.minutes + o.commute <= j.at) {
            // s_i + m_i + c_i + T ≤ at − commute − len
            const need = j.at - j.commute - T - o.minutes - o.commute;
            const big = seg.hi + j.maxMinutes - need;
            if (big > 0)
              row(
                [
                  [1, `s${i}`],
                  [1, `lj${id}`],
                  [big, sel],
                  [big, `zj${id}`],
                ],
                '<=',
                need + 2 * big,
              );
          }
        });
      });
    });
    if (onThisDay.length > 1)
      row(
        onThisDay.map((v) => [1, v]),
        '<=',
        1,
      );
  }
  if (problem.moved && tierTerms[1]!.length > 0)
    row(
      tierTerms[1]!.map((t) => [1, t.split(' ')[1]!]),
      '<=',
      problem.moved.demand,
    );

  // Pairs of one owner: apart by their commutes plus the gap, in one order or the other.
  for (let i = 0; i < placeables.length; i++) {
    for (let j = i + 1; j < placeables.length; j++) {
      const a = placeables[i]!;
      const b = placeables[j]!;
      if (a.owner !== b.owner) continue;
      if (i < options.length && j < options.length) {
        const oa = options[i]!;
        const ob = options[j]!;
        if (oa.item === ob.item && oa.day === ob.day) continue; // already exclusive
      }
      const g = pairGap(problem, a.owner);
      const k1 = a.minutes + a.commute + g + b.commute; // a before b: s_a + len_a + k1 ≤ s_b
      const k2 = b.minutes + b.commute + g + a.commute; // b before a
      const k1Most = k1 + (a.length?.most ?? 0);
      const k2Most = k2 + (b.length?.most ?? 0);
      if (a.hi + k1Most <= b.lo || b.hi + k2Most <= a.lo) continue; // always apart
      const minLen = (p: Placeable) => p.minutes + (p.length ? 1 : 0);
      const canAB = a.lo + k1 - a.minutes + minLen(a) <= b.hi;
      const canBA = b.lo + k2 - b.minutes + minLen(b) <= a.hi;
      if (!canAB && !canBA) {
        row(
          [
            [1, a.on],
            [1, b.on],
          ],
          '<=',
          1,
        );
        continue;
      }
      const w = `w${i}_${j}`;
      binaries.push(w);
      const m1 = a.hi + k1Most - b.lo;
      const m2 = b.hi + k2Most - a.lo;
      // w = 1: a before b.  s_a + len_a − s_b + k1 ≤ m1 (3 − w − on_a − on_b)
      row(
        [
          [1, a.start],
          ...(a.length ? ([[1, a.length.name]] as [number, string][]) : []),
          [-1, b.start],
          [m1, w],
          [m1, a.on],
          [m1, b.on],
        ],
        '<=',
        3 * m1 - k1,
      );
      // w = 0: b before a.  s_b + len_b − s_a + k2 ≤ m2 (2 + w − on_a − on_b)
      row(
        [
          [1, b.start],
          ...(b.length ? ([[1, b.length.name]] as [number, string][]) : []),
          [-1, a.start],
          [-m2, w],
          [m2, a.on],
          [m2, b.on],
        ],
        '<=',
        2 * m2 - k2,
      );
    }
  }

  // Rule 7 (r2): a waking day with a flexible block of me (high habits aside) keeps me's
  // non-sleep minutes, high habits and their travel aside, within the cap.
  const fixed = fixedCommittedByWakingDay(problem);
  const dayLoad = problem.wakingDays.map((_, w) => ({
    fixed: fixed[w]!,
    terms: [] as [number, string][],
    most: fixed[w]!,
  }));
  problem.wakingDays.forEach((_, w) => {
    const mine = options.map((o, i) => [o, i] as const).filter(([o]) => o.owner === 'me' && o.wakingDay === w);
    const work = movedLoad.filter((m) => m.wakingDay === w);
    for (const [o, i] of mine) {
      dayLoad[w]!.terms.push([o.minutes + 2 * o.commute, `x${i}`]);
      dayLoad[w]!.most += o.minutes + 2 * o.commute;
    }
    for (const m of work) {
      dayLoad[w]!.terms.push(...m.terms);
      dayLoad[w]!.most += m.most;
    }
    const counted = mine.filter(([o]) => !o.capExempt);
    if (counted.length === 0 && work.length === 0) return;
    const y = `y${w}`;
    binaries.push(y);
    for (const on of [...counted.map(([, i]) => `x${i}`), ...work.map((m) => m.on)])
      row(
        [
          [1, on],
          [-1, y],
        ],
        '<=',
        0,
      );
    const load: [number, string][] = [
      ...counted.map(([o, i]) => [o.minutes + 2 * o.commute, `x${i}`] as [number, string]),
      ...work.flatMap((m) => m.terms),
    ];
    const big =
      fixed[w]! + counted.reduce((s, [o]) => s + o.minutes + 2 * o.commute, 0) + work.reduce((s, m) => s + m.most, 0);
    if (big <= problem.capMinutes) return;
    // fixed + Σ load ≤ cap + big·(1 − y)
    row([...load, [big, y]], '<=', problem.capMinutes - fixed[w]! + big);
  });

  return { options, segments, rows, bounds, binaries, generals, tierTerms, dayLoad, moved };
}

const tail = (model: MilpModel, extraRows: string[], extraBounds: string[] = []) => [
  'Subject To',
  ...model.rows,
  ...extraRows,
  ...(model.rows.length + extraRows.length === 0 ? [' dummy: unused0 <= 1'] : []),
  'Bounds',
  ...model.bounds,
  ...extraBounds,
  ...(model.binaries.length ? ['Binaries', ...model.binaries.map((b) => ` ${b}`)] : []),
  ...(model.generals.length ? ['Generals', ...model.generals.map((b) => ` ${b}`)] : []),
  'End',
];

const floorRows = (model: MilpModel, floors: number[]) =>
  floors
    .map((f, t) =>
      f > 0 && model.tierTerms[t]!.length > 0 ? ` floor${t}: ${model.tierTerms[t]!.join(' + ')} >= ${f}` : '',
    )
    .filter(Boolean);

/** The LP text that maximises `tier` while every earlier tier keeps at least `floors[t]`. */
export function writeTierLp(model: MilpModel, tier: number, floors: number[]): string {
  return ['Maximize', ` obj: ${model.tierTerms[tier]!.join(' + ')}`, ...tail(model, floorRows(model, floors))].join(
    '\n',
  );
}

/**
 * The balance stage (r2): with every tier held at its optimum, minimise Σ over waking days of
 * t_w ≥ (committed minutes c_w)², the square given by tangent lines at the points in `cuts`
 * (t ≥ 2a·c − a², exact at c = a). The caller adds a tangent at each day's value until every t_w
 * equals c_w²: committed minutes are whole numbers, so that ends, at the true optimum.
 */
export function writeBalanceLp(model: MilpModel, floors: number[], cuts: number[][]): string {
  const rows: string[] = [];
  const bounds: string[] = [];
  const objective: string[] = [];
  model.dayLoad.forEach((d, w) => {
    if (d.terms.length === 0) return;
    rows.push(
      ` load${w}: ${linear([[1, `c${w}`], ...d.terms.map(([k, v]) => [-k, v] as [number, string])])} = ${d.fixed}`,
    );
    bounds.push(` ${d.fixed} <= c${w} <= ${d.most}`, ` t${w} >= 0`);
    objective.push(`t${w}`);
    for (const a of cuts[w] ?? []) rows.push(` sq${w}_${a}: t${w} - ${2 * a} c${w} >= ${-a * a}`);
  });
  return [
    'Minimize',
    ` obj: ${objective.join(' + ')}`,
    ...tail(model, [...floorRows(model, floors), ...rows], bounds),
  ].join('\n');
}

/** Starting tangents for the balance stage: each day's least and most load and every hour between. */
export function firstCuts(model: MilpModel): number[][] {
  return model.dayLoad.map((d) => {
    const points = new Set([d.fixed, d.most]);
    for (let a = Math.ceil(d.fixed / 60) * 60; a < d.most; a += 60) points.add(a);
    return [...points];
  });
}

const VARIABLE = /\b[a-z]+\d+(?:_\d+)*\b/g;
const variablesOf = (text: string) => text.slice(text.indexOf(':') + 1).match(VARIABLE) ?? [];

/**
 * Splits a model into independent parts: variables that share no row (occurrence limits, pairs,
 * the cap and the balance of a waking day, moved work's total). The lexicographic optimum and the
 * balance of the whole are the sums of the parts' (a part held below its own optimum would lower
 * the sum), and the parts are much easier for the solver than the whole.
 */
export function splitMilp(model: MilpModel): MilpModel[] {
  const parent = new Map<string, string>();
  const find = (v: string): string => {
    let root = v;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(v, root);
    return root;
  };
  const union = (list: string[]) => {
    for (const v of list) if (!parent.has(v)) parent.set(v, v);
    for (let i = 1; i < list.length; i++) parent.set(find(list[i]!), find(list[0]!));
  };
  model.options.forEach((_, i) => {
    if (model.starts) union(model.starts[i]!.map((_, k) => `p${i}_${k}`));
    else
      union([
        `x${i}`,
        `s${i}`,
        ...model.segments[i]!.map((_, k) => `g${i}_${k}`).filter((g) => model.binaries.includes(g)),
      ]);
  });
  for (const m of model.moved) union([m.on, m.length, ...(typeof m.start === 'string' ? [m.start] : [])]);
  for (const row of model.rows) union(variablesOf(row));
  for (const d of model.dayLoad) union(d.terms.map(([, v]) => v));
  for (const b of [...model.binaries, ...model.generals]) union([b]);
  const part = (v: string) => find(v);
  const roots = [...new Set([...parent.keys()].map(part))];
  if (roots.length <= 1) return [model];
  return roots.map((root) => {
    const mine = (text: string) => variablesOf(text).some((v) => part(v) === root);
    const ownVar = (v: string) => part(v) === root;
    return {
      options: model.options,
      segments: model.segments,
      rows: model.rows.filter(mine),
      bounds: model.bounds.filter((b) => (b.match(VARIABLE) ?? []).some(ownVar)),
      binaries: model.binaries.filter(ownVar),
      generals: model.generals.filter(ownVar),
      tierTerms: model.tierTerms.map((terms) => terms.filter((t) => ownVar(t.split(' ')[1]!))),
      dayLoad: model.dayLoad.map((d) =>
        d.terms.length > 0 && ownVar(d.terms[0]![1]) ? d : { fixed: d.fixed, terms: [], most: d.fixed },
      ),
      moved: model.moved.filter((m) => ownVar(m.on)),
      ...(model.starts && { starts: model.starts }),
    };
  });
}
