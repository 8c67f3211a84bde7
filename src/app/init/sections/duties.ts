import type { DutyInput } from '../../../domain/profile-schema.js';
import { formatTime, parseTime } from '../../../domain/time-of-day.js';
import { checkName, checkRange, checkTime, formatDays, parseRange, type TimeRange } from '../answer-checks.js';
import { askDays, askRange, askText, askWhole, askYes, understood } from '../ask.js';
import { editList } from '../edit-list.js';
import { parseClock, splitSpan } from '../parse-time.js';
import type { Prompter } from '../prompter.js';
import type { Section } from './section-types.js';

export const askDuties: Section = async (p, draft) => {
  const members = draft.household ?? [];
  const duties = await editList<DutyInput>(p, {
    id: 'duties',
    items: draft.duties ?? [],
    describe: (d) => `${d.title} (${formatDays(d.days)}${d.start ? ` ${d.start}-${d.end}` : `, ${d.minutes} min`})`,
    addMessage: (n) => (n === 0 ? 'Any family duties to plan around (school run, dinner, care)?' : 'Add another duty?'),
    ask: async (before, i) => {
      const title = await askText(
        p,
        `duties.${i}.title`,
        'What is it? (e.g. School drop-off)',
        before?.title,
        checkName,
      );
      const fixed = await p.select<boolean>({
        id: `duties.${i}.fixed`,
        message: `${title}: at a set time, or whenever it fits?`,
        choices: [
          { value: true, name: 'At a set time (e.g. 07:45-08:15)' },
          { value: false, name: 'Flexible: takes a while, some time within a window' },
        ],
        default: before ? before.start !== undefined : true,
      });
      const days = await askDays(p, `duties.${i}.days`, `${title}: which days?`, before?.days ?? 'weekdays');
      const timing = fixed ? await askFixed(p, i, title, before) : await askFlexible(p, i, title, before);
      const {
        start: _s,
        end: _e,
        minutes: _m,
        window: _w,
        perWeek: _p,
        owners: _o,
        rotate: _r,
        ...kept
      } = before ?? { title };
      const duty: DutyInput = { ...kept, title, days, ...timing };
      if (members.length === 0) return duty;
      const owners = await p.checkbox<string>({
        id: `duties.${i}.owners`,
        message: `${title}: who can do it? (space to tick; the first free one is asked first)`,
        choices: [{ value: 'me', name: 'Me' }, ...members.map((m) => ({ value: m.id, name: m.name }))].map((c) => ({
          ...c,
          checked: (before?.owners ?? ['me']).includes(c.value),
        })),
        validate: (chosen) => (chosen.length > 0 ? true : 'Tick at least one person'),
      });
      // Worded as the allocator rotates (DESIGN §3 rule 4): a fixed duty goes to one person a
      // week, the first in turn moving on by ISO week; a flexible one is shared out day by day.
      const message = fixed
        ? `${title}: take turns a week each? (whoever is free covers a busy day)`
        : `${title}: share it out? (the days are split fairly among those free)`;
      const rotate = owners.length > 1 && (await askYes(p, `duties.${i}.rotate`, message, before?.rotate ?? false));
      return { ...duty, owners, ...(rotate && { rotate }) };
    },
  });
  const { duties: _old, ...rest } = draft;
  return duties.length > 0 ? { ...rest, duties } : rest;
};

/**
 * A set time as a span, or as one time for something quick (evening medicine at 8pm): that is
 * taken as 15 minutes from then, and the answer shows the span it became.
 */
async function askFixed(p: Prompter, i: number, title: string, before: DutyInput | undefined) {
  const fallback =
    before?.start && before.end ? { start: before.start, end: before.end } : { start: '07:45', end: '08:15' };
  const span = checkRange({ overnight: false, what: 'a duty' });
  const read = (text: string): TimeRange | undefined => {
    if (span(text) === true) return parseRange(text, { overnight: false });
    const one = parseClock(text);
    if (!one.ok || splitSpan(text)) return undefined;
    const end = Math.min(parseTime(one.value) + QUICK_MINUTES, 24 * 60);
    return end > parseTime(one.value) ? { start: one.value, end: formatTime(end) } : undefined;
  };
  const text = await askText(
    p,
    `duties.${i}.hours`,
    `${title}: from when to when? (e.g. 7:45-8:15am, or just 8pm)`,
    `${fallback.start}-${fallback.end}`,
    (t) => (read(t) ? true : splitSpan(t) ? (span(t) as string) : checkTime(t)),
    understood((t) => {
      const range = read(t);
      return range && `${range.start}-${range.end}`;
    }),
  );
  const hours = read(text)!;
  return { start: hours.start, end: hours.end };
}

const QUICK_MINUTES = 15;

async function askFlexible(p: Prompter, i: number, title: string, before: DutyInput | undefined) {
  const minutes = await askWhole(
    p,
    `duties.${i}.minutes`,
    `${title}: how many minutes does it take?`,
    before?.minutes ?? 60,
    {
      min: 1,
      max: 1440,
    },
  );
  const window = before?.window ?? ['17:00', '20:00'];
  const range = await askRange(
    p,
    `duties.${i}.window`,
    `${title}: between what hours? (earliest-latest)`,
    { start: window[0], end: window[1] },
    { overnight: false, what: 'a duty' },
  );
  const perWeek = await askWhole(
    p,
    `duties.${i}.perWeek`,
    `${title}: how many times a week? (0 = on every day listed)`,
    before?.perWeek ?? 0,
    {
      min: 0,
      max: 7,
    },
  );
  return { minutes, window: [range.start, range.end] as [string, string], ...(perWeek > 0 && { perWeek }) };
}
