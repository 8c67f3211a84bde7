import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../src/domain/build-plan.js';
import type { CalendarReader, ImportedEvent } from '../../../src/domain/imports/calendar-reader.js';
import { validateProfile } from '../../../src/domain/validate-profile.js';
import { localInstant } from '../../../src/domain/week.js';
import { makeProfile, type ProfileOverrides } from '../../support/make-profile.js';
import { verifyPlan } from '../../support/verify-plan.js';
import { lines, MONDAY, NOW } from '../allocator/plan-helpers.js';

const ZONE = 'America/New_York';
const at = (date: string, hhmm: string) =>
  localInstant(ZONE, date, Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3)));
const ev = (date: string, start: string, end: string, endDate = date): ImportedEvent => ({
  uid: `${date}-${start}`,
  summary: 'Secret title',
  startMs: at(date, start),
  endMs: at(endDate, end),
  allDay: false,
});

/** A reader over fixed events per source, covering the given dates. */
function reader(
  events: Record<string, ImportedEvent[]>,
  coverage: Record<string, [string, string | null]> = {},
): CalendarReader {
  return {
    events: (source, from, to) => (events[source] ?? []).filter((e) => e.endMs > from && e.startMs < to),
    coverage: (source) => {
      const c = coverage[source];
      return c ? { first: c[0], last: c[1] } : undefined;
    },
  };
}

function planWith(overrides: ProfileOverrides, r: CalendarReader) {
  const profile = makeProfile(overrides);
  profile.calendarReader = r;
  const plan = buildPlan(profile, MONDAY, NOW);
  expect(verifyPlan(profile, plan)).toEqual([]);
  return plan;
}

const household: ProfileOverrides['household'] = [
  { id: 'alex', name: 'Alex', busy: [{ days: ['mon'], start: '08:00', end: '10:00', label: 'Gym' }] },
];

describe('imported calendars in the week', () => {
  it("gives a household member busy time under the calendar's label, merged with their own", () => {
    const plan = planWith(
      { household, calendars: [{ file: 'x.ics', owner: 'alex', label: 'Alex: work' }] },
      reader({
        'calendars.0': [ev(MONDAY, '09:00', '12:00'), ev(MONDAY, '11:00', '13:00'), ev('2026-12-01', '07:00', '15:00')],
      }),
    );
    expect(lines(plan, (b) => b.owner === 'alex')).toEqual([
      '2026-11-30 08:00–10:00 busy household.alex.busy.0 @alex',
      '2026-11-30 10:00–13:00 busy calendars.0 @alex',
      '2026-12-01 07:00–15:00 busy calendars.0 @alex',
    ]);
    expect(plan.blocks.filter((b) => b.source === 'calendars.0').every((b) => b.title === 'Alex: work')).toBe(true);
    expect(JSON.stringify(plan)).not.toContain('Secret title');
  });

  it('makes busy time of me an event: sleep left out, a clash with IOP dropped and reported', () => {
    const plan = planWith(
      {
        calendars: [{ file: 'x.ics', label: 'Busy (shared calendar)' }],
        iop: { startDate: MONDAY, sessions: [{ days: ['tue'], start: '18:00', end: '21:00' }] },
      },
      reader({
        'calendars.0': [
          // All day Monday: only the waking part (07:00–23:00) counts.
          { uid: 'a', summary: 'x', startMs: at(MONDAY, '00:00'), endMs: at('2026-12-01', '00:00'), allDay: true },
          ev('2026-12-01', '17:00', '19:00'),
        ],
      }),
    );
    expect(lines(plan, (b) => b.source === 'calendars.0')).toEqual(['2026-11-30 07:00–23:00 event calendars.0']);
    expect(plan.unplaced).toEqual([
      expect.objectContaining({ source: 'calendars.0', date: '2026-12-01', code: 'conflict', minutes: 120 }),
    ]);
    expect(plan.unplaced[0]!.reason).toBe(
      'Tue 1 Dec: Busy (shared calendar) (17:00–19:00) clashes with group therapy, which comes first',
    );
  });

  it('takes the work shifts from a roster on the days it covers, and from work.shifts elsewhere', () => {
    const plan = planWith(
      {
        work: { shifts: [{ days: 'weekdays', start: '09:00', end: '17:00' }], commuteMinutes: 30 },
        calendars: [{ file: 'roster.ics', as: 'work', label: 'Roster' }],
      },
      reader(
        { 'calendars.0': [ev('2026-12-02', '12:00', '20:00'), ev('2026-12-05', '10:00', '14:00')] },
        { 'calendars.0': ['2026-12-02', '2026-12-05'] },
      ),
    );
    expect(lines(plan, (b) => b.category === 'work')).toEqual([
      '2026-11-30 09:00–17:00 work work.shifts.0',
      '2026-12-01 09:00–17:00 work work.shifts.0',
      '2026-12-02 12:00–20:00 work calendars.0',
      // Thursday and Friday are covered by the roster and have no shift in it: days off.
      '2026-12-05 10:00–14:00 work calendars.0',
    ]);
    expect(plan.blocks.filter((b) => b.source === 'calendars.0' && b.category === 'work').map((b) => b.title)).toEqual([
      'Roster',
      'Roster',
    ]);
    expect(lines(plan, (b) => b.category === 'commute' && b.start.startsWith('2026-12-05'))).toEqual([
      '2026-12-05 09:30–10:00 commute calendars.0',
      '2026-12-05 14:00–14:30 commute calendars.0',
    ]);
  });

  it('leaves the part of a roster shift over sleep out of the plan, and says so; it is not leave', () => {
    const plan = planWith(
      { calendars: [{ file: 'roster.ics', as: 'work' }] },
      reader({ 'calendars.0': [ev('2026-12-01', '19:00', '01:00', '2026-12-02')] }, { 'calendars.0': [MONDAY, null] }),
    );
    expect(lines(plan, (b) => b.category === 'work')).toEqual(['2026-12-01 19:00–23:00 work calendars.0']);
    expect(plan.leave).toEqual([]);
    expect(plan.unplaced).toEqual([expect.objectContaining({ source: 'calendars.0', code: 'conflict', minutes: 120 })]);
    expect(plan.unplaced[0]!.reason).toMatch(/runs into your sleep/);
  });

  it('lets work.flexible move roster time without weeklyHours: the roster is the week', () => {
    const base = { version: 1, timezone: ZONE, sleep: { bedtime: '23:00', wake: '07:00' } };
    const flexible = { days: 'weekdays', earliest: '07:00', latest: '19:00' };
    expect(validateProfile({ ...base, work: { flexible }, calendars: [{ file: 'r.ics', as: 'work' }] }).ok).toBe(true);
    expect(validateProfile({ ...base, work: { flexible } }).ok).toBe(false);
  });
});
