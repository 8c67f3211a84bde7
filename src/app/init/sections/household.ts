import { expandDays } from '../../../domain/profile.js';
import { type DaysInput, type ProfileInput, WEEKDAYS } from '../../../domain/profile-schema.js';
import { checkName, formatDays } from '../answer-checks.js';
import { askDays, askRange, askText, askYes } from '../ask.js';
import { editList } from '../edit-list.js';
import { uniqueSlug } from '../unique-slug.js';
import type { Section } from './section-types.js';

type Member = NonNullable<ProfileInput['household']>[number];
type Busy = NonNullable<Member['busy']>[number];

export const askHousehold: Section = async (p, draft) => {
  const household = await editList<Member>(p, {
    id: 'household',
    items: draft.household ?? [],
    describe: (m) => `${m.name} (${m.busy?.length ?? 0} busy time${m.busy?.length === 1 ? '' : 's'})`,
    addMessage: (n) => (n === 0 ? 'Does anyone live with you (partner, children, parents)?' : 'Add someone else?'),
    ask: async (before, i) => {
      const name = await askText(p, `household.${i}.name`, 'Their name', before?.name, checkName);
      const taken = new Set(['me', ...(draft.household ?? []).filter((m) => m !== before).map((m) => m.id)]);
      const id = before?.id ?? uniqueSlug(name, taken, 'member');
      const busy: Busy[] = [];
      const previous = before?.busy ?? [];
      for (let b = 0; ; b++) {
        const message = b === 0 ? `Is ${name} busy at regular times (work, school)?` : `Another busy time for ${name}?`;
        if (!(await askYes(p, `household.${i}.busy.${b}`, message, b < previous.length))) break;
        const old = previous[b];
        const label = await askText(
          p,
          `household.${i}.busy.${b}.label`,
          'What is it? (e.g. School, Work)',
          old?.label ?? 'Work',
          checkName,
        );
        const days = await askDays(
          p,
          `household.${i}.busy.${b}.days`,
          `${label}: which days?`,
          old?.days ?? 'weekdays',
        );
        const hours = await askRange(
          p,
          `household.${i}.busy.${b}.hours`,
          `${label}: hours (e.g. 8am-5pm, or 10pm-6am overnight)`,
          old ?? { start: '08:00', end: '17:00' },
          { overnight: true, what: 'a busy time' },
        );
        const end = hours.end === '00:00' ? '24:00' : hours.end;
        if (end > hours.start) {
          busy.push({ days, start: hours.start, end, label });
          continue;
        }
        // A busy time lies within one day (DESIGN §2): a night shift becomes the evening part on
        // its days and the morning part on the days after.
        const next = nextDays(days);
        p.say(
          `${label}: ${hours.start}-${hours.end} runs past midnight, so it is kept as ${hours.start}-24:00 (${formatDays(days)}) and 00:00-${hours.end} (${formatDays(next)}).`,
        );
        busy.push(
          { days, start: hours.start, end: '24:00', label },
          { days: next, start: '00:00', end: hours.end, label },
        );
        b++;
      }
      return { id, name, ...(busy.length > 0 && { busy }) };
    },
  });
  const { household: _old, ...rest } = draft;
  return household.length > 0 ? { ...rest, household } : rest;
};

/** The days after the given ones (`[mon, fri]` → `[tue, sat]`), as a list or a named set. */
function nextDays(days: DaysInput): DaysInput {
  const after = expandDays(days).map((d) => WEEKDAYS[d % 7]!);
  const sorted = WEEKDAYS.filter((d) => after.includes(d));
  return sorted.length === 7 ? 'daily' : sorted;
}
