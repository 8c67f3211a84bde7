import type { Profile } from '../profile.js';
import { programEndDate } from '../program-dates.js';
import { addDays, buildWeek } from '../week.js';

/** Why a program-long export cannot be made, or the dates of its weeks. */
export type CalendarWeeks = { ok: true; weekStarts: string[] } | { ok: false; problem: string };

/** The first day of each of `count` consecutive weeks starting with the week that holds `date`. */
export function consecutiveWeeks(profile: Profile, date: string, count: number): string[] {
  const first = buildWeek(profile.timezone, profile.weekStart, date).start;
  return Array.from({ length: count }, (_, i) => addDays(first, 7 * i));
}

/**
 * The weeks the IOP program spans: from the week that holds `iop.startDate` to the week that
 * holds its last day (`iop.weeks` weeks later), so a program starting mid-week is covered whole.
 */
export function programWeeks(profile: Profile): CalendarWeeks {
  const iop = profile.iop;
  if (!iop) return { ok: false, problem: '--program needs an iop section in the profile' };
  const end = programEndDate(iop);
  if (end === undefined)
    return { ok: false, problem: '--program needs iop.weeks in the profile (use --weeks N instead)' };
  const first = buildWeek(profile.timezone, profile.weekStart, iop.startDate).start;
  const last = buildWeek(profile.timezone, profile.weekStart, addDays(end, -1)).start;
  const weekStarts: string[] = [];
  for (let d = first; d <= last; d = addDays(d, 7)) weekStarts.push(d);
  return { ok: true, weekStarts };
}
