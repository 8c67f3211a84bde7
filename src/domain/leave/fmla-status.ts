import type { Profile } from '../profile.js';
import { supportRegionOf } from '../support/support-line.js';
import { formatHours } from '../time/format-duration.js';

/** FMLA: up to 12 workweeks of leave in a 12-month period (29 CFR 825.200). */
export const FMLA_WEEKS = 12;

/**
 * How the tool may speak of FMLA (DESIGN §4a): `eligible` claims it; `unsure` lists the three
 * conditions and shows the hours only "if you are eligible"; `not-eligible` never names it and asks
 * for a schedule adjustment instead. FMLA is US law: outside US zones `unsure` reads as `not-eligible`.
 */
export type FmlaStatus = 'eligible' | 'unsure' | 'not-eligible';

export function fmlaStatusOf(profile: Profile): FmlaStatus {
  const eligible = profile.work?.leave.eligible ?? 'unsure';
  if (eligible === 'yes') return 'eligible';
  if (eligible === 'no') return 'not-eligible';
  return inUs(profile) ? 'unsure' : 'not-eligible';
}

/** The profile's zone lies in the US (where FMLA and the ADA apply). */
export function inUs(profile: Profile): boolean {
  return supportRegionOf(profile.timezone) === 'us';
}

/** 29 CFR 825.110: the three conditions an employee must meet, in plain words. */
export const FMLA_CONDITIONS = [
  'you have worked for your employer for at least 12 months (they need not be in a row);',
  'you worked at least 1,250 hours in the 12 months before the leave starts (about 24 h a week);',
  'your employer has at least 50 employees within 75 miles of your worksite.',
] as const;

/** `12 weeks × 20 h a week (your shifts) = 240 h`, or why no figure can be given. */
export function describeEntitlement(profile: Profile): { minutes: number | undefined; text: string } {
  const leave = profile.work?.leave;
  if (!leave || leave.normalWeeklyHoursFrom === 'none' || leave.normalWeeklyHours <= 0) {
    return {
      minutes: undefined,
      text: 'your normal weekly hours are not known (set work.leave.normalWeeklyHours to count the 12 weeks in hours)',
    };
  }
  const hours = leave.normalWeeklyHours;
  const minutes = Math.round(FMLA_WEEKS * hours * 60);
  return {
    minutes,
    text: `${FMLA_WEEKS} weeks × ${formatHours(hours)} h a week (${SOURCES[leave.normalWeeklyHoursFrom]}) = ${formatHours(minutes / 60)} h`,
  };
}

const SOURCES = {
  profile: 'work.leave.normalWeeklyHours',
  shifts: 'the week your shifts add up to',
  weeklyHours: 'work.flexible.weeklyHours',
} as const;
