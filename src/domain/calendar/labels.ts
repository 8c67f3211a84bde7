import type { Category } from '../plan-types.js';
import type { Profile } from '../profile.js';

/** CATEGORIES values: words a calendar app can filter on. */
export const CATEGORY_LABELS: Record<Category, string> = {
  sleep: 'Sleep',
  work: 'Work',
  iop: 'IOP',
  commute: 'Travel',
  duty: 'Household',
  habit: 'Recovery',
  event: 'Event',
  busy: 'Busy',
};

/** `me` is the person's own name; a household id is that member's name. */
export function ownerName(profile: Profile, owner: string): string {
  if (owner === 'me') return profile.name;
  return profile.household.find((m) => m.id === owner)?.name ?? owner;
}

/** Code-unit order: the same on every machine, whatever its locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
