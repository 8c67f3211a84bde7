import { allocateWeek } from '../allocator/allocate-week.js';
import type { Profile } from '../profile.js';
import { programEndDate } from '../program-dates.js';
import { addDays, buildWeek } from '../week.js';

const known = new WeakMap<Profile, boolean>();

/**
 * Whether the program takes work time in its first two weeks (the first may be partial): its
 * sessions and flexible items, with their travel, arrive-early and transition, displace scheduled
 * shift time (moved within `work.flexible` or left as leave), or leave flexible work hours without
 * room. Only work and the program are planned here: the person's events, duties and habits are
 * left out, so time given up for them never counts as displacement by treatment (DESIGN §4a).
 * Remembered per profile object: `leave`, `letter` and multi-week plans ask once.
 */
export function programDisplacesWork(profile: Profile): boolean {
  const cached = known.get(profile);
  if (cached !== undefined) return cached;
  const answer = computeDisplacement(profile);
  known.set(profile, answer);
  return answer;
}

function computeDisplacement(profile: Profile): boolean {
  const { iop, work } = profile;
  if (!iop || !work) return false;
  const bare: Profile = { ...profile, duties: [], habits: [], events: [] };
  const end = programEndDate(iop);
  const first = buildWeek(profile.timezone, profile.weekStart, iop.startDate);
  const weeks = [first.start, addDays(first.start, 7)].filter((start) => end === undefined || start < end);
  const hasShifts = work.shifts.length > 0;
  return weeks.some((start) => {
    const result = allocateWeek(bare, buildWeek(profile.timezone, profile.weekStart, start));
    if (result.leave.length > 0) return true;
    if (hasShifts) return result.slots.some((s) => s.owner === 'me' && s.source === 'work.flexible');
    return result.unplaced.some((u) => u.source === 'work.flexible' && u.code !== 'closed');
  });
}
