import type { Profile } from '../profile.js';
import { programEndDate } from '../program-dates.js';
import { formatDay } from '../time/format-day.js';
import { fmlaStatusOf } from './fmla-status.js';

/** FMLA (29 CFR 825.302): 30 days' notice when leave is foreseeable. */
export const NOTICE_DAYS = 30;

const DAY_MS = 86_400_000;

function daysFrom(today: string, date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
}

/**
 * The notice warning: the program displaces work (`displacesWork`) and starts fewer than 30 days
 * after `today` (or has started and not ended). Undefined when there is time enough, or when no
 * work is displaced: then nothing nudges the person to tell the employer (DESIGN §4a).
 */
export function leaveNotice(profile: Profile, today: string, displacesWork: boolean): string | undefined {
  const iop = profile.iop;
  if (!iop || !displacesWork) return undefined;
  const days = daysFrom(today, iop.startDate);
  if (days >= NOTICE_DAYS) return undefined;
  const end = programEndDate(iop);
  if (end !== undefined && today >= end) return undefined;
  const rule =
    fmlaStatusOf(profile) === 'eligible'
      ? `FMLA asks for ${NOTICE_DAYS} days' notice when leave can be planned ahead`
      : 'employers usually want notice of planned time off';
  const when =
    days > 0
      ? `Your program starts in ${days === 1 ? '1 day' : `${days} days`} (${formatDay(iop.startDate)})`
      : `Your program started on ${formatDay(iop.startDate)}`;
  return `${when}: ${rule}; tell your employer as soon as you can (\`iop-plan letter\` drafts the request).`;
}
