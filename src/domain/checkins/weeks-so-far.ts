import { programWeeks } from '../calendar/calendar-weeks.js';
import type { Profile } from '../profile.js';
import { addDays, buildWeek } from '../week.js';

/**
 * The first day of each program week from the program's first week through the week holding
 * `today` (never past the program's last week). Empty before the program starts. An open-ended
 * program runs until `today`.
 */
export function programWeeksSoFar(profile: Profile, today: string): string[] {
  const iop = profile.iop;
  if (!iop || today < iop.startDate) return [];
  const program = programWeeks(profile);
  const current = buildWeek(profile.timezone, profile.weekStart, today).start;
  if (program.ok) return program.weekStarts.filter((start) => start <= current);
  const starts: string[] = [];
  for (let d = buildWeek(profile.timezone, profile.weekStart, iop.startDate).start; d <= current; d = addDays(d, 7)) {
    starts.push(d);
  }
  return starts;
}
