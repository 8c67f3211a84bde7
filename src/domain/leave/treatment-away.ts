import { toCalendarBlocks } from '../calendar/calendar-blocks.js';
import { intersectIntervals, type MsInterval } from '../calendar/merge-intervals.js';
import { scheduledShifts } from '../calendar/scheduled-shifts.js';
import type { Plan } from '../plan-types.js';
import type { Profile } from '../profile.js';

/**
 * When treatment takes the person away during scheduled work hours in one planned week (DESIGN
 * §4a): IOP sessions and flexible IOP items with their travel and arrive-early blocks, and the
 * `treatment` leave (which holds the transition minutes), cut to the scheduled shifts, merged.
 * Events are left out: time off for them is personal, never part of a request about treatment.
 */
export function treatmentAwayDuringWork(profile: Profile, plan: Plan): MsInterval[] {
  const away: MsInterval[] = toCalendarBlocks(profile, plan).filter(
    (b) => b.owner === 'me' && b.sensitivity === 'treatment',
  );
  for (const leave of plan.leave) {
    if (leave.kind === 'treatment') away.push({ startMs: Date.parse(leave.start), endMs: Date.parse(leave.end) });
  }
  return intersectIntervals(away, scheduledShifts(profile, plan));
}

/**
 * Work hours of a flexible-hours week (no shifts) that found no room: `work.flexible` reported as
 * unplaced. They are displaced work too, though no clock time can be named for them.
 */
export function workShortfallMinutes(profile: Profile, plan: Plan): number {
  if ((profile.work?.shifts.length ?? 0) > 0) return 0;
  return plan.unplaced
    .filter((u) => u.source === 'work.flexible' && u.owner === 'me' && u.code !== 'closed')
    .reduce((sum, u) => sum + u.minutes, 0);
}

/** The week's treatment takes scheduled work time, or leaves flexible work hours without room. */
export function treatmentDisplacesWork(profile: Profile, plan: Plan): boolean {
  return treatmentAwayDuringWork(profile, plan).length > 0 || workShortfallMinutes(profile, plan) > 0;
}
