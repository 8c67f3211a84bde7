import type { Occurrence } from './occurrences.js';
import { type Candidate, type OwnerDay, solveSubsets } from './subset-scheduler.js';
import { WORK_STEP_MINUTES, type WorkVariant } from './work-variants.js';

/** What a day can hold: per owner, the candidates and the table of feasible subsets. */
export interface OwnerTable {
  owner: string;
  day: OwnerDay;
  cands: Candidate[];
  table: { end: Float64Array; last: Int8Array };
}

/** One way to fill a day: who takes which occurrence, and how much moved work it holds. */
export interface DayOption {
  /** Bit i set: the i-th `perWeek` item has an occurrence this day. */
  perWeekMask: number;
  workMinutes: number;
  /** Placed minutes by objective tier, flexible work (tier 1) excluded: it is `workMinutes`. */
  tiers: number[];
  /** Tie-break: smaller is better (owner preference order). */
  penalty: number;
  /** Occurrence index → owner. */
  assignment: Map<number, string>;
  /** Index of the work variant used, -1 for none. */
  workVariant: number;
  /** The shortest moved-work block the day could hold instead (a joined block may be short). */
  workMinimum: number;
}

/**
 * Every undominated way to fill one day: for each (perWeek mask, work minutes), the best tier
 * vector (lexicographic), found by enumerating owner assignments that each owner's subset table
 * says are feasible. Exact for the day.
 */
export function enumerateDayOptions(
  occs: Occurrence[],
  owners: OwnerTable[],
  preference: (occ: Occurrence, owner: string) => number,
  work: WorkVariant[],
  minBlockMinutes = 60,
): DayOption[] {
  const best = new Map<string, DayOption>();
  const masks = owners.map(() => 0);
  const bitOf = owners.map((o) => new Map(o.cands.map((c, i) => [c.key, 1 << i])));
  const assignment = new Map<number, string>();
  const tiers = [0, 0, 0, 0, 0, 0];
  const me = owners.findIndex((o) => o.owner === 'me');

  // Only the longest moved-work block matters for a given assignment: the week caps work at its
  // demand, so a longer block is never worse (it is shortened when the week needs less).
  const record = (perWeekMask: number, penalty: number) => {
    let workMinutes = 0;
    let workVariant = -1;
    const meBits = masks[me]!;
    const workBit = 1 << owners[me]!.cands.length;
    work.forEach((v, i) => {
      if (v.minutes <= workMinutes) return;
      if (v.table.end[v.withBit ? meBits | workBit : meBits]! === Number.POSITIVE_INFINITY) return;
      workMinutes = v.minutes;
      workVariant = i;
    });
    const joinable = work.some((v) => !v.withBit && v.table.end[meBits]! !== Number.POSITIVE_INFINITY);
    const workMinimum = workMinutes === 0 ? 0 : joinable ? WORK_STEP_MINUTES : minBlockMinutes;
    const key = `${perWeekMask}:${workMinutes}:${workMinimum}`;
    const current = best.get(key);
    if (current && !isBetter(tiers, penalty, current.tiers, current.penalty)) return;
    best.set(key, {
      perWeekMask,
      workMinutes,
      workVariant,
      workMinimum,
      tiers: [...tiers],
      penalty,
      assignment: new Map(assignment),
    });
  };

  const visit = (i: number, perWeekMask: number, penalty: number) => {
    if (i === occs.length) {
      record(perWeekMask, penalty);
      return;
    }
    const occ = occs[i]!;
    const tier = occ.item.tier;
    owners.forEach((o, k) => {
      const bit = bitOf[k]!.get(occ.index);
      if (bit === undefined) return;
      const next = masks[k]! | bit;
      if (o.table.end[next] === Number.POSITIVE_INFINITY) return;
      masks[k] = next;
      assignment.set(occ.index, o.owner);
      tiers[tier]! += occ.item.minutes;
      const pw = occ.perWeekIndex >= 0 ? perWeekMask | (1 << occ.perWeekIndex) : perWeekMask;
      visit(i + 1, pw, penalty + preference(occ, o.owner));
      tiers[tier]! -= occ.item.minutes;
      assignment.delete(occ.index);
      masks[k] = next & ~bit;
    });
    visit(i + 1, perWeekMask, penalty);
  };
  visit(0, 0, 0);
  return dropDominated([...best.values()]);
}

/** Within one perWeek mask, an option with at least as much work and a better vector makes another useless. */
function dropDominated(options: DayOption[]): DayOption[] {
  const sorted = [...options].sort((a, b) => b.workMinutes - a.workMinutes);
  return sorted.filter(
    (o, i) =>
      !sorted.some(
        (p, j) =>
          j < i &&
          p.perWeekMask === o.perWeekMask &&
          p.workMinutes >= o.workMinutes &&
          !isBetter(o.tiers, o.penalty, p.tiers, p.penalty),
      ),
  );
}

/** Lexicographic comparison of tier vectors, then the smaller penalty. */
export function isBetter(a: number[], pa: number, b: number[], pb: number): boolean {
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return a[i]! > b[i]!;
  }
  return pa < pb;
}

/** Builds one owner's table. */
export function makeOwnerTable(owner: string, day: OwnerDay, cands: Candidate[]): OwnerTable {
  return { owner, day, cands, table: solveSubsets(cands, day) };
}
