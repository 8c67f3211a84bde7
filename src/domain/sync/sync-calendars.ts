import type { CalendarFile } from '../calendar/calendar-types.js';
import type { Profile } from '../profile.js';

/** A CalDAV calendar the sync keeps: a stable key, a neutral display name and this week's events. */
export interface SyncCalendar {
  /** `me`, `household`, `household-<member id>` or `employer`: fixed for the profile. */
  key: string;
  displayName: string;
  file: CalendarFile;
}

/**
 * The calendars for a week's calendar files: one per view and household member. Only the
 * person's own calendar names the tool (in PRODID): the household and employer calendars are
 * read by others, on their own devices.
 */
export function syncCalendars(profile: Profile, files: CalendarFile[]): SyncCalendar[] {
  return files.map((file) => {
    const key = calendarKey(file);
    return { key, displayName: calendarDisplayName(profile, key), file: { ...file, namesTool: file.view === 'me' } };
  });
}

function calendarKey(file: CalendarFile): string {
  if (file.view === 'family') return file.member === undefined ? 'household' : `household-${file.member}`;
  return file.view;
}

/**
 * Display names are neutral: a household or employer calendar is seen by whoever it is shared
 * with, so none names the tool or treatment; the person's own is named after them.
 */
export function calendarDisplayName(profile: Profile, key: string): string {
  if (key === 'me') return profile.name;
  if (key === 'employer') return 'Out of office';
  if (key === 'household') return 'Household';
  const id = key.replace(/^household-/, '');
  return `Household: ${profile.household.find((m) => m.id === id)?.name ?? id}`;
}
