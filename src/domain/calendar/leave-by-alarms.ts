import type { Profile } from '../profile.js';
import { formatWallTime } from '../time/format-wall-time.js';
import type { CalendarBlock } from './calendar-blocks.js';
import type { CalendarAlarm } from './calendar-types.js';

const MINUTE_MS = 60_000;

/**
 * Reminders for the main block of a trip (IOP sessions and events): one `alarms.leaveByLeadMinutes`
 * before the "leave by" time — the start of the trip's first travel block, i.e. travel plus
 * arrive-early before the start (the start itself when nothing comes before) — and one per
 * `alarms.minutesBefore` entry, counted from the start. Duplicate times are kept once.
 */
export function leaveByAlarms(profile: Profile, visit: CalendarBlock[], block: CalendarBlock): CalendarAlarm[] {
  const first = visit[0] ?? block;
  const leaveMinutes = Math.max(0, Math.round((block.startMs - first.startMs) / MINUTE_MS));
  const zone = profile.timezone;
  const alarms: CalendarAlarm[] = [];
  if (profile.alarms.leaveBy) {
    alarms.push({
      minutesBefore: leaveMinutes + profile.alarms.leaveByLeadMinutes,
      description:
        leaveMinutes > 0
          ? `Leave by ${formatWallTime(first.startMs, zone)} for ${block.title}`
          : `${block.title} at ${formatWallTime(block.startMs, zone)}`,
    });
  }
  for (const minutes of profile.alarms.minutesBefore) {
    alarms.push({ minutesBefore: minutes, description: `${block.title} at ${formatWallTime(block.startMs, zone)}` });
  }
  const seen = new Set<number>();
  return alarms.filter((a) => !seen.has(a.minutesBefore) && seen.add(a.minutesBefore));
}
