import { type Interval, mergeIntervals } from './interval.js';

/** A flexible block one owner might take in one stage (a waking day of `me`, or a date). Epoch minutes. */
export interface Candidate {
  /** The occurrence's index, or `WORK_KEY` for moved work. */
  key: number;
  minutes: number;
  /** Travel before and after (0 when not located). */
  commute: number;
  windowStart: number;
  windowEnd: number;
  /** (r2) Allowed starts, sorted, for an item with `slots`; undefined: anywhere in the window. */
  starts?: number[] | undefined;
  /** False for a `priority: high` habit: it neither counts toward the cap nor brings it into force (r2). */
  capped: boolean;
}

/** One owner's stage: where spans may not lie, the gap between two flexible spans, the cap room. */
export interface OwnerDay {
  forbidden: Interval[];
  gap: number;
  /** Committed minutes the waking day still allows once a capped item is placed (Infinity: no cap). */
  capRoom: number;
}

/** The first allowed start at or after `s`, or -1. */
function nextAllowed(c: Candidate, s: number): number {
  if (!c.starts) return s + c.minutes <= c.windowEnd ? s : -1;
  for (const x of c.starts) if (x >= s && x >= c.windowStart && x + c.minutes <= c.windowEnd) return x;
  return -1;
}

/** The latest start `c` may take at all. */
export function latestStart(c: Candidate): number {
  if (!c.starts) return c.windowEnd - c.minutes;
  let last = -Infinity;
  for (const x of c.starts) if (x >= c.windowStart && x + c.minutes <= c.windowEnd) last = x;
  return last;
}

/** Minutes of `c` with its travel: what it adds to the day's committed time. */
export const spanOf = (c: Candidate): number => c.minutes + 2 * c.commute;

/**
 * The earliest start of `c` whose span (block plus travel) starts at or after `after`, avoids
 * every forbidden interval and keeps the block in its window (at an allowed start); -1 when there
 * is none. `forbidden` is sorted and merged, so its ends are sorted too.
 */
export function earliestStart(c: Candidate, after: number, forbidden: Interval[]): number {
  let s = nextAllowed(c, Math.max(c.windowStart, after + c.commute));
  let lo = 0;
  while (s >= 0) {
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
    s = nextAllowed(c, f.end + c.commute);
  }
  return -1;
}

/** Placed blocks of one owner: each candidate's key with its start. */
export type Schedule = { key: number; start: number }[];

/**
 * A schedule placing every candidate of `cands` in one owner's stage, or undefined when none
 * exists. Exact: any feasible schedule can be left-shifted, and among schedules of the same set
 * the one ending earliest leaves the most room, so a depth-first search over orders (deadline
 * first) that drops a set reached again with a later end finds one whenever one exists. The cap
 * (rule 7) counts the spans of capped candidates, wherever they lie.
 */
export function findSchedule(cands: Candidate[], day: OwnerDay): Schedule | undefined {
  let capped = 0;
  for (const c of cands) if (c.capped) capped += spanOf(c);
  if (capped > 0 && capped > day.capRoom) return undefined;
  const n = cands.length;
  if (n === 0) return [];
  // Room: spans lie in free stretches, and spans sharing a stretch keep the gap, so what is still
  // to place needs its spans plus a gap each within the free time left, plus a gap per stretch.
  const reach = Math.max(...cands.map((c) => c.commute));
  const stretches = freeStretches(
    {
      start: Math.min(...cands.map((c) => c.windowStart)) - reach,
      end: Math.max(...cands.map((c) => c.windowEnd)) + reach,
    },
    day.forbidden,
  );
  const roomAfter = (t: number) => {
    let room = 0;
    for (const f of stretches) if (f.end > t) room += f.end - Math.max(f.start, t) + day.gap;
    return room;
  };
  let need = 0;
  for (const c of cands) need += spanOf(c) + day.gap;
  if (need > roomAfter(Number.NEGATIVE_INFINITY)) return undefined;
  const order = cands.map((_, i) => i).sort((a, b) => latestStart(cands[a]!) - latestStart(cands[b]!) || a - b);
  const latest = cands.map(latestStart);
  const seen = new Map<number | bigint, number>();
  const wide = n > 30;
  const placed = new Uint8Array(n);
  const starts = new Array<number>(n);
  const path: number[] = [];
  const search = (mask: number | bigint, end: number, depth: number): boolean => {
    if (depth === n) return true;
    const after = depth === 0 ? Number.NEGATIVE_INFINITY : end + day.gap;
    for (let j = 0; j < n; j++) {
      // Every candidate still to place must be able to start after what is placed.
      if (!placed[j] && latest[j]! < after + cands[j]!.commute) return false;
    }
    if (need > roomAfter(end)) return false;
    const prev = seen.get(mask);
    if (prev !== undefined && prev <= end) return false;
    seen.set(mask, end);
    for (const j of order) {
      if (placed[j]) continue;
      const c = cands[j]!;
      const s = earliestStart(c, after, day.forbidden);
      if (s < 0) continue;
      placed[j] = 1;
      need -= spanOf(c) + day.gap;
      starts[j] = s;
      path.push(j);
      const next = wide ? (mask as bigint) | (1n << BigInt(j)) : (mask as number) | (1 << j);
      if (search(next, s + c.minutes + c.commute, depth + 1)) return true;
      path.pop();
      need += spanOf(c) + day.gap;
      placed[j] = 0;
    }
    return false;
  };
  if (!search(wide ? 0n : 0, Number.NEGATIVE_INFINITY, 0)) return undefined;
  return path.map((j) => ({ key: cands[j]!.key, start: starts[j]! }));
}

/**
 * `schedule` (a feasible schedule of `placed`) with `c` added where it fits between the blocks
 * already there, or undefined when it does not fit without moving them (then `findSchedule`
 * decides). A quick path: most days have room.
 */
export function insertInto(schedule: Schedule, placed: Candidate[], c: Candidate, day: OwnerDay): Schedule | undefined {
  let capped = c.capped ? spanOf(c) : 0;
  for (const p of placed) if (p.capped) capped += spanOf(p);
  if (capped > 0 && capped > day.capRoom) return undefined;
  const byKey = new Map(placed.map((p) => [p.key, p]));
  const taken = schedule.map(({ key, start }) => {
    const p = byKey.get(key)!;
    return { start: start - p.commute - day.gap, end: start + p.minutes + p.commute + day.gap };
  });
  const s = earliestStart(c, Number.NEGATIVE_INFINITY, mergeIntervals([...day.forbidden, ...taken]));
  return s < 0 ? undefined : [...schedule, { key: c.key, start: s }];
}

/** The stretches of `region` outside `forbidden` (sorted, merged). */
export function freeStretches(region: Interval, forbidden: Interval[]): Interval[] {
  const out: Interval[] = [];
  let at = region.start;
  for (const f of forbidden) {
    if (f.end <= at) continue;
    if (f.start >= region.end) break;
    if (f.start > at) out.push({ start: at, end: f.start });
    at = Math.max(at, f.end);
  }
  if (region.end > at) out.push({ start: at, end: region.end });
  return out;
}
