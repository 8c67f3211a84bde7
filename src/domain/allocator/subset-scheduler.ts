import type { Interval } from './interval.js';
import { isWithinWindow } from './rules/within-window.js';

/** A flexible block one owner might take on one day. Times in epoch minutes. */
export interface Candidate {
  key: number;
  minutes: number;
  /** Travel before and after (0 when not located). */
  commute: number;
  windowStart: number;
  windowEnd: number;
}

/** One owner's day: where spans may not lie, the gap between two flexible spans, the daily cap. */
export interface OwnerDay {
  forbidden: Interval[];
  gap: number;
  /** Remaining committed minutes the day allows once something flexible is placed (Infinity: no cap). */
  capRoom: number;
}

/**
 * The earliest start of `c` whose span (block plus travel) starts at or after `after`, avoids
 * every forbidden interval and keeps the block in its window; -1 when there is none.
 * `forbidden` is sorted and merged, so its ends are sorted too.
 */
export function earliestStart(c: Candidate, after: number, forbidden: Interval[]): number {
  let s = Math.max(c.windowStart, after + c.commute);
  let lo = 0;
  for (;;) {
    if (!isWithinWindow(s, c.minutes, c.windowStart, c.windowEnd)) return -1;
    const spanStart = s - c.commute;
    const spanEnd = s + c.minutes + c.commute;
    let hi = forbidden.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (forbidden[mid]!.end <= spanStart) lo = mid + 1;
      else hi = mid;
    }
    const f = forbidden[lo];
    if (!f || f.start >= spanEnd) return s;
    s = f.end + c.commute;
  }
}

/**
 * For every subset of `cands` (bit i = cands[i]), the earliest end of a schedule that places
 * exactly that subset, or Infinity when none exists. Exact: any feasible schedule can be
 * left-shifted, and a subset scheduled to end earlier leaves at least as much room for the
 * rest, so a dynamic programme over subsets and last item finds every feasible subset.
 */
export function solveSubsets(cands: Candidate[], day: OwnerDay): { end: Float64Array; last: Int8Array } {
  const n = cands.length;
  const size = 1 << n;
  const end = new Float64Array(size).fill(Number.POSITIVE_INFINITY);
  const last = new Int8Array(size).fill(-1);
  const used = new Float64Array(size);
  end[0] = Number.NEGATIVE_INFINITY;
  for (let mask = 0; mask < size; mask++) {
    const e = end[mask]!;
    if (e === Number.POSITIVE_INFINITY) continue;
    const after = mask === 0 ? Number.NEGATIVE_INFINITY : e + day.gap;
    for (let j = 0; j < n; j++) {
      const bit = 1 << j;
      if (mask & bit) continue;
      const c = cands[j]!;
      const next = mask | bit;
      const span = c.minutes + 2 * c.commute;
      if (used[mask]! + span > day.capRoom) continue;
      const s = earliestStart(c, after, day.forbidden);
      if (s < 0) continue;
      const finish = s + c.minutes + c.commute;
      if (finish < end[next]!) {
        end[next] = finish;
        last[next] = j;
        used[next] = used[mask]! + span;
      }
    }
  }
  return { end, last };
}

/** The left-shifted schedule of one feasible subset: each candidate's key with its start. */
export function scheduleOf(
  cands: Candidate[],
  day: OwnerDay,
  table: { end: Float64Array; last: Int8Array },
  mask: number,
): { key: number; start: number }[] {
  const order: number[] = [];
  for (let m = mask; m !== 0; ) {
    const j = table.last[m]!;
    if (j < 0) return [];
    order.unshift(j);
    m &= ~(1 << j);
  }
  const out: { key: number; start: number }[] = [];
  let after = Number.NEGATIVE_INFINITY;
  for (const j of order) {
    const c = cands[j]!;
    const s = earliestStart(c, after, day.forbidden);
    out.push({ key: c.key, start: s });
    after = s + c.minutes + c.commute + day.gap;
  }
  return out;
}
