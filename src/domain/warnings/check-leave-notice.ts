import { fmlaStatusOf } from '../leave/fmla-status.js';
import { programDisplacesWork } from '../leave/program-displaces-work.js';
import type { Profile } from '../profile.js';
import { formatDay } from '../time/format-day.js';
import { localDateOf } from '../week.js';
import type { Finding } from './finding.js';

const DAY_MS = 86_400_000;
/** FMLA (29 CFR 825.302) asks for 30 days' notice when leave is foreseeable. */
const FMLA_NOTICE_DAYS = 30;

function daysBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return Math.round((Date.UTC(ty, tm - 1, td) - Date.UTC(fy, fm - 1, fd)) / DAY_MS);
}

/**
 * `leave-notice`: the program starts in the future but fewer than 30 days after `nowMs` (counted
 * in calendar days in the profile's zone), and (r2) it takes work time in some week of the
 * program. A program that displaces no work gets no nudge to tell the employer (DESIGN §4a).
 * FMLA is named only when the person is eligible.
 */
export function checkLeaveNotice(profile: Profile, nowMs: number): Finding[] {
  const iop = profile.iop;
  if (!profile.work || !iop) return [];
  const days = daysBetween(localDateOf(nowMs, profile.timezone), iop.startDate);
  if (days < 1 || days >= FMLA_NOTICE_DAYS) return [];
  if (!programDisplacesWork(profile)) return [];
  const inDays = days === 1 ? 'in 1 day' : `in ${days} days`;
  const rule =
    fmlaStatusOf(profile) === 'eligible'
      ? `FMLA asks for ${FMLA_NOTICE_DAYS} days' notice when treatment is planned ahead`
      : 'Employers usually want notice of planned time away from work';
  return [
    {
      code: 'leave-notice',
      date: null,
      message:
        `Your program starts ${inDays} (${formatDay(iop.startDate)}) and takes some of your work hours. ` +
        `${rule}: tell your employer as soon as you can (\`iop-plan letter\` drafts the request).`,
    },
  ];
}
