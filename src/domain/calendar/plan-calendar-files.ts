import type { Plan } from '../plan-types.js';
import { findForbiddenWord } from '../privacy/forbidden-words.js';
import type { Profile } from '../profile.js';
import { toCalendarBlocks } from './calendar-blocks.js';
import type { CalendarEvent, CalendarFile, CalendarView } from './calendar-types.js';
import { compareText } from './labels.js';
import { OUT_OF_OFFICE, selectEmployerEvents } from './select-employer-events.js';
import { membersCoveringDuties, selectFamilyEvents, selectMemberEvents } from './select-family-events.js';
import { selectMeEvents } from './select-me-events.js';
import { selectNotPlannedEvents, selectUncoveredEvents } from './select-problem-events.js';

/** The household calendar's name: it names neither the tool nor anyone's care (DESIGN §5 r2). */
export const HOUSEHOLD = 'Household';

/** `2026-W49` for one week, `2026-W49--2027-W08` for several. */
export function weekLabel(plans: Plan[]): string {
  const first = plans[0]?.week.isoWeek ?? '';
  const last = plans[plans.length - 1]?.week.isoWeek ?? first;
  return first === last ? first : `${first}--${last}`;
}

/**
 * The `.ics` files for `views` over one or more consecutive planned weeks (DESIGN §5): events
 * in start order, file names from the ISO weeks. Pure: the adapter renders and writes them.
 * Someone who lives alone gets no household file. Files may be empty here: the caller decides
 * (an empty file is never written, DESIGN §5 r2), since an empty file may still cancel events.
 */
export function planCalendarFiles(profile: Profile, plans: Plan[], views: CalendarView[]): CalendarFile[] {
  const weeks = plans.map((plan) => ({ plan, blocks: toCalendarBlocks(profile, plan) }));
  const blocks = weeks.flatMap((w) => w.blocks);
  const label = weekLabel(plans);
  const files: CalendarFile[] = [];
  if (views.includes('me')) {
    const events = [
      ...selectMeEvents(profile, blocks),
      ...selectUncoveredEvents(profile, plans, 'me'),
      ...selectNotPlannedEvents(profile, plans),
    ];
    files.push(toolFile('me', `iop-plan-${label}-me.ics`, `iop-plan: ${profile.name}`, events));
  }
  if (views.includes('family') && profile.household.length > 0) {
    const events = [...selectFamilyEvents(profile, blocks), ...selectUncoveredEvents(profile, plans, 'family')];
    files.push(householdFile(`household-${label}.ics`, HOUSEHOLD, events, profile));
    for (const id of membersCoveringDuties(profile, blocks)) {
      const name = profile.household.find((m) => m.id === id)?.name ?? id;
      const memberEvents = selectMemberEvents(profile, blocks, id);
      files.push({
        ...householdFile(`household-${id}-${label}.ics`, `${HOUSEHOLD}: ${name}`, memberEvents, profile),
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
    assertNeutral(file, []);
    files.push(file);
  }
  return files;
}

function toolFile(view: CalendarView, fileName: string, calendarName: string, events: CalendarEvent[]): CalendarFile {
  return { view, fileName, calendarName, namesTool: true, events: sortEvents(events) };
}

/** A household file: no tool name; unless `privacy.familyDetail`, checked for treatment words. */
function householdFile(
  fileName: string,
  calendarName: string,
  events: CalendarEvent[],
  profile: Profile,
): CalendarFile {
  const file: CalendarFile = { view: 'family', fileName, calendarName, namesTool: false, events: sortEvents(events) };
  if (!profile.privacy.familyDetail) assertNeutral(file, userWrittenHouseholdText(profile));
  return file;
}

/**
 * Text the person wrote for their household (names, duty and event titles) is shown as written,
 * even if it holds a word such as "group": only words the tool would add are refused.
 */
function userWrittenHouseholdText(profile: Profile): string[] {
  return [
    ...profile.household.map((m) => m.name),
    profile.name,
    ...profile.duties.map((d) => d.title),
    ...profile.events.map((e) => e.title),
  ];
}

function sortEvents(events: CalendarEvent[]): CalendarEvent[] {
  return [...events].sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs || compareText(a.title, b.title));
}

/**
 * A last line of defence: an employer or household file that names treatment (in words the tool
 * added, not in text the person wrote for the household) is a bug, never written.
 */
function assertNeutral(file: CalendarFile, allowed: string[]): void {
  const texts = [
    file.fileName,
    file.calendarName,
    ...file.events.flatMap((e) => [e.title, e.description ?? '', e.location ?? '', ...e.categories]),
  ];
  for (const text of texts) {
    let rest = text;
    for (const own of allowed) if (own) rest = rest.split(own).join(' ');
    const word = findForbiddenWord(rest);
    if (word) {
      const which = file.view === 'employer' ? 'employer' : 'household';
      throw new Error(`${which} calendar would contain "${word}"; nothing was written`);
    }
  }
}
