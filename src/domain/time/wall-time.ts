const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/**
 * The instant of a wall time (given as if it were UTC, in ms) in a zone described by `offsetAt`
 * (its UTC offset in minutes at an instant), by the rule of `localInstant` (src/domain/week.ts): the first of an
 * ambiguous time; in a gap, the offset from before the gap. Shared with calendar import, whose
 * VTIMEZONE definitions are zones of their own.
 */
export function instantOfWallTime(wall: number, offsetAt: (ms: number) => number): number {
  const candidates = new Set([-26, -13, 0, 13, 26].map((h) => offsetAt(wall + h * HOUR_MS)));
  let best: number | undefined;
  for (const offset of candidates) {
    const instant = wall - offset * MINUTE_MS;
    if (offsetAt(instant) === offset && (best === undefined || instant < best)) best = instant;
  }
  if (best !== undefined) return best;
  // In a gap: the offset in force before the gap.
  return wall - offsetAt(wall - 26 * HOUR_MS) * MINUTE_MS;
}
