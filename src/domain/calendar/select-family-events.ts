import type { Profile } from '../profile.js';
import type { CalendarBlock } from './calendar-blocks.js';
import { groupVisits } from './calendar-blocks.js';
import type { CalendarEvent } from './calendar-types.js';
import { CATEGORY_LABELS, ownerName } from './labels.js';

/** What the household sees of a treatment or recovery trip unless `privacy.familyDetail`. */
export const APPOINTMENT = 'Appointment';

/**
 * The household calendar: everyone's blocks titled with who they belong to ("Dinner — Grandma
 * Rose"). Unless `privacy.familyDetail`, each treatment or recovery trip (travel included) is one
 * event titled "Appointment", with no description, place or category.
 */
export function selectFamilyEvents(profile: Profile, blocks: CalendarBlock[]): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  for (const visit of groupVisits(blocks)) {
    const first = visit[0]!;
    const last = visit[visit.length - 1]!;
    const who = ownerName(profile, first.owner);
    if (first.sensitivity !== 'none' && !profile.privacy.familyDetail) {
      events.push({
        uidParts: [profile.id, 'family', first.source, first.date, String(first.occurrence)],
        startMs: first.startMs,
        endMs: last.endMs,
        title: `${APPOINTMENT} — ${who}`,
        categories: [],
        private: true,
        busy: 'busy',
        alarms: [],
      });
      continue;
    }
    for (const block of visit) events.push(householdEvent(profile, block, 'family', `${block.title} — ${who}`));
  }
  return events;
}

/** One member's calendar: what they cover (duties, their travel and events), plain titles. */
export function selectMemberEvents(profile: Profile, blocks: CalendarBlock[], memberId: string): CalendarEvent[] {
  const hide = !profile.privacy.familyDetail;
  return blocks
    .filter((b) => b.owner === memberId)
    .map((b) => {
      const event = householdEvent(profile, b, `family-${memberId}`, b.title);
      return hide && b.sensitivity !== 'none' ? { ...event, title: APPOINTMENT, categories: [] } : event;
    });
}

/** Members (in listed order) who cover at least one duty in these blocks. */
export function membersCoveringDuties(profile: Profile, blocks: CalendarBlock[]): string[] {
  const covering = new Set(blocks.filter((b) => b.category === 'duty' && b.owner !== 'me').map((b) => b.owner));
  return profile.household.map((m) => m.id).filter((id) => covering.has(id));
}

function householdEvent(profile: Profile, block: CalendarBlock, view: string, title: string): CalendarEvent {
  return {
    uidParts: [profile.id, view, block.source, block.date, String(block.occurrence)],
    startMs: block.startMs,
    endMs: block.endMs,
    title,
    categories: [CATEGORY_LABELS[block.category]],
    private: block.sensitivity !== 'none',
    busy: 'busy',
    alarms: [],
  };
}
