import type { Profile } from '../profile.js';
import { localDateOf } from '../week.js';
import type { Finding } from './finding.js';
import { formatDay } from './format-warning-text.js';

const DAY_MS = 86_400_000;
/** FMLA (29 CFR 825.302) asks for 30 days' notice when leave is foreseeable. */
const FMLA_NOTICE_DAYS = 30;

function daysBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return Math.round((Date.UTC(ty, tm - 1, td) - Date.UTC(fy, fm - 1, fd)) / DAY_MS);
}

/**
 * `leave-notice`: FMLA leave is on, and the program starts in the future but fewer than 30 days
 * after `nowMs` (counted in calendar days in the profile's zone).
 */
export function checkLeaveNotice(profile: Profile, nowMs: number): Finding[] {
  const iop = profile.iop;
  if (!profile.work?.leave.fmla || !iop) return [];
  const days = daysBetween(localDateOf(nowMs, profile.timezone), iop.startDate);
  if (days < 1 || days >= FMLA_NOTICE_DAYS) return [];
  const inDays = days === 1 ? 'in 1 day' : `in ${days} days`;
  return [
    {
      code: 'leave-notice',
      date: null,
      message:
        `Your program starts ${inDays} (${formatDay(iop.startDate)}). ` +
        `FMLA asks for ${FMLA_NOTICE_DAYS} days' notice when treatment is planned ahead; ` +
        'tell your employer about your leave as soon as you can.',
    },
  ];
}
