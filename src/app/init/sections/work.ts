import { expandDays } from '../../../domain/profile.js';
import type { ProfileInput, Weekday } from '../../../domain/profile-schema.js';
import { WEEKDAYS } from '../../../domain/profile-schema.js';
import { askDays, askOptional, askRange, askWhole, askYes } from '../ask.js';
import type { Prompter } from '../prompter.js';
import { weeklyShiftHours } from '../week-shape.js';
import { withoutRoster } from './calendars.js';
import type { Section } from './section-types.js';

type Work = NonNullable<ProfileInput['work']>;
type Kind = 'shifts' | 'flexible' | 'none';

export const askWork: Section = async (p, draft, ctx) => {
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
    return withoutRoster(rest); // a roster stands for work too
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
  if (work.commuteMinutes > 0) {
    const address = await askOptional(
      p,
      'work.address',
      'Workplace address (optional, for your own calendar; Enter skips)',
      old?.address,
    );
    if (address) work.address = address;
  }
  const leave = await askLeave(p, old, work, draft.timezone);
  if (leave) work.leave = leave;
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
      `Shift ${i + 1}: hours (e.g. 9am-5pm, or 7pm-7:30am for a night)`,
      before,
      { overnight: true, what: 'a shift' },
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
    'Can you make up missed work hours at other times that week?',
    old?.flexible !== undefined && old.shifts !== undefined,
  );
  if (canMove) {
    const before = old?.flexible ?? { earliest: '07:00', latest: '19:00' };
    const window = await askRange(p, 'work.window', 'Between what hours may work be moved? (earliest-latest)', {
      start: before.earliest,
      end: before.latest,
    });
    const { weeklyHours: _unused, ...kept } = old?.flexible ?? {};
    // Moved work goes on the days worked anyway (the shifts' days), unless the profile says otherwise.
    const worked = WEEKDAYS.filter((_, i) => shifts.some((s) => expandDays(s.days).includes(i + 1)));
    const named = worked.join() === 'mon,tue,wed,thu,fri' ? 'weekdays' : worked.length === 7 ? 'daily' : worked;
    work.flexible = { ...kept, days: old?.flexible?.days ?? named, earliest: window.start, latest: window.end };
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

type Leave = NonNullable<Work['leave']>;
type Answer = 'yes' | 'no' | 'unsure';

/** The three FMLA conditions (29 CFR 825.110), asked in plain words. */
const CONDITIONS = [
  ['months', 'Have you worked for this employer 12 months or more?'],
  ['hours', 'At least 1,250 hours in the last 12 months (24 a week)?'],
  ['size', 'Does it have 50+ employees within 75 miles of your work?'],
] as const;

/**
 * Whether treatment time is taken as leave and, if so, whether FMLA applies (each condition may
 * be "I don't know": eligibility is then `unsure`, and `leave`/`letter` list what to check), and
 * the normal week the leave is counted against, proposed from the hours just given.
 */
async function askLeave(p: Prompter, old: Work | undefined, work: Work, timezone: string): Promise<Leave | undefined> {
  const takesLeave = await askYes(
    p,
    'work.fmla',
    'Will you take leave from work for treatment (FMLA or similar)?',
    old?.leave?.fmla ?? false,
  );
  if (!takesLeave) return old?.leave ? { ...old.leave, fmla: false } : undefined;
  const leave: Leave = { ...old?.leave, fmla: true };
  const known = old?.leave?.eligible === 'yes' || old?.leave?.eligible === 'no' ? old.leave.eligible : undefined;
  const recheck =
    known &&
    !(await p.select<boolean>({
      id: 'work.leave.keep',
      message: `FMLA: you found it ${known === 'yes' ? 'applies' : 'does not apply'} to you. Keep that?`,
      choices: [
        { value: true, name: 'Yes, keep it' },
        { value: false, name: 'Answer the three questions again' },
      ],
      default: true,
    }));
  if (known && !recheck) leave.eligible = known;
  else if (/^(America|US)\//.test(timezone) || timezone === 'Pacific/Honolulu') {
    p.say(
      'FMLA protects your job during treatment when three things are true.\n"I don\'t know" is a fine answer: `iop-plan leave` then lists what to ask HR.',
    );
    const before: Answer = old?.leave?.eligible === 'yes' ? 'yes' : 'unsure';
    const answers: Answer[] = [];
    for (const [key, message] of CONDITIONS) {
      answers.push(
        await p.select<Answer>({
          id: `work.leave.${key}`,
          message,
          choices: [
            { value: 'yes', name: 'Yes' },
            { value: 'no', name: 'No' },
            { value: 'unsure', name: "I don't know" },
          ],
          default: before,
        }),
      );
    }
    leave.eligible = answers.includes('no') ? 'no' : answers.every((a) => a === 'yes') ? 'yes' : 'unsure';
    p.say(
      {
        yes: 'You meet the FMLA conditions: treatment hours are counted as FMLA leave.',
        no: 'FMLA does not apply; a letter will ask your employer for a schedule adjustment instead.',
        unsure: 'Check with HR before you count on FMLA; `iop-plan leave` lists what to ask.',
      }[leave.eligible],
    );
  }
  const derived = work.shifts ? weeklyShiftHours(work.shifts) : (work.flexible?.weeklyHours ?? 0);
  const normal = await p.number({
    id: 'work.normalWeeklyHours',
    message: `Your normal hours a week (leave is counted from them; ${derived} from your shifts)`,
    default: old?.leave?.normalWeeklyHours ?? derived,
    validate: (v) => (v !== undefined && v > 0 && v <= 168 ? true : 'Use a number of hours from 1 to 168, e.g. 37.5'),
  });
  if (normal === derived) delete leave.normalWeeklyHours;
  else leave.normalWeeklyHours = normal;
  return leave;
}
