import { IANAZone } from 'luxon';

/**
 * The UTC offsets (minutes) in force across `days`, as `[fromMs, offset]` from the first day's
 * start, so that a reader can tell local wall time without a time-zone library. A change of
 * offset inside a day is found by bisection to the millisecond.
 */
export function offsetsAcross(zone: string, days: { startMs: number; endMs: number }[]): [number, number][] {
  const z = IANAZone.create(zone);
  const first = days[0];
  if (!first) return [];
  const offsets: [number, number][] = [[first.startMs, z.offset(first.startMs)]];
  for (const day of days) {
    const mid = Math.floor((day.startMs + day.endMs) / 2);
    for (const [from, to] of [
      [day.startMs, mid],
      [mid, day.endMs - 1],
    ] as const) {
      if (z.offset(from) !== z.offset(to)) offsets.push(findChange(z, from, to));
    }
  }
  return offsets;
}

/** The first instant in `(from, to]` with the offset of `to`. */
function findChange(z: IANAZone, from: number, to: number): [number, number] {
  const before = z.offset(from);
  let lo = from;
  let hi = to;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (z.offset(mid) === before) lo = mid;
    else hi = mid;
  }
  return [hi, z.offset(hi)];
}
