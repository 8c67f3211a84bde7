/** A half-open interval `[startMs, endMs)` of epoch milliseconds. */
export interface MsInterval {
  startMs: number;
  endMs: number;
}

/** Sorted, with overlapping and touching intervals joined into one; empty intervals dropped. */
export function mergeIntervals(intervals: MsInterval[]): MsInterval[] {
  const sorted = intervals
    .filter((i) => i.endMs > i.startMs)
    .sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
  const merged: MsInterval[] = [];
  for (const interval of sorted) {
    const last = merged[merged.length - 1];
    if (last && interval.startMs <= last.endMs) last.endMs = Math.max(last.endMs, interval.endMs);
    else merged.push({ ...interval });
  }
  return merged;
}

/** The parts of `a` that also lie in `b` (both lists merged first), merged. */
export function intersectIntervals(a: MsInterval[], b: MsInterval[]): MsInterval[] {
  const left = mergeIntervals(a);
  const right = mergeIntervals(b);
  const out: MsInterval[] = [];
  for (const x of left) {
    for (const y of right) {
      const startMs = Math.max(x.startMs, y.startMs);
      const endMs = Math.min(x.endMs, y.endMs);
      if (endMs > startMs) out.push({ startMs, endMs });
    }
  }
  return mergeIntervals(out);
}
