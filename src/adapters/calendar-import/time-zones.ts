import type ICAL from 'ical.js';
import { IANAZone } from 'luxon';
import { stripUntil, untilReached } from './recur-bounds.js';
import { WINDOWS_ZONES } from './windows-zones.js';

type Ical = typeof ICAL;
type Component = InstanceType<Ical['Component']>;
type Time = InstanceType<Ical['Time']>;

/** A zone's UTC offset, in minutes, at an instant (epoch ms). */
export type OffsetAt = (ms: number) => number;

/** The offsets of an IANA zone, from the zone database (not from any VTIMEZONE). */
export function ianaOffsets(zone: string): OffsetAt {
  const z = IANAZone.create(zone);
  return (ms) => z.offset(ms);
}

/**
 * What a TZID means, in this order: an IANA name (also at the end of a prefixed id such as
 * `/mozilla.org/20050126_1/America/New_York`), the file's own VTIMEZONE of that id (Windows names
 * such as "Eastern Standard Time" usually come with one), a common Windows name. Undefined: unknown.
 */
export function resolveTzid(ical: Ical, tzid: string, vtimezones: Map<string, Component>): OffsetAt | undefined {
  const id = tzid.replace(/^"|"$/g, '');
  const iana = ianaName(id);
  if (iana) return ianaOffsets(iana);
  const vtimezone = vtimezones.get(id);
  if (vtimezone) return vtimezoneOffsets(ical, vtimezone);
  const windows = WINDOWS_ZONES[id];
  return windows ? ianaOffsets(windows) : undefined;
}

function ianaName(id: string): string | undefined {
  if (IANAZone.isValidZone(id) && id.includes('/')) return id;
  if (id === 'UTC' || id === 'Etc/UTC' || id === 'GMT') return 'Etc/UTC';
  const parts = id.split('/').filter((p) => p !== '');
  for (const n of [3, 2]) {
    const tail = parts.slice(-n).join('/');
    if (parts.length > n && tail.includes('/') && IANAZone.isValidZone(tail)) return tail;
  }
  return undefined;
}

/** Observances expanded up to this year: far beyond any week a person plans. */
const LAST_YEAR = 2200;

/**
 * The offsets a VTIMEZONE defines: every onset of its STANDARD and DAYLIGHT observances (DTSTART,
 * RRULE, RDATE) as an instant (local onset minus TZOFFSETFROM), each switching to its TZOFFSETTO.
 */
export function vtimezoneOffsets(ical: Ical, vtimezone: Component): OffsetAt {
  const transitions: { at: number; from: number; to: number }[] = [];
  for (const observance of vtimezone.getAllSubcomponents()) {
    const from = offsetMinutes(observance.getFirstPropertyValue('tzoffsetfrom'));
    const to = offsetMinutes(observance.getFirstPropertyValue('tzoffsetto'));
    const start = observance.getFirstPropertyValue('dtstart') as Time | null;
    if (from === undefined || to === undefined || !start) continue;
    // Wall times in ms at once: ical.js's iterator hands back one Time object that it keeps changing.
    const onsets: number[] = [wallMs(start)];
    for (const prop of observance.getAllProperties('rdate')) {
      for (const v of prop.getValues()) if (v && typeof v === 'object' && 'year' in v) onsets.push(wallMs(v as Time));
    }
    const rule = observance.getFirstPropertyValue('rrule') as InstanceType<Ical['Recur']> | null;
    if (rule) {
      const { recur, until } = stripUntil(ical, rule);
      const it = recur.iterator(floating(ical, start));
      for (let t = it.next(); t && t.year <= LAST_YEAR; t = it.next()) {
        const wall = wallMs(t);
        if (untilReached(until, wall - from * 60_000, wall)) break;
        onsets.push(wall);
      }
    }
    for (const wall of onsets) transitions.push({ at: wall - from * 60_000, from, to });
  }
  transitions.sort((a, b) => a.at - b.at);
  return (ms) => {
    let lo = 0;
    let hi = transitions.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (transitions[mid]!.at <= ms) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found === -1) return transitions[0]?.from ?? 0;
    return transitions[found]!.to;
  };
}

function offsetMinutes(value: unknown): number | undefined {
  if (value && typeof value === 'object' && 'toSeconds' in value) {
    return Math.round((value as { toSeconds(): number }).toSeconds() / 60);
  }
  return undefined;
}

/** A wall time's fields read as if they were UTC, in ms: the unit `instantOfWallTime` takes. */
export function wallMs(t: Time): number {
  return Date.UTC(t.year, t.month - 1, t.day, t.isDate ? 0 : t.hour, t.isDate ? 0 : t.minute, t.isDate ? 0 : t.second);
}

/** The same wall fields with no zone, so that ical.js iterates a rule on the wall clock alone. */
export function floating(ical: Ical, t: Time): Time {
  return new ical.Time(
    { year: t.year, month: t.month, day: t.day, hour: t.hour, minute: t.minute, second: t.second, isDate: t.isDate },
    ical.Timezone.localTimezone,
  );
}
