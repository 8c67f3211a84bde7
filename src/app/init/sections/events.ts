import type { EventInput } from '../../../domain/profile-schema.js';
import { checkDate, checkName } from '../answer-checks.js';
import { askRange, askText } from '../ask.js';
import { editList } from '../edit-list.js';
import type { Section } from './section-types.js';

export const askEvents: Section = async (p, draft, ctx) => {
  const events = await editList<EventInput>(p, {
    id: 'events',
    items: draft.events ?? [],
    describe: (e) => `${e.title} (${e.date} ${e.start}-${e.end})`,
    addMessage: (n) =>
      n === 0 ? 'Any one-off events coming up (appointment, school play)?' : 'Add another one-off event?',
    ask: async (before, i) => {
      const title = await askText(p, `events.${i}.title`, 'What is it?', before?.title, checkName);
      const date = await askText(
        p,
        `events.${i}.date`,
        `${title}: which day? (YYYY-MM-DD)`,
        before?.date ?? ctx.today,
        checkDate,
      );
      const hours = await askRange(
        p,
        `events.${i}.hours`,
        `${title}: from when to when? (start-end)`,
        before ?? { start: '18:00', end: '19:00' },
        { overnight: false, what: 'an event' },
      );
      return { ...before, title, date, start: hours.start, end: hours.end };
    },
  });
  const { events: _old, ...rest } = draft;
  return events.length > 0 ? { ...rest, events } : rest;
};
