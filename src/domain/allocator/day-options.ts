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
  /** `work.flexible.minBlockMinutes`: the shortest moved-work block that is not joined to a shift. */
  minBlockMinutes: number,
): DayOption[] {
  const best = new Map<string, DayOption>();
  const masks = owners.map(() => 0);
  const bitOf = owners.map((o) => new Map(o.cands.map((c, i) => [c.key, 1 << i])));
  const assignment = new Map<number, string>();
  const tiers = [0, 0, 0, 0, 0, 0];
  const me = owners.findIndex((o) => o.owner === 'me');

  // Per kind of moved-work block only the longest matters: the week caps work at its demand, so a
  // longer block is never worse (it is shortened when the week needs less). A block joined to a
  // shift may be one step long, one of its own no shorter than `minBlockMinutes`, so the lengths a
  // day can hold are [step, joined] ∪ [minBlock, standalone]: when that has a hole, each part is
  // an option of its own, or the week could ask for a length in the hole.
  const record = (perWeekMask: number, penalty: number) => {
    const meBits = masks[me]!;
    const workBit = 1 << owners[me]!.cands.length;
    const longest = (joined: boolean) => {
      let found = -1;
      work.forEach((v, i) => {
        if (v.withBit === joined || (found >= 0 && v.minutes <= work[found]!.minutes)) return;
        if (v.table.end[v.withBit ? meBits | workBit : meBits]! === Number.POSITIVE_INFINITY) return;
        found = i;
      });
      return found;
    };
    const joined = longest(true);
    const standalone = longest(false);
    const joinedMinutes = work[joined]?.minutes ?? 0;
    const standaloneMinutes = work[standalone]?.minutes ?? 0;
    if (joined >= 0 && standalone >= 0 && joinedMinutes < Math.min(minBlockMinutes, standaloneMinutes)) {
      keep(perWeekMask, penalty, joined, WORK_STEP_MINUTES);
      keep(perWeekMask, penalty, standalone, minBlockMinutes);
    } else if (joined >= 0) {
      keep(perWeekMask, penalty, joinedMinutes >= standaloneMinutes ? joined : standalone, WORK_STEP_MINUTES);
    } else {
      keep(perWeekMask, penalty, standalone, standalone >= 0 ? minBlockMinutes : 0);
    }
  };

  const keep = (perWeekMask: number, penalty: number, workVariant: number, workMinimum: number) => {
    const workMinutes = work[workVariant]?.minutes ?? 0;
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

/**
 * Within one perWeek mask, an option with at least as much work, no higher minimum block length
 * and a vector at least as good makes another useless.
 */
function dropDominated(options: DayOption[]): DayOption[] {
  const sorted = [...options].sort((a, b) => b.workMinutes - a.workMinutes);
  return sorted.filter(
    (o, i) =>
      !sorted.some(
        (p, j) =>
          j < i &&
          p.perWeekMask === o.perWeekMask &&
          p.workMinutes >= o.workMinutes &&
          p.workMinimum <= o.workMinimum &&
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
