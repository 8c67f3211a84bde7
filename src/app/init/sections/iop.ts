import { expandDays } from '../../../domain/profile.js';
import type { FlexibleIopInput, ProfileInput, SessionInput } from '../../../domain/profile-schema.js';
import { addDays } from '../../../domain/week.js';
import { checkDate, checkDateList, parseDateList } from '../answer-checks.js';
import { askDays, askOptional, askRange, askText, askWhole, askYes } from '../ask.js';
import type { Prompter } from '../prompter.js';
import type { Track } from '../track.js';
import { hasLateShiftsOnly, hasNightShift } from '../week-shape.js';
import type { Section } from './section-types.js';

type Iop = NonNullable<ProfileInput['iop']>;
type Shape = Omit<Iop, 'startDate'>;

/** The Monday after `date` (or `date` itself when it is a Monday): programs usually start on one. */
export function nextMonday(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(date, (8 - weekday) % 7);
}

export const askIop: Section = async (p, draft, ctx) => {
  const old = draft.iop;
  const choice = await p.select<string>({
    id: 'iop.track',
    message: 'Which schedule does your program follow?',
    choices: [
      ...(old ? [{ value: 'keep', name: `Keep my current schedule (${old.program ?? 'IOP'})` }] : []),
      ...ctx.tracks.map((t) => ({ value: `track:${t.key}`, name: t.name, description: t.description })),
      { value: 'custom', name: 'Other days or times (type them in)' },
      { value: 'none', name: 'I am not in a program right now' },
    ],
    default: old ? 'keep' : !ctx.isNew ? 'none' : suggestTrack(draft.work, ctx.tracks),
  });
  if (choice === 'none') {
    const { iop: _dropped, ...rest } = draft;
    return rest;
  }
  const track = ctx.tracks.find((t) => `track:${t.key}` === choice);
  let shape: Shape = choice === 'keep' && old ? old : track ? structuredClone(track.iop) : { ...old, sessions: [] };
  if (choice === 'custom') shape = { ...shape, sessions: await askSessions(p, old?.sessions ?? []) };

  const program = await askText(p, 'iop.program', 'Name of the program', shape.program ?? 'IOP', (t) =>
    t.trim() ? true : 'Please type a name, e.g. Evening IOP',
  );
  const startDate = await askText(
    p,
    'iop.startDate',
    'First day of the program (YYYY-MM-DD)',
    old?.startDate ?? nextMonday(ctx.today),
    checkDate,
  );
  const weeks = await askWhole(p, 'iop.weeks', 'How many weeks does it last?', shape.weeks ?? 12, { min: 1, max: 104 });
  const mode = await p.select({
    id: 'iop.mode',
    message: 'How do you attend?',
    choices: [
      { value: 'in-person' as const, name: 'In person' },
      { value: 'virtual' as const, name: 'By video (virtual)' },
      { value: 'hybrid' as const, name: 'Both (hybrid)' },
    ],
    default: shape.mode ?? 'in-person',
  });
  const iop: Iop = { ...shape, program, startDate, weeks, mode };
  if (mode === 'virtual') {
    delete iop.commuteMinutes;
    delete iop.arriveEarlyMinutes;
  } else {
    iop.commuteMinutes = await askWhole(
      p,
      'iop.commute',
      'Minutes of travel to the program, one way',
      shape.commuteMinutes ?? 20,
      { min: 0, max: 600 },
    );
    iop.arriveEarlyMinutes = await askWhole(
      p,
      'iop.arriveEarly',
      'Minutes to arrive early (check-in)',
      shape.arriveEarlyMinutes ?? 10,
      { min: 0, max: 120 },
    );
    const address = await askOptional(
      p,
      'iop.address',
      'Address of the program (optional, for your own calendar; Enter skips)',
      shape.address ?? old?.address,
    );
    if (address) iop.address = address;
    else delete iop.address;
    if (worksOnSite(draft.work)) {
      const fallback = Math.max(draft.work?.commuteMinutes ?? 0, iop.commuteMinutes);
      const fromWork = await askWhole(
        p,
        'iop.fromWork',
        'Minutes from work straight to the program (if no time to go home)',
        shape.fromWorkMinutes ?? fallback,
        { min: 0, max: 600 },
      );
      if (fromWork === fallback) delete iop.fromWorkMinutes;
      else iop.fromWorkMinutes = fromWork;
    } else delete iop.fromWorkMinutes;
  }
  if (mode === 'virtual') {
    delete iop.address;
    delete iop.fromWorkMinutes;
  }
  const closed = await askClosedDates(p, shape.closedDates ?? old?.closedDates ?? []);
  const last = addDays(startDate, weeks * 7 - 1);
  const outside = closed.filter((d) => d < startDate || d > last);
  if (outside.length > 0) {
    p.say(
      `${outside.join(', ')}: outside the program (${startDate} to ${last}), so ${outside.length === 1 ? 'it changes' : 'they change'} nothing.`,
    );
  }
  if (closed.length > 0) iop.closedDates = closed;
  else delete iop.closedDates;
  const others = (shape.flexible ?? []).filter((f) => f.kind !== 'individual' && f.kind !== 'family');
  const individual = await askFlexible(p, 'individual', shape.flexible ?? []);
  const family = await askFlexible(p, 'family', shape.flexible ?? []);
  const flexible = [...individual, ...family, ...others];
  if (flexible.length > 0) iop.flexible = flexible;
  else delete iop.flexible;
  return { ...draft, iop };
};

async function askSessions(p: Prompter, previous: SessionInput[]): Promise<SessionInput[]> {
  const sessions: SessionInput[] = [];
  for (let i = 0; ; i++) {
    const before = previous[i] ?? { days: ['mon', 'wed', 'thu'] as SessionInput['days'], start: '18:00', end: '21:00' };
    const days = await askDays(
      p,
      `iop.sessions.${i}.days`,
      `Group sessions ${i + 1}: which days? (mon,wed,thu …)`,
      before.days,
    );
    const hours = await askRange(p, `iop.sessions.${i}.hours`, `Group sessions ${i + 1}: hours (start-end)`, before, {
      overnight: false,
      what: 'a session',
    });
    sessions.push({ ...before, days, start: hours.start, end: hours.end });
    if (
      !(await askYes(
        p,
        `iop.sessions.${i}.more`,
        'Sessions on other days or at other times too?',
        i + 1 < previous.length,
      ))
    )
      break;
  }
  return sessions;
}

const FLEXIBLE = {
  individual: { title: 'Individual counselling', minutes: 50, window: ['09:00', '20:00'] as [string, string] },
  family: { title: 'Family session', minutes: 60, window: ['16:00', '20:00'] as [string, string] },
};

/** Sessions the program books around the person's week (individual counselling, family sessions). */
async function askFlexible(
  p: Prompter,
  kind: 'individual' | 'family',
  all: FlexibleIopInput[],
): Promise<FlexibleIopInput[]> {
  const before = all.find((f) => f.kind === kind);
  const label = kind === 'individual' ? 'Individual counselling sessions' : 'Family sessions';
  if (!(await askYes(p, `iop.${kind}`, `${label} to fit into your week?`, before !== undefined))) return [];
  const base = before ?? { ...FLEXIBLE[kind], perWeek: 1, days: 'weekdays' as const, kind };
  const minutes = await askWhole(p, `iop.${kind}.minutes`, `${label}: minutes each`, base.minutes, {
    min: 5,
    max: 480,
  });
  const perWeek = await askWhole(p, `iop.${kind}.perWeek`, `${label}: how many a week?`, base.perWeek ?? 1, {
    min: 1,
    max: 7,
  });
  const window = await askRange(
    p,
    `iop.${kind}.window`,
    `${label}: between what hours can they be booked?`,
    { start: base.window[0], end: base.window[1] },
    { overnight: false, what: 'a session' },
  );
  return [{ ...base, minutes, perWeek, window: [window.start, window.end] }];
}

/**
 * The track offered first follows the work: after night shifts a morning program by video (or in
 * person), for afternoon and evening shifts a morning one, for day work an evening one.
 */
export function suggestTrack(work: ProfileInput['work'], tracks: Track[]): string {
  const has = (key: string) => tracks.some((t) => t.key === key);
  const wanted = hasNightShift(work)
    ? ['virtual-morning', 'morning']
    : hasLateShiftsOnly(work) || !work
      ? ['morning', 'virtual-morning']
      : ['evening', 'virtual'];
  const key = wanted.find(has);
  return key ? `track:${key}` : 'custom';
}

/** Work at a workplace on at least one day (a commute, and not every work day at home). */
function worksOnSite(work: ProfileInput['work']): boolean {
  if (!work?.commuteMinutes) return false;
  const remote = new Set(expandDays(work.remoteDays ?? []));
  const days = [...(work.shifts ?? []).map((s) => s.days), ...(work.flexible ? [work.flexible.days] : [])];
  return days.some((d) => expandDays(d).some((day) => !remote.has(day)));
}

/** Holidays and other closures, so a closed day is not counted as a missed session. */
async function askClosedDates(p: Prompter, before: string[]): Promise<string[]> {
  const now = await p.select<boolean>({
    id: 'iop.closed',
    message: 'Days the program is closed (holidays), so they are not counted missed?',
    choices: [
      { value: false, name: "I'll add them later (iop-plan init --section iop)" },
      { value: true, name: before.length > 0 ? `Change them (${before.join(', ')})` : 'Type them now' },
    ],
    default: false,
  });
  if (!now) return before;
  const text = await askText(
    p,
    'iop.closedDates',
    'Closed dates (YYYY-MM-DD, with commas; empty for none)',
    before.join(', '),
    checkDateList,
  );
  return parseDateList(text);
}
