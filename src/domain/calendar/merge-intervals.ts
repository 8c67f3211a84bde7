/** A half-open interval `[startMs, endMs)` of epoch milliseconds. */
export interface Interval {
  startMs: number;
  endMs: number;
}

/** Sorted, with overlapping and touching intervals joined into one; empty intervals dropped. */
export function mergeIntervals(intervals: Interval[]): Interval[] {
  const sorted = intervals
    .filter((i) => i.endMs > i.startMs)
    .sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
  const merged: Interval[] = [];
  for (const interval of sorted) {
    const last = merged[merged.length - 1];
    if (last && interval.startMs <= last.endMs) last.endMs = Math.max(last.endMs, interval.endMs);
    else merged.push({ ...interval });
  }
  return merged;
}

/** The parts of `a` that also lie in `b` (both lists merged first), merged. */
export function intersectIntervals(a: Interval[], b: Interval[]): Interval[] {
  const left = mergeIntervals(a);
  const right = mergeIntervals(b);
  const out: Interval[] = [];
  for (const x of left) {
    for (const y of right) {
      const startMs = Math.max(x.startMs, y.startMs);
      const endMs = Math.min(x.endMs, y.endMs);
      if (endMs > startMs) out.push({ startMs, endMs });
    }
  }
  return mergeIntervals(out);
}
