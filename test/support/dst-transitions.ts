import { IANAZone } from 'luxon';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/** One clock change of a zone, found with luxon (never typed in by hand). */
export interface Transition {
  zone: string;
  kind: 'spring-forward' | 'fall-back';
  /** The instant the new offset starts. */
  instantMs: number;
  /** Local date of the change. */
  date: string;
  /** Offsets in minutes east of UTC, before and after the change. */
  offsetBefore: number;
  offsetAfter: number;
  /** Local wall minutes `[wallFrom, wallTo)` skipped (spring) or repeated (fall) that day. */
  wallFrom: number;
  wallTo: number;
}

/** Every offset change of `zone` during `year`, in order. */
export function transitionsIn(zone: string, year: number): Transition[] {
  const z = IANAZone.create(zone);
  const found: Transition[] = [];
  // Start a day early and stop a day late so that changes near New Year in far zones are seen.
  const end = Date.UTC(year + 1, 0, 2);
  for (let t = Date.UTC(year, 0, 1) - 24 * HOUR_MS; t < end; t += HOUR_MS) {
    if (z.offset(t) === z.offset(t + HOUR_MS)) continue;
    // The change lies in (t, t + 1 h]: narrow it to the minute.
    let lo = t;
    let hi = t + HOUR_MS;
    while (hi - lo > MINUTE_MS) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
      if (z.offset(mid) === z.offset(lo)) lo = mid;
      else hi = mid;
    }
    const offsetBefore = z.offset(lo);
    const offsetAfter = z.offset(hi);
    // The discontinuity starts at the earlier of the two wall readings of the instant.
    const wall = new Date(hi + Math.min(offsetBefore, offsetAfter) * MINUTE_MS);
    const date = wall.toISOString().slice(0, 10);
    if (!date.startsWith(String(year))) continue;
    const wallFrom = wall.getUTCHours() * 60 + wall.getUTCMinutes();
    found.push({
      zone,
      kind: offsetAfter > offsetBefore ? 'spring-forward' : 'fall-back',
      instantMs: hi,
      date,
      offsetBefore,
      offsetAfter,
      wallFrom,
      wallTo: wallFrom + Math.abs(offsetAfter - offsetBefore),
    });
  }
  return found;
}
