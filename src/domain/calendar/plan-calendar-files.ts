import type { Plan } from '../plan-types.js';
import type { Profile } from '../profile.js';
import { toCalendarBlocks } from './calendar-blocks.js';
import type { CalendarEvent, CalendarFile, CalendarView } from './calendar-types.js';
import { findForbiddenWord } from './forbidden-words.js';
import { compareText } from './labels.js';
import { OUT_OF_OFFICE, selectEmployerEvents } from './select-employer-events.js';
import { membersCoveringDuties, selectFamilyEvents, selectMemberEvents } from './select-family-events.js';
import { selectMeEvents } from './select-me-events.js';

/** `2026-W49` for one week, `2026-W49--2027-W08` for several. */
export function weekLabel(plans: Plan[]): string {
  const first = plans[0]?.week.isoWeek ?? '';
  const last = plans[plans.length - 1]?.week.isoWeek ?? first;
  return first === last ? first : `${first}--${last}`;
}

/**
 * The `.ics` files for `views` over one or more consecutive planned weeks (DESIGN §5): events
 * in start order, file names from the ISO weeks. Pure: the adapter renders and writes them.
 */
export function planCalendarFiles(profile: Profile, plans: Plan[], views: CalendarView[]): CalendarFile[] {
  const weeks = plans.map((plan) => ({ plan, blocks: toCalendarBlocks(profile, plan) }));
  const blocks = weeks.flatMap((w) => w.blocks);
  const label = weekLabel(plans);
  const files: CalendarFile[] = [];
  if (views.includes('me')) {
    files.push(
      toolFile('me', `iop-plan-${label}-me.ics`, `iop-plan: ${profile.name}`, selectMeEvents(profile, blocks)),
    );
  }
  if (views.includes('family')) {
    files.push(
      toolFile('family', `iop-plan-${label}-family.ics`, 'iop-plan: household', selectFamilyEvents(profile, blocks)),
    );
    for (const id of membersCoveringDuties(profile, blocks)) {
      const name = profile.household.find((m) => m.id === id)?.name ?? id;
      const events = selectMemberEvents(profile, blocks, id);
      files.push({
        ...toolFile('family', `iop-plan-${label}-family-${id}.ics`, `iop-plan: ${name}`, events),
        member: id,
      });
    }
  }
  if (views.includes('employer')) {
    const file: CalendarFile = {
      view: 'employer',
      fileName: `out-of-office-${label}.ics`,
      calendarName: OUT_OF_OFFICE,
      namesTool: false,
      events: selectEmployerEvents(profile, weeks),
    };
    assertNeutral(file);
    files.push(file);
  }
  return files;
}

function toolFile(view: CalendarView, fileName: string, calendarName: string, events: CalendarEvent[]): CalendarFile {
  return { view, fileName, calendarName, namesTool: true, events: sortEvents(events) };
}

function sortEvents(events: CalendarEvent[]): CalendarEvent[] {
  return [...events].sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs || compareText(a.title, b.title));
}

/** A last line of defence: an employer file that names treatment is a bug, never written. */
function assertNeutral(file: CalendarFile): void {
  const texts = [file.fileName, file.calendarName, ...file.events.flatMap((e) => [e.title, e.description ?? ''])];
  for (const text of texts) {
    const word = findForbiddenWord(text);
    if (word) throw new Error(`employer calendar would contain "${word}"; nothing was written`);
  }
}
