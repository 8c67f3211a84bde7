import { checkName, checkZone } from '../answer-checks.js';
import { askText } from '../ask.js';
import type { Section } from './section-types.js';

export const askAbout: Section = async (p, draft, ctx) => {
  const name = await askText(p, 'me.name', 'What should the plan call you?', draft.me?.name || 'Me', checkName);
  const timezone = await askText(p, 'timezone', 'Your time zone', draft.timezone || ctx.systemZone, checkZone);
  const weekStart = await p.select({
    id: 'weekStart',
    message: 'Your week starts on',
    choices: [
      { value: 'monday' as const, name: 'Monday' },
      { value: 'sunday' as const, name: 'Sunday' },
    ],
    default: draft.weekStart ?? 'monday',
  });
  return { ...draft, me: { ...draft.me, name }, timezone, weekStart };
};
