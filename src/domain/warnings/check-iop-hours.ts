import type { TimedBlock } from '../plan-types.js';
import type { Profile } from '../profile.js';
import { programCoversWholeWeek } from '../program-dates.js';
import { formatHours } from '../time/format-duration.js';
import type { Week } from '../week.js';
import type { Finding } from './finding.js';
import { iopSessionMinutes } from './iop-session-minutes.js';

/** 20 h a week or more is partial hospitalisation (ASAM level 2.5), not IOP. */
const PARTIAL_HOSPITALISATION_HOURS = 20;

/**
 * `iop-hours-low` / `iop-hours-high` against `iop.hoursTarget`. Only for weeks the program covers
 * whole and without closures: a first, last or holiday week is short by design, not a problem.
 * (r2) The hours are session hours: arrive-early minutes are time in the waiting room, not care.
 */
export function checkIopHours(profile: Profile, week: Week, blocks: TimedBlock[]): Finding[] {
  const iop = profile.iop;
  if (
    !iop ||
    !programCoversWholeWeek(
      iop,
      week.days.map((d) => d.date),
    )
  )
    return [];
  const { min, max } = iop.hoursTarget;
  const hours = Math.round((iopSessionMinutes(blocks) / 60) * 100) / 100;
  const target = `${formatHours(min)}–${formatHours(max)} h`;
  if (hours < min) {
    return [
      {
        code: 'iop-hours-low',
        date: null,
        message:
          `This week has ${formatHours(hours)} h of IOP time, below your target of ${target}. ` +
          'ASAM level 2.1 is 9–19 h a week for adults; talk to your program if this week is light.',
      },
    ];
  }
  if (hours > max) {
    const intensity =
      hours >= PARTIAL_HOSPITALISATION_HOURS
        ? ` ${PARTIAL_HOSPITALISATION_HOURS} h or more a week is partial-hospitalisation intensity, more than IOP.`
        : '';
    return [
      {
        code: 'iop-hours-high',
        date: null,
        message:
          `This week has ${formatHours(hours)} h of IOP time, above your target of ${target}.${intensity} ` +
          'Check this schedule with your program.',
      },
    ];
  }
  return [];
}
