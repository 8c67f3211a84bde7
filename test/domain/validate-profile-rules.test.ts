import { describe, expect, it } from 'vitest';
import { changed, problemsOf, type RawProfile } from './validate-profile-builders.js';

const CROSS = '(only sleep and work shifts cross midnight)';

describe('validateProfile: cross-field rules', () => {
  it.each<[string, (p: RawProfile) => void, string[]]>([
    // household and owners
    [
      '"me" as a household id',
      (p) => (p.household[0].id = 'me'),
      [
        'household.0.id: "me" is reserved for you; give this person another id',
        'duties.0.owners.1: "alex" is not "me" or a household id',
        'duties.1.owners.1: "alex" is not "me" or a household id',
      ],
    ],
    [
      'a household id used twice',
      (p) => p.household.push({ id: 'alex', name: 'Alexis' }),
      ['household.1.id: "alex" is already used by household.0'],
    ],
    [
      'an unknown owner',
      (p) => (p.duties[0].owners = ['me', 'bob']),
      ['duties.0.owners.1: "bob" is not "me" or a household id (alex)'],
    ],
    [
      'an owner without any household',
      (p) => {
        delete p.household;
        p.duties[1].owners = ['me'];
      },
      ['duties.0.owners.1: "alex" is not "me" and there is no household (add them under household)'],
    ],
    ['an owner listed twice', (p) => (p.duties[0].owners = ['me', 'me']), ['duties.0.owners.1: "me" is listed twice']],
    [
      'an unknown event owner',
      (p) => (p.events[0].owners = ['kim']),
      ['events.0.owners.0: "kim" is not "me" or a household id (alex)'],
    ],
    // ids
    [
      'an explicit id used twice',
      (p) => (p.habits[0].id = 'dropoff'),
      ['habits.0.id: "dropoff" is already used by duties.0'],
    ],
    [
      'a title whose slug is taken',
      (p) => p.habits.push({ title: 'Dinner!', minutes: 30, window: ['18:00', '20:00'] }),
      ['habits.1.title: its id "dinner" (from the title) is already used by duties.1; add an explicit id'],
    ],
    [
      'a duty slug taken by a flexible IOP item',
      (p) => p.duties.push({ title: 'Individual Counselling', minutes: 30, window: ['10:00', '12:00'] }),
      [
        'duties.2.title: its id "individual-counselling" (from the title) is already used by iop.flexible.0; add an explicit id',
      ],
    ],
    [
      'an event slug taken by a habit',
      (p) => (p.events[0].title = 'Peer support call'),
      ['events.0.title: its id "peer-support-call" (from the title) is already used by habits.0; add an explicit id'],
    ],
    [
      'a title without letters',
      (p) => (p.habits[0].title = '!!!'),
      ['habits.0.title: has no letters or digits to make an id from; add an id'],
    ],
    [
      'a title that slugs to "sleep"',
      (p) => (p.habits[0].title = 'Sleep'),
      ['habits.0.title: its id "sleep" (from the title) is reserved for sleep blocks; add an explicit id'],
    ],
    // spans within a day
    [
      'a duty ending before it starts',
      (p) => (p.duties[0].end = '07:00'),
      [`duties.0.end: "07:00" must be after start "07:45" ${CROSS}`],
    ],
    [
      'an event of no length',
      (p) => (p.events[0].end = '18:30'),
      [`events.0.end: "18:30" must be after start "18:30" ${CROSS}`],
    ],
    [
      'an event starting at 24:00',
      (p) => (p.events[0].start = '24:00'),
      ['events.0.start: "24:00" is only allowed as an end time'],
    ],
    [
      'a reversed habit window',
      (p) => (p.habits[0].window = ['21:00', '07:00']),
      [`habits.0.window.1: "07:00" must be after the window's start "21:00" ${CROSS}`],
    ],
    [
      'a window from 24:00',
      (p) => (p.habits[0].window = ['24:00', '24:00']),
      ['habits.0.window.0: "24:00" is only allowed as an end time'],
    ],
    [
      'reversed busy time',
      (p) => (p.household[0].busy[0].end = '06:00'),
      [`household.0.busy.0.end: "06:00" must be after start "08:00" ${CROSS}`],
    ],
    [
      'a session crossing midnight',
      (p) => (p.iop.sessions[0].end = '01:00'),
      [`iop.sessions.0.end: "01:00" must be after start "18:00" ${CROSS}`],
    ],
    [
      'a reversed flexible-work range',
      (p) => (p.work.flexible = { earliest: '19:00', latest: '07:00' }),
      [`work.flexible.latest: "07:00" must be after earliest "19:00" ${CROSS}`],
    ],
    ['sleep of no length', (p) => (p.sleep.wake = '22:30'), ['sleep.wake: must differ from bedtime ("22:30")']],
    [
      'a second sleep entry of no length',
      (p) =>
        (p.sleep = [
          { days: 'weekdays', bedtime: '22:30', wake: '06:30' },
          { days: 'weekends', bedtime: '00:00', wake: '24:00' },
        ]),
      ['sleep.1.wake: must differ from bedtime ("00:00")'],
    ],
    [
      'a bedtime of 24:00',
      (p) => (p.sleep.bedtime = '24:00'),
      ['sleep.bedtime: "24:00" is only allowed as an end time'],
    ],
    [
      'a shift of no length',
      (p) => (p.work.shifts[0].end = '09:00'),
      ['work.shifts.0.end: must differ from start ("09:00")'],
    ],
    // fixed or flexible duties
    [
      'a duty both fixed and flexible',
      (p) => (p.duties[0].minutes = 30),
      ['duties.0: has both start/end (a fixed duty) and minutes/window or slots (a flexible duty); keep one'],
    ],
    [
      'a duty neither fixed nor flexible',
      (p) => {
        delete p.duties[0].start;
        delete p.duties[0].end;
      },
      ['duties.0: needs start and end (a fixed duty) or minutes and a window or slots (a flexible duty)'],
    ],
    ['a start without an end', (p) => delete p.duties[0].end, ['duties.0.end: is required with start']],
    ['an end without a start', (p) => delete p.duties[0].start, ['duties.0.start: is required with end']],
    [
      'minutes without a window',
      (p) => delete p.duties[1].window,
      ['duties.1.window: is required with minutes (or give slots: fixed start times)'],
    ],
    ['a window without minutes', (p) => delete p.duties[1].minutes, ['duties.1.minutes: is required with window']],
    [
      'perWeek on a fixed duty',
      (p) => (p.duties[0].perWeek = 2),
      ['duties.0.perWeek: only applies to a flexible duty (minutes and window)'],
    ],
    [
      'priority on a fixed duty',
      (p) => (p.duties[0].priority = 'high'),
      ['duties.0.priority: only applies to a flexible duty (minutes and window)'],
    ],
    // flexible items fit
    [
      'a habit longer than its window',
      (p) => Object.assign(p.habits[0], { minutes: 90, window: ['10:00', '11:00'] }),
      ['habits.0.minutes: 90 minutes do not fit in the window 10:00–11:00 (60 minutes)'],
    ],
    [
      'a duty longer than its window',
      (p) => (p.duties[1].minutes = 180),
      ['duties.1.minutes: 180 minutes do not fit in the window 17:00–19:30 (150 minutes)'],
    ],
    [
      'perWeek above the allowed days',
      (p) => Object.assign(p.habits[0], { perWeek: 3, days: ['sat', 'sun'] }),
      ['habits.0.perWeek: 3 is more than the 2 allowed days (sat, sun)'],
    ],
    [
      'perWeek above the allowed days of an IOP item',
      (p) => (p.iop.flexible[0].perWeek = 3),
      ['iop.flexible.0.perWeek: 3 is more than the 2 allowed days (tue, fri)'],
    ],
    [
      'perWeek above weekends',
      (p) => Object.assign(p.duties[1], { perWeek: 3, days: 'weekends' }),
      ['duties.1.perWeek: 3 is more than the 2 allowed days (sat, sun)'],
    ],
    // zones and dates
    [
      'an unknown zone',
      (p) => (p.timezone = 'Mars/Olympus'),
      ['timezone: "Mars/Olympus" is not an IANA time zone (e.g. America/New_York)'],
    ],
    [
      'a 30 February start',
      (p) => (p.iop.startDate = '2026-02-30'),
      ['iop.startDate: "2026-02-30" is not a real date'],
    ],
    [
      'a 13th month closure',
      (p) => (p.iop.closedDates = ['2026-13-01']),
      ['iop.closedDates.0: "2026-13-01" is not a real date'],
    ],
    [
      '29 February of a common year',
      (p) => (p.work.daysOff = ['2026-12-24', '2025-02-29']),
      ['work.daysOff.1: "2025-02-29" is not a real date'],
    ],
    ['31 April', (p) => (p.events[0].date = '2026-04-31'), ['events.0.date: "2026-04-31" is not a real date']],
    ['day zero', (p) => (p.events[0].date = '2026-04-00'), ['events.0.date: "2026-04-00" is not a real date']],
    // work and IOP targets
    [
      'weeklyHours beside shifts',
      (p) => (p.work.flexible = { earliest: '07:00', latest: '19:00', weeklyHours: 10 }),
      [
        'work.flexible.weeklyHours: is not allowed with work.shifts (shift time that IOP displaces moves within work.flexible instead)',
      ],
    ],
    [
      'flexible work without shifts or weeklyHours',
      (p) => (p.work = { flexible: { earliest: '07:00', latest: '19:00' } }),
      ['work.flexible.weeklyHours: is required without work.shifts (the hours to place)'],
    ],
    [
      'an hours target upside down',
      (p) => (p.iop.hoursTarget = { min: 20, max: 10 }),
      ['iop.hoursTarget.min: 20 is more than max (10)'],
    ],
  ])('reports %s', (_name, mutate, expected) => {
    expect(problemsOf(changed(mutate))).toEqual(expected);
  });

  it.each<[string, (p: RawProfile) => void]>([
    ['an open-ended program (no weeks)', (p) => delete p.iop.weeks],
    ['a 24:00 end', (p) => (p.household[0].busy[0].end = '24:00')],
    ['a window up to 24:00', (p) => (p.habits[0].window = ['07:00', '24:00'])],
    ['a leap day', (p) => (p.events[0].date = '2028-02-29')],
    [
      'flexible work placing weeklyHours',
      (p) => (p.work = { flexible: { earliest: '07:00', latest: '19:00', weeklyHours: 20 } }),
    ],
    [
      'flexible work beside shifts',
      (p) => (p.work.flexible = { earliest: '07:00', latest: '19:00', minBlockMinutes: 60 }),
    ],
    [
      'empty shifts with weeklyHours',
      (p) => (p.work = { shifts: [], flexible: { earliest: '07:00', latest: '19:00', weeklyHours: 8 } }),
    ],
    [
      'a night shift crossing midnight',
      (p) => {
        p.sleep = { bedtime: '08:30', wake: '15:00' };
        p.work.shifts = [{ days: ['mon', 'tue'], start: '19:00', end: '07:00' }];
        p.iop.sessions[0] = { days: ['mon', 'wed'], start: '15:30', end: '18:30' };
        p.duties[0].start = '07:15';
        p.duties[0].end = '08:00';
      },
    ],
    ['perWeek equal to the allowed days', (p) => Object.assign(p.habits[0], { perWeek: 2, days: 'weekends' })],
    [
      'a window exactly as long as the item',
      (p) => Object.assign(p.habits[0], { minutes: 60, window: ['10:00', '11:00'] }),
    ],
    [
      'an explicit id that differs from a taken slug',
      (p) => p.habits.push({ id: 'dinner-2', title: 'Dinner', minutes: 30, window: ['18:00', '20:00'] }),
    ],
    ['an hours target of equal ends', (p) => (p.iop.hoursTarget = { min: 12, max: 12 })],
    ['an event owned by a household member alone', (p) => (p.events[0].owners = ['alex'])],
    ['a UTC zone', (p) => (p.timezone = 'UTC')],
  ])('accepts %s', (_name, mutate) => {
    expect(problemsOf(changed(mutate))).toEqual([]);
  });

  it('runs the cross-field rules only once the schema passes', () => {
    const problems = problemsOf(
      changed((p) => {
        p.duties[0].end = '07:00';
        p.habits[0].minutes = 'x';
      }),
    );
    expect(problems).toEqual(['habits.0.minutes: must be a number of minutes, not "x"']);
  });

  it('reports several cross-field problems together', () => {
    const problems = problemsOf(
      changed((p) => {
        p.timezone = 'Nowhere/Land';
        p.duties[0].owners = ['me', 'bob'];
        p.events[0].date = '2026-02-30';
      }),
    );
    expect(problems).toEqual([
      'timezone: "Nowhere/Land" is not an IANA time zone (e.g. America/New_York)',
      'events.0.date: "2026-02-30" is not a real date',
      'duties.0.owners.1: "bob" is not "me" or a household id (alex)',
    ]);
  });
});
