import type { Profile } from '../profile.js';
import { formatWallTime } from '../time/format-wall-time.js';
import type { CalendarBlock } from './calendar-blocks.js';
import { groupVisits } from './calendar-blocks.js';
import type { CalendarEvent } from './calendar-types.js';
import { CATEGORY_LABELS, ownerName } from './labels.js';
import { leaveByAlarms } from './leave-by-alarms.js';
import { placeAddress } from './place-address.js';

/** The person's own calendar: every exported block, full detail, reminders on IOP items and events. */
export function selectMeEvents(profile: Profile, blocks: CalendarBlock[]): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  for (const visit of groupVisits(blocks)) {
    const alarmed = mainBlockOf(visit);
    for (const block of visit) {
      const wantsAlarm = block === alarmed && block.owner === 'me' && ['iop', 'event'].includes(block.category);
      events.push({
        uidParts: [profile.id, 'me', block.source, block.date, String(block.occurrence)],
        startMs: block.startMs,
        endMs: block.endMs,
        title: block.owner === 'me' ? block.title : `${block.title} — ${ownerName(profile, block.owner)}`,
        description: describe(profile, visit, block),
        ...locationOf(profile, block),
        categories: categoriesOf(profile, block),
        private: block.sensitivity !== 'none',
        busy: 'busy',
        alarms: wantsAlarm ? leaveByAlarms(profile, visit, block) : [],
      });
    }
  }
  return events;
}

function locationOf(profile: Profile, block: CalendarBlock): { location?: string } {
  const location = placeAddress(profile, block);
  return location ? { location } : {};
}

function categoriesOf(profile: Profile, block: CalendarBlock): string[] {
  const labels = [CATEGORY_LABELS[block.category]];
  if (block.sensitivity === 'treatment' && profile.iop) labels.push(profile.iop.program);
  return labels;
}

function describe(profile: Profile, visit: CalendarBlock[], block: CalendarBlock): string | undefined {
  const lines: string[] = [];
  if (block.sensitivity === 'treatment' && block.category !== 'commute' && profile.iop) {
    lines.push(block.mode ? `${profile.iop.program} (${block.mode})` : profile.iop.program);
  }
  const first = visit[0];
  if (first && first !== block && first.category === 'commute' && block === mainBlockOf(visit)) {
    lines.push(`Leave by ${formatWallTime(first.startMs, profile.timezone)}`);
  }
  if (block.owner !== 'me') lines.push(`Covered by ${ownerName(profile, block.owner)}`);
  if (!block.fixed) lines.push('Time chosen by the planner');
  return lines.length > 0 ? lines.join('\n') : undefined;
}

/** The item a trip is for: its longest block other than travel (the first such on a tie), not arrive-early. */
function mainBlockOf(visit: CalendarBlock[]): CalendarBlock | undefined {
  let main: CalendarBlock | undefined;
  for (const b of visit) {
    if (b.category === 'commute') continue;
    if (!main || b.endMs - b.startMs > main.endMs - main.startMs) main = b;
  }
  return main;
}
