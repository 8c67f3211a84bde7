import { rosterOnlyWork, rosterShiftsOnDate } from '../imports/imported-slots.js';
import type { Plan } from '../plan-types.js';
import type { Profile } from '../profile.js';
import { addDays, localInstant, weekdayOf } from '../week.js';
import type { MsInterval } from './merge-intervals.js';

/**
 * The work shifts the profile schedules over a plan's week, as instants: from the day before the
 * week (a night shift that began then runs into the first morning) to its last day, skipping
 * `work.daysOff`. A shift whose end is not after its start ends the next morning.
 */
export function scheduledShifts(profile: Profile, plan: Plan): MsInterval[] {
  const work = rosterOnlyWork(profile);
  if (!work) return [];
  const zone = profile.timezone;
  const intervals: MsInterval[] = [];
  for (let date = addDays(plan.week.start, -1); date <= plan.week.end; date = addDays(date, 1)) {
    if (work.daysOff.includes(date)) continue;
    const roster = rosterShiftsOnDate(profile, date);
    if (roster) {
      intervals.push(...roster);
      continue;
    }
    const weekday = weekdayOf(date);
    for (const shift of work.shifts) {
      if (!shift.days.includes(weekday)) continue;
      const endMinute = shift.endMinute > shift.startMinute ? shift.endMinute : shift.endMinute + 1440;
      intervals.push({
        startMs: localInstant(zone, date, shift.startMinute),
        endMs: localInstant(zone, date, endMinute),
      });
    }
  }
  return intervals;
}
