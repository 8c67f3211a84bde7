import type { ProfileInput, Weekday } from '../../../domain/profile-schema.js';
import { WEEKDAYS } from '../../../domain/profile-schema.js';
import { askDays, askRange, askWhole, askYes } from '../ask.js';
import type { Prompter } from '../prompter.js';
import type { Section } from './section-types.js';

type Work = NonNullable<ProfileInput['work']>;
type Kind = 'shifts' | 'flexible' | 'none';

export const askWork: Section = async (p, draft, ctx) => {
  p.say('Work');
  const old = draft.work;
  const kind = await p.select<Kind>({
    id: 'work.kind',
    message: 'How do you work?',
    choices: [
      { value: 'shifts', name: 'Fixed hours or shifts' },
      { value: 'flexible', name: 'Flexible hours (a number of hours a week, no fixed shifts)' },
      { value: 'none', name: 'Not working at the moment' },
    ],
    default: old ? (old.shifts?.length ? 'shifts' : 'flexible') : ctx.isNew ? 'shifts' : 'none',
  });
  if (kind === 'none') {
    const { work: _dropped, ...rest } = draft;
    return rest;
  }
  const work: Work = kind === 'shifts' ? await askShifts(p, old) : await askFlexibleHours(p, old);
  work.commuteMinutes = await askWhole(
    p,
    'work.commute',
    'Minutes of travel to work, one way (0 if none)',
    old?.commuteMinutes ?? 0,
    { min: 0, max: 600 },
  );
  if (work.commuteMinutes > 0) {
    const remote = await p.checkbox<Weekday>({
      id: 'work.remoteDays',
      message: 'Days you work from home (space to tick, Enter when done)',
      choices: WEEKDAYS.map((d) => ({ value: d, name: d, checked: old?.remoteDays?.includes(d) ?? false })),
    });
    if (remote.length > 0) work.remoteDays = remote;
  }
  const fmla = await askYes(
    p,
    'work.fmla',
    'Do you use FMLA (or similar) leave for treatment hours?',
    old?.leave?.fmla ?? false,
  );
  if (fmla) {
    const normalWeeklyHours = await p.number({
      id: 'work.normalWeeklyHours',
      message: 'Your normal hours a week',
      default: old?.leave?.normalWeeklyHours ?? 40,
      validate: (v) => (v !== undefined && v > 0 && v <= 168 ? true : 'Use a number of hours from 1 to 168, e.g. 37.5'),
    });
    work.leave = { ...old?.leave, fmla, normalWeeklyHours };
  } else if (old?.leave) {
    work.leave = { ...old.leave, fmla: false };
  }
  if (old?.daysOff) work.daysOff = old.daysOff;
  return { ...draft, work };
};

async function askShifts(p: Prompter, old: Work | undefined): Promise<Work> {
  const previous = old?.shifts ?? [];
  const shifts: NonNullable<Work['shifts']> = [];
  for (let i = 0; ; i++) {
    const before = previous[i] ?? { days: 'weekdays' as const, start: '09:00', end: '17:00' };
    const days = await askDays(
      p,
      `work.shifts.${i}.days`,
      `Shift ${i + 1}: which days? (weekdays, mon,wed …)`,
      before.days,
    );
    const hours = await askRange(
      p,
      `work.shifts.${i}.hours`,
      `Shift ${i + 1}: hours (start-end; a night shift may end next morning)`,
      before,
      {
        overnight: true,
      },
    );
    shifts.push({ days, start: hours.start, end: hours.end });
    if (
      !(await askYes(
        p,
        `work.shifts.${i}.more`,
        'Another shift with different days or hours?',
        i + 1 < previous.length,
      ))
    )
      break;
  }
  const work: Work = { shifts };
  const canMove = await askYes(
    p,
    'work.canMove',
    'May your employer move your hours around IOP (work the missed time earlier or later)?',
    old?.flexible !== undefined && old.shifts !== undefined,
  );
  if (canMove) {
    const before = old?.flexible ?? { earliest: '07:00', latest: '19:00' };
    const window = await askRange(p, 'work.window', 'Within what hours may work be moved? (earliest-latest)', {
      start: before.earliest,
      end: before.latest,
    });
    const { weeklyHours: _unused, ...kept } = old?.flexible ?? {};
    work.flexible = { ...kept, days: old?.flexible?.days ?? 'weekdays', earliest: window.start, latest: window.end };
  }
  return work;
}

async function askFlexibleHours(p: Prompter, old: Work | undefined): Promise<Work> {
  const before = old?.flexible;
  const weeklyHours = await p.number({
    id: 'work.weeklyHours',
    message: 'Hours of work a week',
    default: before?.weeklyHours ?? 20,
    validate: (v) => (v !== undefined && v > 0 && v <= 100 ? true : 'Use a number of hours from 1 to 100, e.g. 20'),
  });
  const days = await askDays(
    p,
    'work.days',
    'Which days can you work? (weekdays, mon,wed …)',
    before?.days ?? 'weekdays',
  );
  const window = await askRange(p, 'work.window', 'Between what hours? (earliest-latest)', {
    start: before?.earliest ?? '09:00',
    end: before?.latest ?? '17:00',
  });
  return { flexible: { ...before, days, earliest: window.start, latest: window.end, weeklyHours } };
}
