import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unfoldLines } from '../../../src/adapters/calendar/fold-lines.js';
import { renderCalendar } from '../../../src/adapters/calendar/render-calendar.js';
import { planCalendarFiles } from '../../../src/domain/calendar/plan-calendar-files.js';
import type { Category } from '../../../src/domain/plan-types.js';
import { normalizeProfile } from '../../../src/domain/profile.js';
import { profileSchema } from '../../../src/domain/profile-schema.js';
import { formatTime } from '../../../src/domain/time-of-day.js';
import { addDays, buildWeek } from '../../../src/domain/week.js';
import { makeBlock, makePlan } from '../../domain/calendar/calendar-fixtures.js';
import { FORBIDDEN_WORD, userTitle } from '../../support/private-titles.js';
import { longLines } from './read-ics.js';

const WORD = FORBIDDEN_WORD;
const title = userTitle(6, 40);
const hhmm = (minute: number) => formatTime(minute);

const scenario = fc.record({
  zone: fc.constantFrom('America/New_York', 'Europe/London', 'Asia/Tokyo', 'Australia/Lord_Howe', 'America/Chicago'),
  weekDate: fc.constantFrom('2026-03-09', '2026-11-02', '2026-11-30', '2026-03-30'),
  program: title,
  sessionTitle: title,
  flexTitle: title,
  habitTitles: fc.array(title, { minLength: 1, maxLength: 3 }),
  eventTitle: title,
  dutyTitle: title,
  memberName: title,
  shiftStart: fc.integer({ min: 0, max: 23 }).map((h) => h * 60),
  shiftHours: fc.integer({ min: 4, max: 12 }),
  familyDetail: fc.boolean(),
  blocks: fc.array(
    fc.record({
      day: fc.integer({ min: 0, max: 6 }),
      start: fc.integer({ min: 0, max: 276 }).map((n) => n * 5),
      minutes: fc.integer({ min: 5, max: 240 }),
      kind: fc.constantFrom(
        'session',
        'flex',
        'habit',
        'event',
        'duty',
        'work',
        'commute-iop',
        'commute-habit',
        'sleep',
        'busy',
      ),
      habit: fc.nat(),
    }),
    { maxLength: 25 },
  ),
  leave: fc.array(
    fc.record({
      day: fc.integer({ min: 0, max: 6 }),
      start: fc.integer({ min: 0, max: 20 }),
      hours: fc.integer({ min: 1, max: 4 }),
    }),
    {
      maxLength: 3,
    },
  ),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function buildScenario(s: Scenario) {
  const habits = s.habitTitles.map((t, i) => ({ id: `habit-${i}`, title: t, minutes: 15, window: ['07:00', '21:00'] }));
  const profile = normalizeProfile(
    profileSchema.parse({
      version: 1,
      id: 'prop',
      timezone: s.zone,
      me: { name: 'Sam' },
      sleep: { bedtime: '23:30', wake: '06:00' },
      privacy: { familyDetail: s.familyDetail },
      household: [{ id: 'kin', name: s.memberName }],
      work: {
        shifts: [{ days: 'weekdays', start: hhmm(s.shiftStart), end: hhmm((s.shiftStart + s.shiftHours * 60) % 1440) }],
      },
      iop: {
        program: s.program,
        startDate: '2026-01-05',
        sessions: [{ days: ['mon'], start: '18:00', end: '21:00', title: s.sessionTitle }],
        flexible: [{ id: 'flex', title: s.flexTitle, minutes: 60, window: ['09:00', '20:00'] }],
      },
      habits,
      events: [{ id: 'ev', title: s.eventTitle, date: '2026-01-07', start: '10:00', end: '11:00' }],
      duties: [{ id: 'duty', title: s.dutyTitle, minutes: 30, window: ['07:00', '20:00'], owners: ['me', 'kin'] }],
    }),
  );
  const week = buildWeek(s.zone, 'monday', s.weekDate);
  const blocks = s.blocks.map((b) => {
    const date = addDays(week.start, b.day);
    const end = Math.min(b.start + b.minutes, 1440);
    const habit = habits[b.habit % habits.length]!;
    const kinds: Record<string, { category: Category; source: string; title: string; owner?: string }> = {
      session: { category: 'iop', source: 'iop.sessions.0', title: s.sessionTitle },
      flex: { category: 'iop', source: 'flex', title: s.flexTitle },
      habit: { category: 'habit', source: habit.id, title: habit.title },
      event: { category: 'event', source: 'ev', title: s.eventTitle },
      duty: { category: 'duty', source: 'duty', title: s.dutyTitle, owner: b.day % 2 ? 'kin' : 'me' },
      work: { category: 'work', source: 'work.shifts.0', title: 'Work' },
      'commute-iop': { category: 'commute', source: 'iop.sessions.0', title: `Travel to ${s.sessionTitle}` },
      'commute-habit': { category: 'commute', source: habit.id, title: `Travel to ${habit.title}` },
      sleep: { category: 'sleep', source: 'sleep', title: 'Sleep' },
      busy: { category: 'busy', source: 'household.kin.busy.0', title: s.memberName, owner: 'kin' },
    };
    return makeBlock(
      { date, start: hhmm(b.start), end: end === 1440 ? '24:00' : hhmm(end), ...kinds[b.kind]! },
      s.zone,
    );
  });
  const leave = s.leave.map((l) => {
    const date = addDays(week.start, l.day);
    const block = makeBlock(
      { date, start: hhmm(l.start * 60), end: hhmm((l.start + l.hours) * 60), category: 'work', source: 'x' },
      s.zone,
    );
    return {
      start: block.start,
      end: block.end,
      minutes: l.hours * 60,
      reason: s.sessionTitle,
      kind: 'treatment' as const,
    };
  });
  const plan = makePlan(s.weekDate, blocks, { zone: s.zone, leave });
  const userText = [s.program, s.sessionTitle, s.flexTitle, ...s.habitTitles];
  return { profile, plan, userText };
}

/** What a reader sees: unfolded and unescaped, so an escaped or folded word cannot slip through. */
const readable = (ics: string) =>
  unfoldLines(ics)
    .replace(/\\n/g, '\n')
    .replace(/\\([\\;,])/g, '$1');
/** The property values only (property names such as X-WR-CALNAME are not text anyone wrote). */
const valuesOf = (ics: string) =>
  readable(ics)
    .split('\r\n')
    .map((line) => line.slice(line.indexOf(':') + 1))
    .join('\n');

describe('employer file privacy (property)', () => {
  it('never names treatment or the tool, never carries IOP or habit text, and folds every file at 75 octets', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { profile, plan, userText } = buildScenario(s);
        const files = planCalendarFiles(profile, [plan], ['me', 'family', 'employer']);
        for (const file of files) {
          const text = renderCalendar(file, Date.parse(plan.generatedAt));
          expect(longLines(text)).toEqual([]);
          if (file.view !== 'employer') continue;
          const seen = readable(text);
          expect(file.fileName).not.toMatch(WORD);
          expect(seen).not.toMatch(WORD);
          const values = valuesOf(text);
          for (const t of userText) expect(values).not.toContain(t);
          expect(file.events.every((e) => e.title === 'Out of office')).toBe(true);
          expect(seen).not.toMatch(/^(DESCRIPTION|LOCATION|CATEGORIES|BEGIN:VALARM)/m);
        }
      }),
      { numRuns: 500 },
    );
  });
});
