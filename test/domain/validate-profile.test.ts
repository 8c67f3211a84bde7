import { describe, expect, it } from 'vitest';
import { validateProfile } from '../../src/domain/validate-profile.js';
import { changed, makeRawProfile, problemsOf, type RawProfile } from './validate-profile-builders.js';

describe('validateProfile: the schema', () => {
  it('accepts the base profile and returns it normalized with its input', () => {
    const result = validateProfile(makeRawProfile());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.profile.id).toBe('profile');
    expect(result.profile.iop?.weeks).toBeUndefined();
    expect(result.profile.habits[0]?.source).toBe('peer-support-call');
    expect(result.input.me?.name).toBe('Sam');
  });

  it.each<[string, (p: RawProfile) => void, string]>([
    ['a bad time', (p) => (p.duties[0].start = '25:00'), 'duties.0.start: "25:00" is not a time (HH:MM)'],
    ['a time as a number', (p) => (p.duties[0].end = 815), 'duties.0.end: must be a time (HH:MM), not the number 815'],
    ['an empty time', (p) => (p.duties[0].end = null), 'duties.0.end: must be a time (HH:MM), not empty'],
    ['a misspelt key', (p) => (p.duties[0].titel = 'x'), 'duties.0.titel: unknown key (did you mean "title"?)'],
    ['a misspelt top-level key', (p) => (p.habbits = []), 'habbits: unknown key (did you mean "habits"?)'],
    ['a wrongly cased key', (p) => (p.iop.StartDate = 'x'), 'iop.StartDate: unknown key (did you mean "startDate"?)'],
    ['an unknown key', (p) => (p.sleep.nap = '13:00'), 'sleep.nap: unknown key (allowed: days, bedtime, wake)'],
    ['a missing version', (p) => delete p.version, 'version: is required'],
    [
      'another version',
      (p) => (p.version = 2),
      'version: must be 1 (the only profile format version), not the number 2',
    ],
    ['a missing wake time', (p) => delete p.sleep.wake, 'sleep.wake: is required'],
    ['an empty sleep list', (p) => (p.sleep = []), 'sleep: must have at least 1 item'],
    ['minutes as text', (p) => (p.habits[0].minutes = '60'), 'habits.0.minutes: must be a number of minutes, not "60"'],
    [
      'fractional minutes',
      (p) => (p.habits[0].minutes = 1.5),
      'habits.0.minutes: must be whole minutes, not the number 1.5',
    ],
    ['zero minutes', (p) => (p.habits[0].minutes = 0), 'habits.0.minutes: must be at least 1 minute'],
    ['minutes beyond a day', (p) => (p.habits[0].minutes = 2000), 'habits.0.minutes: must be at most 1440'],
    ['a negative commute', (p) => (p.work.commuteMinutes = -5), 'work.commuteMinutes: must be at least 0'],
    ['a perWeek of 8', (p) => (p.habits[0].perWeek = 8), 'habits.0.perWeek: must be at most 7'],
    ['a bad day', (p) => (p.habits[0].days = ['mon', 'funday']), 'habits.0.days.1: "funday" is not a day (mon … sun)'],
    [
      'a bad day set',
      (p) => (p.habits[0].days = 'someday'),
      'habits.0.days: must be daily, weekdays, weekends or a list of days (mon … sun), not "someday"',
    ],
    ['a one-time window', (p) => (p.habits[0].window = ['07:00']), 'habits.0.window: must be ["HH:MM", "HH:MM"]'],
    [
      'a bad window end',
      (p) => (p.habits[0].window = ['07:00', '7pm']),
      'habits.0.window.1: "7pm" is not a time (HH:MM)',
    ],
    [
      'a bad priority',
      (p) => (p.habits[0].priority = 'urgent'),
      'habits.0.priority: must be one of high, normal, low, not "urgent"',
    ],
    ['a bad weekStart', (p) => (p.weekStart = 'tuesday'), 'weekStart: must be one of monday, sunday, not "tuesday"'],
    ['a bad mode', (p) => (p.iop.mode = 'online'), 'iop.mode: must be one of in-person, virtual, hybrid, not "online"'],
    [
      'a slashed date',
      (p) => (p.iop.startDate = '2026/11/30'),
      'iop.startDate: "2026/11/30" is not a date (YYYY-MM-DD)',
    ],
    ['a yes for a boolean', (p) => (p.duties[1].rotate = 'yes'), 'duties.1.rotate: must be true or false, not "yes"'],
    ['owners as text', (p) => (p.duties[0].owners = 'me'), 'duties.0.owners: must be a list, not "me"'],
    ['no owners', (p) => (p.duties[0].owners = []), 'duties.0.owners: must have at least 1 item'],
    ['an empty title', (p) => (p.habits[0].title = '   '), 'habits.0.title: must not be empty'],
    [
      'a capitalised id',
      (p) => (p.duties[0].id = 'DropOff'),
      'duties.0.id: must be lower-case letters, digits and dashes',
    ],
    [
      'too many hours a day',
      (p) => (p.rules = { maxCommittedHoursPerDay: 30 }),
      'rules.maxCommittedHoursPerDay: must be at most 24',
    ],
    ['a numeric time zone', (p) => (p.timezone = 5), 'timezone: must be text, not the number 5'],
    ['me as a name', (p) => (p.me = 'Sam'), 'me: must be a mapping (key: value), not "Sam"'],
    [
      'too many members',
      (p) => (p.household = Array.from({ length: 21 }, (_, i) => ({ id: `m${i}`, name: 'M' }))),
      'household: must have at most 20 items',
    ],
    ['a number for a list', (p) => (p.iop.closedDates = 3), 'iop.closedDates: must be a list, not the number 3'],
    ['weeks beyond two years', (p) => (p.iop.weeks = 105), 'iop.weeks: must be at most 104'],
  ])('reports %s', (_name, mutate, expected) => {
    expect(problemsOf(changed(mutate))).toEqual([expected]);
  });

  it.each([
    [[1], 'must be a mapping (key: value), not a list'],
    [null, 'must be a mapping (key: value), not empty'],
    ['version: 1', 'must be a mapping (key: value), not "version: 1"'],
  ])('names the whole document when it is not a mapping (%j)', (raw, expected) => {
    expect(problemsOf(raw)).toEqual([expected]);
  });

  it('lists every problem at once, in document order', () => {
    const problems = problemsOf(
      changed((p) => {
        delete p.version;
        p.duties[0].start = '7:45';
        p.habits[0].minutes = 'ten';
        p.events[0].titel = 'x';
      }),
    );
    expect(problems).toEqual([
      'version: is required',
      'duties.0.start: "7:45" is not a time (HH:MM)',
      'habits.0.minutes: must be a number of minutes, not "ten"',
      'events.0.titel: unknown key (did you mean "title"?)',
    ]);
  });

  it('allows "$schema" for editors', () => {
    expect(problemsOf(changed((p) => (p.$schema = './profile.schema.json')))).toEqual([]);
  });

  it('quotes odd keys and shortens long ones and long values', () => {
    const long = 'x'.repeat(5000);
    const problems = problemsOf(
      changed((p) => {
        p['bad key'] = 1;
        p[long] = 1;
        p.duties[0].start = long;
      }),
    );
    expect(problems).toContain(`duties.0.start: "${'x'.repeat(40)}…" is not a time (HH:MM)`);
    expect(problems).toContain(
      '"bad key": unknown key (allowed: $schema, version, id, timezone, weekStart, me, sleep, rules, privacy, alarms, support, supportNote, household, work, iop, duties, habits, events, calendars)',
    );
    expect(problems.every((p) => p.length < 300)).toBe(true);
  });

  it('stops after 100 problems and says how many more there are', () => {
    const problems = problemsOf(
      changed((p) => {
        for (let i = 0; i < 150; i++) p[`extra${i}`] = i;
      }),
    );
    expect(problems).toHaveLength(101);
    expect(problems[100]).toBe('… and 50 more problems');
  });
});
