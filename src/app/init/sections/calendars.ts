import type { ProfileInput } from '../../../domain/profile-schema.js';
import { askRosterCalendar, checkCalendarFile } from '../../ask-roster-calendar.js';
import type { Section } from './section-types.js';

/**
 * (r2 §5a) A roster as a calendar file (`calendars`, `as: work`), asked right after work; someone
 * not working is not asked.
 */
export const askCalendars: Section = async (p, draft, ctx) => {
  if (!draft.work) {
    p.say('Nothing to ask: you are not working at the moment (see Work).');
    return draft;
  }
  return askRosterCalendar(p, draft, ctx.roster ?? { cwd: process.cwd(), check: checkCalendarFile });
};

/** The draft without a roster (`as: work` calendars): for someone no longer working. */
export function withoutRoster(draft: ProfileInput): ProfileInput {
  const { calendars = [], ...rest } = draft;
  const others = calendars.filter((c) => c.as !== 'work');
  return others.length > 0 ? { ...rest, calendars: others } : rest;
}
