/** Half-open intervals `[start, end)` in epoch minutes, the allocator's unit of time. */
export interface Interval {
  start: number;
  end: number;
}

export const MINUTE_MS = 60_000;

export function overlaps(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Minutes of `a` that lie inside `[from, to)`. */
export function clippedLength(a: Interval, from: number, to: number): number {
  return Math.max(0, Math.min(a.end, to) - Math.max(a.start, from));
}

/** Sorts and merges overlapping or touching intervals. */
export function mergeIntervals(list: Interval[]): Interval[] {
  const sorted = [...list].filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && i.start <= last.end) last.end = Math.max(last.end, i.end);
    else out.push({ start: i.start, end: i.end });
  }
  return out;
}

/** `from` minus every interval of `cut` (both lists of half-open intervals). */
export function subtractIntervals(from: Interval, cut: Interval[]): Interval[] {
  let pieces: Interval[] = [{ ...from }];
  for (const c of mergeIntervals(cut)) {
    pieces = pieces.flatMap((p) => {
      if (!overlaps(p, c)) return [p];
      const left = { start: p.start, end: c.start };
      const right = { start: c.end, end: p.end };
      return [left, right].filter((x) => x.end > x.start);
    });
  }
  return pieces;
}
