import { slugify } from '../../../domain/profile.js';
import type { HabitInput } from '../../../domain/profile-schema.js';
import { checkName, checkSlots, formatSlots, parseSlots } from '../answer-checks.js';
import { askOptional, askRange, askText, askWhole, askYes, understood } from '../ask.js';
import { editList } from '../edit-list.js';
import type { Prompter } from '../prompter.js';
import { longestFixedDayMinutes } from '../week-shape.js';
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
    slots: [
      { days: ['tue', 'thu'], start: '19:00' },
      { days: ['sat'], start: '10:00' },
    ],
    commuteMinutes: 15,
    priority: 'high',
  },
  { id: 'exercise', title: 'Exercise', minutes: 30, perWeek: 3, window: ['07:00', '20:00'] },
  { id: 'breathing', title: 'Breathing practice', minutes: 10, perWeek: 7, window: ['07:00', '22:00'] },
];

const keyOf = (h: HabitInput) => h.id ?? slugify(h.title);

export const askHabits: Section = async (p, draft, ctx) => {
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
    habits.push(...(await askHabit(p, habit, `habits.${keyOf(habit)}`)));
  }
  const own = await editList<HabitInput[]>(p, {
    id: 'habits.own',
    items: [],
    describe: (h) => h.map((x) => x.title).join(', '),
    addMessage: () => 'Add a habit of your own (e.g. journaling, prayer)?',
    ask: async (_before, i) => {
      const title = await askText(p, `habits.own.${i}.title`, 'What is it?', undefined, checkName);
      return askHabit(p, { title, minutes: 20, perWeek: 3, window: ['07:00', '21:00'] }, `habits.own.${i}`);
    },
  });
  const { habits: _old, ...rest } = draft;
  const all = [...habits, ...own.flat()];
  const cap = await askCap(p, draft);
  // The default (12) is written only when the profile already had a cap: Enter keeps it minimal.
  const { rules: oldRules, ...withoutRules } = rest;
  const { maxCommittedHoursPerDay: _cap, ...otherRules } = oldRules ?? {};
  const keep = cap !== 12 || oldRules?.maxCommittedHoursPerDay !== undefined;
  const rules = keep ? { ...otherRules, maxCommittedHoursPerDay: cap } : otherRules;
  const next = Object.keys(rules).length > 0 ? { ...withoutRules, rules } : withoutRules;
  return all.length > 0 ? { ...next, habits: all } : next;
};

/**
 * The daily cap of DESIGN §3 rule 7. The default is 12 hours, or an hour above the longest day of
 * fixed time (shifts, sessions, their travel) when that is longer, so that the fixed time alone
 * does not leave the hardest days with no room for anything else.
 */
async function askCap(p: Prompter, draft: Parameters<Section>[1]): Promise<number> {
  const longest = longestFixedDayMinutes(draft);
  const fallback = draft.rules?.maxCommittedHoursPerDay ?? Math.min(20, Math.max(12, Math.ceil(longest / 60 + 1)));
  return askWhole(
    p,
    'rules.cap',
    'Most hours to plan in a day, not counting sleep (past it, only musts fit)',
    fallback,
    { min: 4, max: 24 },
  );
}

/** How much, when (a window, or set times like a meeting list), travel, and whether it must happen. */
async function askHabit(p: Prompter, habit: HabitInput, id: string): Promise<HabitInput[]> {
  const minutes = await askWhole(p, `${id}.minutes`, `${habit.title}: minutes each time`, habit.minutes, {
    min: 1,
    max: 600,
  });
  let perWeek = await askWhole(p, `${id}.perWeek`, `${habit.title}: times a week`, habit.perWeek ?? 7, {
    min: 1,
    max: 7,
  });
  const setTimes = await p.select<boolean>({
    id: `${id}.when`,
    message: `${habit.title}: when?`,
    choices: [
      { value: false, name: 'Any time between two hours (the plan picks the time)' },
      { value: true, name: 'At set times (like a meeting list)' },
    ],
    default: habit.slots !== undefined,
  });
  const { window: _w, slots: _s, days: _d, priority: _p, commuteMinutes: _c, address: _a, ...kept } = habit;
  let timing: Pick<HabitInput, 'window' | 'slots'>;
  let split: Pick<HabitInput, 'window'>[] | undefined;
  if (setTimes) {
    const text = await askText(
      p,
      `${id}.slots`,
      `${habit.title}: days and start times (e.g. tue,thu 7pm; sat 10am)`,
      habit.slots ? formatSlots(habit.slots) : 'tue,thu 19:00',
      checkSlots,
      understood((t) => {
        const parsed = parseSlots(t);
        return parsed.ok ? formatSlots(parsed.value) : undefined;
      }),
    );
    const slots = (parseSlots(text) as { ok: true; value: NonNullable<HabitInput['slots']> }).value;
    timing = { slots };
    const slotDays = new Set(slots.flatMap((s) => expand(s.days)));
    if (perWeek > slotDays.size) {
      p.say(
        `${habit.title}: ${slotDays.size} day${slotDays.size === 1 ? '' : 's'} with set times, so at most ${slotDays.size} a week.`,
      );
      perWeek = slotDays.size;
    }
  } else {
    const before = habit.window ?? ['07:00', '21:00'];
    const range = await askRange(
      p,
      `${id}.window`,
      `${habit.title}: between what hours? (e.g. 7am-9pm)`,
      { start: before[0], end: before[1] },
      { overnight: true, what: 'a habit' },
    );
    const end = range.end === '00:00' ? '24:00' : range.end;
    timing = { window: [range.start, end] };
    if (end < range.start) {
      split = await askMidnight(p, id, habit.title, range);
      timing = { window: split[0]!.window! };
    }
  }
  // Travel is asked where it is usual (meetings at set times, or a habit that had it): a call or
  // a breathing practice is not travelled to.
  const commuteMinutes =
    setTimes || habit.commuteMinutes
      ? await askWhole(
          p,
          `${id}.commute`,
          `${habit.title}: minutes of travel, one way (0 if online)`,
          habit.commuteMinutes ?? 0,
          { min: 0, max: 600 },
        )
      : 0;
  const address =
    commuteMinutes > 0
      ? await askOptional(
          p,
          `${id}.address`,
          `${habit.title}: address (optional, for your own calendar; Enter skips)`,
          habit.address,
        )
      : undefined;
  const high = await askYes(
    p,
    `${id}.high`,
    `${habit.title}: a must, even on a full day? (it may pass your daily limit)`,
    habit.priority === 'high',
  );
  const result: HabitInput = {
    ...kept,
    minutes,
    perWeek,
    ...(habit.days !== undefined && !setTimes && { days: habit.days }),
    ...timing,
    ...(commuteMinutes > 0 && { commuteMinutes }),
    ...(address && { address }),
    ...(high ? { priority: 'high' as const } : habit.priority === 'low' ? { priority: 'low' as const } : {}),
  };
  if (!split || split.length < 2) return [result];
  // Two windows: the same habit before and after midnight, the times a week shared between them.
  const late = Math.ceil(perWeek / 2);
  return [
    { ...result, perWeek: late },
    ...(perWeek - late > 0
      ? [
          {
            ...result,
            id: `${keyOf(result)}-early`,
            title: `${result.title} (after midnight)`,
            perWeek: perWeek - late,
            window: split[1]!.window!,
          },
        ]
      : []),
  ];
}

const expand = (days: HabitInput['days']): string[] =>
  days === undefined || days === 'daily'
    ? ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
    : days === 'weekdays'
      ? ['mon', 'tue', 'wed', 'thu', 'fri']
      : days === 'weekends'
        ? ['sat', 'sun']
        : days;

/**
 * DESIGN §2: only sleep and shifts may cross midnight, because a habit belongs to one day. The
 * person picks the part before midnight, the part after, or both as two windows.
 */
async function askMidnight(
  p: Prompter,
  id: string,
  title: string,
  range: { start: string; end: string },
): Promise<Pick<HabitInput, 'window'>[]> {
  const before: [string, string] = [range.start, '24:00'];
  const after: [string, string] = ['00:00', range.end];
  p.say(
    `${title}: ${range.start}-${range.end} runs past midnight. A habit's hours lie within one day, so it can be ${before.join('-')}, ${after.join('-')}, or both as two windows.`,
  );
  const choice = await p.select<'before' | 'after' | 'both'>({
    id: `${id}.midnight`,
    message: `${title}: which hours?`,
    choices: [
      { value: 'before', name: `${before.join('-')} (before midnight)` },
      { value: 'after', name: `${after.join('-')} (after midnight)` },
      { value: 'both', name: 'Both: two windows, the times a week shared between them' },
    ],
    default: 'before',
  });
  if (choice === 'before') return [{ window: before }];
  if (choice === 'after') return [{ window: after }];
  return [{ window: before }, { window: after }];
}
