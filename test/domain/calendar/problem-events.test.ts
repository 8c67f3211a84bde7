import { describe, expect, it } from 'vitest';
import { planCalendarFiles } from '../../../src/domain/calendar/plan-calendar-files.js';
import type { Unplaced } from '../../../src/domain/plan-types.js';
import { localInstant } from '../../../src/domain/week.js';
import { makeBlock, makePlan, makeProfile, sessionTrip, ZONE } from './calendar-fixtures.js';

const D = '2026-12-01';
const at = (date: string, minute: number) => localInstant(ZONE, date, minute);

function withDuties() {
  return makeProfile({
    work: {
      shifts: [{ days: 'weekdays', start: '09:00', end: '17:00' }],
      commuteMinutes: 30,
      address: '1 Office Park',
    },
    iop: {
      program: 'Evening IOP',
      startDate: '2026-11-30',
      weeks: 12,
      mode: 'in-person',
      address: '5 Clinic Road',
      commuteMinutes: 20,
      arriveEarlyMinutes: 10,
      sessions: [{ days: ['mon', 'wed'], start: '18:00', end: '21:00' }],
    },
    duties: [{ id: 'meds', title: 'Noon meds', days: 'weekdays', start: '12:00', end: '12:15', owners: ['rose'] }],
    events: [{ title: 'School play', date: D, start: '18:30', end: '19:30', owners: ['me'] }],
  } as never);
}

const noCover: Unplaced = {
  source: 'meds',
  title: 'Noon meds',
  owner: null,
  date: D,
  minutes: 15,
  code: 'no-cover',
  reason: 'Tue 1 Dec: nobody who can do noon meds (12:00–12:15) is free then',
};

describe('problems a phone would otherwise never show', () => {
  const profile = withDuties();
  const eventSource = profile.events[0]!.source;
  const plan = {
    ...makePlan(D, sessionTrip('2026-11-30')),
    unplaced: [
      noCover,
      { ...noCover, source: eventSource, title: 'School play', owner: 'me', code: 'conflict' as const, minutes: 60 },
    ],
  };
  const files = planCalendarFiles(profile, [plan], ['me', 'family']);
  const me = files.find((f) => f.view === 'me')!;
  const household = files.find((f) => f.fileName === 'household-2026-W49.ics')!;

  it('shows an uncovered duty at its time in me and household, free rather than busy', () => {
    for (const file of [me, household]) {
      const event = file.events.find((e) => e.title === 'Uncovered: Noon meds');
      expect(event, file.fileName).toMatchObject({ startMs: at(D, 720), endMs: at(D, 735), transparent: true });
      expect(event?.alarms).toEqual([]);
    }
  });

  it('shows an event dropped for a clash as "Not planned" in me only', () => {
    expect(me.events.find((e) => e.title === 'Not planned: School play')).toMatchObject({
      startMs: at(D, 1110),
      transparent: true,
    });
    expect(household.events.some((e) => e.title.startsWith('Not planned'))).toBe(false);
  });

  it('names the household files and calendar neutrally', () => {
    expect(files.map((f) => f.fileName)).toEqual(['iop-plan-2026-W49-me.ics', 'household-2026-W49.ics']);
    expect(household.calendarName).toBe('Household');
    expect(household.namesTool).toBe(false);
  });
});

describe('LOCATION', () => {
  const profile = withDuties();
  const plan = makePlan('2026-11-30', [
    makeBlock({ date: '2026-11-30', start: '09:00', end: '17:00', category: 'work', source: 'work.shifts.0' }),
    ...sessionTrip('2026-11-30'),
  ]);

  it('comes from the address of work and the program, in the me view only', () => {
    const [me, household] = planCalendarFiles(profile, [plan], ['me', 'family']);
    const located = me!.events.filter((e) => e.location).map((e) => [e.title, e.location]);
    expect(located).toContainEqual(['work.shifts.0', '1 Office Park']);
    expect(located).toContainEqual(['Group therapy', '5 Clinic Road']);
    expect(me!.events.filter((e) => e.title === 'Travel').every((e) => e.location === undefined)).toBe(true);
    expect(household!.events.every((e) => e.location === undefined)).toBe(true);
  });
});
