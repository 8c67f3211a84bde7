import { slugify } from '../../../domain/profile.js';
import type { HabitInput } from '../../../domain/profile-schema.js';
import { checkName } from '../answer-checks.js';
import { askRange, askText, askWhole } from '../ask.js';
import { editList } from '../edit-list.js';
import type { Prompter } from '../prompter.js';
import type { Section } from './section-types.js';

/** Recovery habits most programs encourage; the person ticks the ones they want planned. */
export const SUGGESTED_HABITS: HabitInput[] = [
  {
    id: 'peer-call',
    title: 'Peer support call',
    minutes: 15,
    perWeek: 7,
    window: ['07:00', '21:00'],
    priority: 'high',
  },
  {
    id: 'meeting',
    title: 'Mutual-help meeting',
    minutes: 60,
    perWeek: 2,
    window: ['12:00', '21:00'],
    commuteMinutes: 15,
    priority: 'high',
  },
  { id: 'exercise', title: 'Exercise', minutes: 30, perWeek: 3, window: ['06:30', '20:00'] },
  { id: 'breathing', title: 'Breathing practice', minutes: 10, perWeek: 7, window: ['06:30', '22:00'] },
];

const keyOf = (h: HabitInput) => h.id ?? slugify(h.title);

export const askHabits: Section = async (p, draft, ctx) => {
  p.say('Recovery habits');
  const existing = draft.habits ?? [];
  const existingKeys = new Set(existing.map(keyOf));
  const offered = [...existing, ...SUGGESTED_HABITS.filter((s) => !existingKeys.has(keyOf(s)))];
  const chosenKeys = await p.checkbox<string>({
    id: 'habits.chosen',
    message: 'Which habits should the plan make room for? (space to tick, Enter when done)',
    choices: offered.map((h) => ({
      value: keyOf(h),
      name: `${h.title} (${h.minutes} min, ${h.perWeek ?? 'each day'}× a week)`,
      checked: ctx.isNew || existingKeys.has(keyOf(h)),
    })),
  });
  const habits: HabitInput[] = [];
  for (const habit of offered.filter((h) => chosenKeys.includes(keyOf(h)))) {
    habits.push(await askAmount(p, habit, `habits.${keyOf(habit)}`));
  }
  const own = await editList<HabitInput>(p, {
    id: 'habits.own',
    items: [],
    describe: (h) => h.title,
    addMessage: () => 'Add a habit of your own (e.g. journaling, prayer)?',
    ask: async (_before, i) => askOwn(p, i),
  });
  const { habits: _old, ...rest } = draft;
  const all = [...habits, ...own];
  return all.length > 0 ? { ...rest, habits: all } : rest;
};

async function askAmount(p: Prompter, habit: HabitInput, id: string): Promise<HabitInput> {
  const minutes = await askWhole(p, `${id}.minutes`, `${habit.title}: minutes each time`, habit.minutes, {
    min: 1,
    max: 600,
  });
  const perWeek = await askWhole(p, `${id}.perWeek`, `${habit.title}: times a week`, habit.perWeek ?? 7, {
    min: 1,
    max: 7,
  });
  return { ...habit, minutes, perWeek };
}

async function askOwn(p: Prompter, i: number): Promise<HabitInput> {
  const id = `habits.own.${i}`;
  const title = await askText(p, `${id}.title`, 'What is it?', undefined, checkName);
  const amount = await askAmount(p, { title, minutes: 20, perWeek: 3, window: ['07:00', '21:00'] }, id);
  const range = await askRange(p, `${id}.window`, `${title}: between what hours? (earliest-latest)`, {
    start: '07:00',
    end: '21:00',
  });
  return { ...amount, window: [range.start, range.end] };
}
