import { expandDays } from '../../../domain/profile.js';
import { type SleepEntryInput, WEEKDAYS, type Weekday } from '../../../domain/profile-schema.js';
import { askRange, askText, askYes, understood } from '../ask.js';
import { parseSpan, type Span } from '../parse-time.js';
import { DAY_NAMES, hasNightShift, sleepClash, sleepHoursByDay, suggestSleep } from '../week-shape.js';
import type { Section } from './section-types.js';

/**
 * Sleep comes after work so it can be checked against the shifts. One answer for every day, or,
 * with night shifts (or when the person says it differs), one answer per day: the sleep that
 * starts on that day, several spans with commas (`08:30-13:30, 23:00-07:00`), or `none`.
 */
export const askSleep: Section = async (p, draft) => {
  const entries = Array.isArray(draft.sleep) ? draft.sleep : [draft.sleep];
  const shifts = draft.work?.shifts;
  const night = hasNightShift(draft.work);
  const byDay = await askYes(
    p,
    'sleep.byDay',
    night
      ? 'Your shifts run overnight: plan your sleep day by day?'
      : 'Does your sleep change from day to day (shifts, weekends)?',
    night || entries.length > 1,
  );
  const first = entries[0] ?? { bedtime: '22:30', wake: '06:30' };
  if (!byDay) {
    const range = await askRange(
      p,
      'sleep.hours',
      'When do you sleep? (bedtime-wake, e.g. 10:30pm-6:30am)',
      { start: first.bedtime, end: first.wake },
      { overnight: true, what: 'sleep' },
      (r) => sleepClash([{ bedtime: r.start, wake: r.end }], shifts) ?? true,
    );
    return { ...draft, sleep: { bedtime: range.start, wake: range.end } };
  }

  const order = draft.weekStart === 'sunday' ? [7, 1, 2, 3, 4, 5, 6] : [1, 2, 3, 4, 5, 6, 7];
  const usual = entries.find((e) => e.days === undefined || e.days === 'daily') ?? first;
  const perDay: Span[][] = [[], [], [], [], [], [], []];
  for (const day of order) {
    const before = entries.filter((e) => expandDays(e.days).includes(day));
    // The last night typed (a Monday 23:00-07:00 makes Tuesday's guess), else the usual one.
    const lastNight = perDay[(day + 5) % 7]?.filter((s) => s.start >= '18:00' || s.start < '03:00').at(-1);
    const night = lastNight ? { bedtime: lastNight.start, wake: lastNight.end } : usual;
    const guess = entries.length > 1 && before.length > 0 ? before : [suggestSleep(day, shifts, night)];
    const name = DAY_NAMES[day - 1]!;
    const text = await askText(
      p,
      `sleep.${WEEKDAYS[day - 1]}`,
      `${name}: sleep starting that day (e.g. 8:30am-4pm, 11pm-7am; or none)`,
      guess.map((e) => `${e.bedtime}-${e.wake}`).join(', '),
      (t) => checkDay(t, day, shifts),
      understood((t) => {
        const spans = readSpans(t);
        return spans && (spans.length === 0 ? 'none' : spans.map((s) => `${s.start}-${s.end}`).join(', '));
      }),
    );
    perDay[day - 1] = readSpans(text) ?? [];
  }
  const sleep = groupByDay(perDay);
  if (sleep.length === 0) {
    p.say('No sleep on any day: the plan needs at least one. Your usual night is kept.');
    return { ...draft, sleep: { bedtime: usual.bedtime, wake: usual.wake } };
  }
  const short = sleepHoursByDay(sleep)
    .map((h, i) => ({ h, day: DAY_NAMES[i]! }))
    .filter(({ h }) => h > 0 && h < 7);
  if (short.length > 0) {
    p.say(
      `Under 7 hours of sleep starts on ${short.map(({ h, day }) => `${day} (${Math.round(h * 10) / 10} h)`).join(', ')}: the plan will point it out, and keeps that sleep free.`,
    );
  }
  const [only] = sleep;
  if (sleep.length === 1 && only?.days === 'daily')
    return { ...draft, sleep: { bedtime: only.bedtime, wake: only.wake } };
  return { ...draft, sleep };
};

/** `none`, or one or more spans separated by commas; undefined when something is not a span. */
function readSpans(text: string): Span[] | undefined {
  if (/^\s*(none|no|-)\s*$/i.test(text)) return [];
  const spans: Span[] = [];
  for (const part of text.split(/[,;]/).map((t) => t.trim())) {
    const parsed = parseSpan(part, { overnight: true });
    if (!parsed.ok) return undefined;
    spans.push(parsed.value);
  }
  return spans;
}

function checkDay(text: string, day: number, shifts: Parameters<typeof sleepClash>[1]): true | string {
  if (/^\s*(none|no|-)\s*$/i.test(text)) return true;
  for (const part of text.split(/[,;]/).map((t) => t.trim())) {
    const parsed = parseSpan(part, { overnight: true, what: 'sleep' });
    if (!parsed.ok) return parsed.error;
  }
  const spans = readSpans(text) ?? [];
  const days = [WEEKDAYS[day - 1]!];
  return (
    sleepClash(
      spans.map((s) => ({ days, bedtime: s.start, wake: s.end })),
      shifts,
    ) ?? true
  );
}

/** Days with the same span share one entry (`{days: [tue, wed], …}`), in the order of the week. */
function groupByDay(perDay: Span[][]): SleepEntryInput[] {
  const groups = new Map<string, Weekday[]>();
  perDay.forEach((spans, i) => {
    for (const s of spans)
      groups.set(`${s.start}-${s.end}`, [...(groups.get(`${s.start}-${s.end}`) ?? []), WEEKDAYS[i]!]);
  });
  return [...groups].map(([key, days]) => {
    const [bedtime = '', wake = ''] = key.split('-');
    return { days: days.length === 7 ? 'daily' : days, bedtime, wake };
  });
}
