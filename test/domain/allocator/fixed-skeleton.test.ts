import { describe, expect, it } from 'vitest';
import { rotateOwners } from '../../../src/domain/allocator/fixed-skeleton.js';
import { lines, notSleep, onDate, planFor } from './plan-helpers.js';

const TUE = '2026-12-01';

describe('sleep', () => {
  it('blocks every night from 23:00 to 07:00, including the night before the week', () => {
    const plan = planFor({});
    expect(lines(plan, (b) => b.category === 'sleep')).toEqual([
      '2026-11-29 23:00–07:00 sleep sleep',
      '2026-11-30 23:00–07:00 sleep sleep',
      '2026-12-01 23:00–07:00 sleep sleep',
      '2026-12-02 23:00–07:00 sleep sleep',
      '2026-12-03 23:00–07:00 sleep sleep',
      '2026-12-04 23:00–07:00 sleep sleep',
      '2026-12-05 23:00–07:00 sleep sleep',
      '2026-12-06 23:00–07:00 sleep sleep',
    ]);
    expect(plan.blocks.filter((b) => b.category === 'sleep').every((b) => b.fixed && b.owner === 'me')).toBe(true);
  });

  it('follows each rule on its own days, crossing midnight or not', () => {
    const plan = planFor({
      sleep: [
        { days: 'weekdays', bedtime: '22:30', wake: '06:30' },
        { days: ['sat'], bedtime: '23:30', wake: '08:30' },
        { days: ['sun'], bedtime: '00:30', wake: '08:00' },
      ],
    });
    expect(lines(plan, (b) => b.category === 'sleep')).toEqual([
      // Sunday 29 Nov's sleep starts after midnight, so it lies before the week and is not shown.
      '2026-11-30 22:30–06:30 sleep sleep',
      '2026-12-01 22:30–06:30 sleep sleep',
      '2026-12-02 22:30–06:30 sleep sleep',
      '2026-12-03 22:30–06:30 sleep sleep',
      '2026-12-04 22:30–06:30 sleep sleep',
      '2026-12-05 23:30–08:30 sleep sleep',
      '2026-12-06 00:30–08:00 sleep sleep',
    ]);
  });

  it('keeps Monday morning blocked by a night that began on Sunday', () => {
    const plan = planFor({ sleep: [{ days: ['sun'], bedtime: '21:00', wake: '09:00' }] });
    expect(lines(plan, (b) => b.category === 'sleep')[0]).toBe('2026-11-29 21:00–09:00 sleep sleep');
  });
});

describe('IOP sessions', () => {
  const iop = {
    program: 'Evening IOP',
    startDate: '2026-11-30',
    weeks: 12,
    commuteMinutes: 20,
    arriveEarlyMinutes: 10,
    sessions: [{ days: ['mon' as const, 'wed' as const, 'thu' as const], start: '18:00', end: '21:00' }],
  };

  it('an in-person session gets travel and an arrive-early block of the same source', () => {
    const plan = planFor({ iop: { ...iop, mode: 'in-person' } });
    expect(lines(plan, onDate('2026-11-30'))).toEqual([
      '2026-11-30 17:30–17:50 commute iop.sessions.0',
      '2026-11-30 17:50–18:00 iop iop.sessions.0',
      '2026-11-30 18:00–21:00 iop iop.sessions.0',
      '2026-11-30 21:00–21:20 commute iop.sessions.0',
      '2026-11-30 23:00–07:00 sleep sleep',
    ]);
    const early = plan.blocks.find((b) => b.start === '2026-11-30T17:50:00-05:00')!;
    expect(early.title).toMatch(/arrive early/i);
    expect(plan.blocks.filter((b) => b.source === 'iop.sessions.0').every((b) => b.fixed)).toBe(true);
  });

  it('a virtual session has no travel and no arrive-early block', () => {
    const plan = planFor({ iop: { ...iop, mode: 'virtual' } });
    expect(lines(plan, (b) => b.source === 'iop.sessions.0')).toEqual([
      '2026-11-30 18:00–21:00 iop iop.sessions.0',
      '2026-12-02 18:00–21:00 iop iop.sessions.0',
      '2026-12-03 18:00–21:00 iop iop.sessions.0',
    ]);
  });

  it('in a hybrid program a session without mode is in-person and a virtual one stays home', () => {
    const plan = planFor({
      iop: {
        ...iop,
        mode: 'hybrid',
        sessions: [
          { days: ['mon'], start: '18:00', end: '21:00' },
          { days: ['tue'], start: '18:00', end: '21:00', mode: 'virtual' },
        ],
      },
    });
    expect(lines(plan, (b) => b.source.startsWith('iop.sessions'))).toEqual([
      '2026-11-30 17:30–17:50 commute iop.sessions.0',
      '2026-11-30 17:50–18:00 iop iop.sessions.0',
      '2026-11-30 18:00–21:00 iop iop.sessions.0',
      '2026-11-30 21:00–21:20 commute iop.sessions.0',
      '2026-12-01 18:00–21:00 iop iop.sessions.1',
    ]);
    expect(plan.blocks.find((b) => b.source === 'iop.sessions.1')!.mode).toBe('virtual');
  });

  it.each([
    ['starting on Wednesday: nothing on Monday', { startDate: '2026-12-02' }, ['2026-12-02', '2026-12-03']],
    ['ending after Tuesday (4 weeks from 4 Nov)', { startDate: '2026-11-04', weeks: 4 }, ['2026-11-30']],
    ['closed on Thursday', { closedDates: ['2026-12-03'] }, ['2026-11-30', '2026-12-02']],
    ['starting next year: nothing at all', { startDate: '2027-01-04' }, []],
  ])('sessions only on program days — %s', (_name, change, dates) => {
    const plan = planFor({ iop: { ...iop, mode: 'virtual', ...change } });
    expect(plan.blocks.filter((b) => b.category === 'iop').map((b) => b.start.slice(0, 10))).toEqual(dates);
  });
});

describe('events', () => {
  const iop = {
    startDate: '2026-11-30',
    mode: 'in-person' as const,
    commuteMinutes: 20,
    sessions: [{ days: ['mon' as const], start: '18:00', end: '21:00' }],
  };

  it('an event that clashes with a session is dropped whole and reported as a conflict', () => {
    const alloc = planFor({
      iop,
      events: [{ title: 'School play', date: '2026-11-30', start: '18:30', end: '20:00' }],
    });
    expect(alloc.blocks.filter((b) => b.source === 'school-play')).toEqual([]);
    expect(alloc.unplaced).toEqual([
      expect.objectContaining({
        source: 'school-play',
        code: 'conflict',
        date: '2026-11-30',
        minutes: 90,
        owner: 'me',
      }),
    ]);
    expect(alloc.unplaced[0]!.reason).toMatch(/Mon 30 Nov: School play \(18:30–20:00\) clashes with group therapy/);
  });

  it('an event that only clashes with the session’s travel is dropped too', () => {
    const plan = planFor({ iop, events: [{ title: 'Call', date: '2026-11-30', start: '17:30', end: '17:45' }] });
    expect(plan.unplaced.map((u) => [u.source, u.code])).toEqual([['call', 'conflict']]);
  });

  it('an event that clashes with nothing is kept at its time', () => {
    const plan = planFor({ iop, events: [{ title: 'School play', date: '2026-12-03', start: '18:30', end: '20:00' }] });
    expect(lines(plan, (b) => b.source === 'school-play')).toEqual(['2026-12-03 18:30–20:00 event school-play']);
    expect(plan.unplaced).toEqual([]);
  });

  it('a household member’s event does not clash with my session', () => {
    const plan = planFor({
      iop,
      household: [{ id: 'alex', name: 'Alex' }],
      events: [{ title: 'Recital', date: '2026-11-30', start: '18:30', end: '20:00', owners: ['alex'] }],
    });
    expect(lines(plan, (b) => b.source === 'recital')).toEqual(['2026-11-30 18:30–20:00 event recital @alex']);
  });
});

describe('work shifts', () => {
  const shifts = [{ days: 'weekdays' as const, start: '09:00', end: '17:00' }];

  it('an on-site shift gets travel before and after', () => {
    const plan = planFor({ work: { shifts, commuteMinutes: 30 } });
    expect(lines(plan, (b) => onDate(TUE)(b) && notSleep(b))).toEqual([
      '2026-12-01 08:30–09:00 commute work.shifts.0',
      '2026-12-01 09:00–17:00 work work.shifts.0',
      '2026-12-01 17:00–17:30 commute work.shifts.0',
    ]);
    expect(plan.leave).toEqual([]);
  });

  it('loses the overlapped part plus the travel the remaining pieces need; the loss is leave', () => {
    const plan = planFor({
      work: { shifts, commuteMinutes: 30 },
      events: [{ title: 'Dentist', date: TUE, start: '12:00', end: '13:00' }],
    });
    expect(lines(plan, (b) => onDate(TUE)(b) && notSleep(b))).toEqual([
      '2026-12-01 08:30–09:00 commute work.shifts.0',
      '2026-12-01 09:00–11:30 work work.shifts.0',
      '2026-12-01 11:30–12:00 commute work.shifts.0',
      '2026-12-01 12:00–13:00 event dentist',
      '2026-12-01 13:00–13:30 commute work.shifts.0',
      '2026-12-01 13:30–17:00 work work.shifts.0',
      '2026-12-01 17:00–17:30 commute work.shifts.0',
    ]);
    expect(plan.leave).toEqual([
      // (r2 §4a) Work given up for an event is personal time, never called an appointment.
      {
        start: '2026-12-01T11:30:00-05:00',
        end: '2026-12-01T13:30:00-05:00',
        minutes: 120,
        reason: 'Personal',
        kind: 'personal',
      },
    ]);
  });

  it('drops a leftover piece shorter than the minimum block (60 minutes by default)', () => {
    const plan = planFor({
      work: { shifts, remoteDays: ['tue'] },
      events: [{ title: 'Hospital visit', date: TUE, start: '10:00', end: '16:15' }],
    });
    expect(lines(plan, (b) => onDate(TUE)(b) && b.category === 'work')).toEqual([
      '2026-12-01 09:00–10:00 work work.shifts.0',
    ]);
    expect(plan.leave).toEqual([
      {
        start: '2026-12-01T10:00:00-05:00',
        end: '2026-12-01T17:00:00-05:00',
        minutes: 420,
        reason: 'Personal',
        kind: 'personal',
      },
    ]);
  });

  it('uses work.flexible.minBlockMinutes as the minimum piece', () => {
    const plan = planFor({
      work: {
        shifts,
        remoteDays: ['tue'],
        flexible: { days: ['tue'], earliest: '09:00', latest: '17:00', minBlockMinutes: 90 },
      },
      events: [{ title: 'Hospital visit', date: TUE, start: '10:00', end: '15:00' }],
    });
    // 09:00–10:00 (60 min) is dropped; 15:00–17:00 (120 min) is kept.
    expect(lines(plan, (b) => onDate(TUE)(b) && b.source === 'work.shifts.0')).toEqual([
      '2026-12-01 15:00–17:00 work work.shifts.0',
    ]);
  });

  it('a day off has no shift and no leave, even with an appointment', () => {
    const plan = planFor({
      work: { shifts, commuteMinutes: 30, daysOff: [TUE] },
      events: [{ title: 'Dentist', date: TUE, start: '12:00', end: '13:00' }],
    });
    expect(lines(plan, (b) => onDate(TUE)(b) && notSleep(b))).toEqual(['2026-12-01 12:00–13:00 event dentist']);
    expect(plan.leave).toEqual([]);
    expect(plan.blocks.filter((b) => b.category === 'work').length).toBe(4);
  });

  it('an in-person session takes the evening end of a late shift, with direct travel and a transition, as leave', () => {
    const plan = planFor({
      work: { shifts: [{ days: ['mon'], start: '12:00', end: '20:00' }], commuteMinutes: 30 },
      iop: { startDate: '2026-11-30', commuteMinutes: 20, sessions: [{ days: ['mon'], start: '18:00', end: '21:00' }] },
    });
    // (r2, rule 5a) No time at home between: one trip from work (fromWorkMinutes defaults to the
    // longer commute, 30) ends at 18:00; work stops transitionMinutes (15) before it, and its own
    // trip home is not made.
    expect(lines(plan, (b) => b.source === 'work.shifts.0')).toEqual([
      '2026-11-30 11:30–12:00 commute work.shifts.0',
      '2026-11-30 12:00–17:15 work work.shifts.0',
    ]);
    expect(lines(plan, (b) => b.source === 'iop.sessions.0' && b.category === 'commute')).toEqual([
      '2026-11-30 17:30–18:00 commute iop.sessions.0',
      '2026-11-30 21:00–21:20 commute iop.sessions.0',
    ]);
    expect(plan.leave.map((l) => [l.start.slice(11, 16), l.end.slice(11, 16), l.minutes, l.kind])).toEqual([
      ['17:15', '20:00', 165, 'treatment'],
    ]);
  });
});

describe('night shifts', () => {
  const nightWorker = {
    sleep: { bedtime: '08:00', wake: '16:00' },
    work: { shifts: [{ days: ['sun' as const], start: '22:00', end: '06:00' }] },
  };

  it('a shift that began the evening before the week occupies Monday morning', () => {
    const plan = planFor(nightWorker);
    expect(lines(plan, (b) => b.category === 'work')).toEqual([
      '2026-11-29 22:00–06:00 work work.shifts.0',
      '2026-12-06 22:00–06:00 work work.shifts.0',
    ]);
  });

  it('an appointment on Monday morning cuts that shift and only the week’s part is leave', () => {
    const plan = planFor({
      ...nightWorker,
      events: [{ title: 'Blood test', date: '2026-11-30', start: '05:00', end: '05:30' }],
    });
    // 05:30–06:00 is shorter than an hour and is dropped too.
    expect(lines(plan, (b) => b.category === 'work')[0]).toBe('2026-11-29 22:00–05:00 work work.shifts.0');
    expect(plan.leave).toEqual([
      {
        start: '2026-11-30T05:00:00-05:00',
        end: '2026-11-30T06:00:00-05:00',
        minutes: 60,
        reason: 'Personal',
        kind: 'personal',
      },
    ]);
  });
});

describe('flexible work without shifts', () => {
  it('places work.flexible.weeklyHours entirely within the allowed days and hours', () => {
    const plan = planFor({
      work: {
        flexible: { days: 'weekdays', earliest: '09:00', latest: '17:00', weeklyHours: 10, minBlockMinutes: 60 },
      },
    });
    const moved = plan.blocks.filter((b) => b.source === 'work.flexible');
    expect(moved.reduce((sum, b) => sum + (Date.parse(b.end) - Date.parse(b.start)) / 60_000, 0)).toBe(600);
    expect(moved.every((b) => b.start.slice(11, 16) >= '09:00' && b.end.slice(11, 16) <= '17:00')).toBe(true);
    expect(moved.every((b) => (Date.parse(b.end) - Date.parse(b.start)) / 60_000 >= 60)).toBe(true);
    expect(plan.score.tiers[1]).toBe(600);
    expect(plan.leave).toEqual([]);
  });
});

describe('moved work (work.flexible)', () => {
  it('re-places displaced time as work.flexible blocks the allocator chose, and takes no leave for it', () => {
    const plan = planFor({
      work: {
        shifts: [{ days: 'weekdays', start: '09:00', end: '17:00' }],
        remoteDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
        flexible: { days: 'weekdays', earliest: '07:00', latest: '19:00', minBlockMinutes: 60 },
      },
      events: [{ title: 'Dentist', date: TUE, start: '12:00', end: '13:00' }],
    });
    const moved = plan.blocks.filter((b) => b.source === 'work.flexible');
    expect(moved.length).toBeGreaterThan(0);
    expect(moved.every((b) => b.category === 'work' && b.fixed === false && b.owner === 'me')).toBe(true);
    expect(moved.reduce((sum, b) => sum + (Date.parse(b.end) - Date.parse(b.start)) / 60_000, 0)).toBe(60);
    for (const b of moved) {
      expect(b.start.slice(11, 16) >= '07:00').toBe(true);
      expect(b.end.slice(11, 16) <= '19:00').toBe(true);
    }
    expect(plan.leave).toEqual([]);
    expect(plan.score.tiers[1]).toBe(60);
  });

  it('leave is the displaced time less what was moved', () => {
    const base = {
      shifts: [{ days: 'weekdays' as const, start: '09:00', end: '17:00' }],
      remoteDays: ['mon' as const, 'tue' as const, 'wed' as const, 'thu' as const, 'fri' as const],
    };
    const events = [{ title: 'Day in hospital', date: TUE, start: '08:00', end: '18:00' }];
    const without = planFor({ work: base, events });
    const withFlex = planFor({
      work: { ...base, flexible: { days: ['wed'], earliest: '18:00', latest: '20:00', minBlockMinutes: 60 } },
      events,
    });
    const leaveOf = (p: typeof without) => p.leave.reduce((s, l) => s + l.minutes, 0);
    expect(leaveOf(without)).toBe(480);
    expect(lines(withFlex, (b) => b.source === 'work.flexible')).toEqual(['2026-12-02 18:00–20:00 work work.flexible']);
    expect(withFlex.score.tiers[1]).toBe(120);
    expect(leaveOf(withFlex)).toBe(480 - 120);
  });

  it('moved work may join the day’s shift directly, without a transition gap (rule 6)', () => {
    const plan = planFor({
      work: {
        shifts: [{ days: 'weekdays', start: '09:00', end: '17:00' }],
        remoteDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
        flexible: { days: ['wed'], earliest: '17:00', latest: '20:00', minBlockMinutes: 60 },
      },
      events: [{ title: 'Day in hospital', date: TUE, start: '08:00', end: '18:00' }],
    });
    // The whole 17:00–20:00 window can hold moved work right after Wednesday's shift.
    expect(lines(plan, (b) => b.source === 'work.flexible')).toEqual(['2026-12-02 17:00–20:00 work work.flexible']);
    expect(plan.score.tiers[1]).toBe(180);
    expect(plan.leave.reduce((s, l) => s + l.minutes, 0)).toBe(480 - 180);
  });
});

describe('fixed duties', () => {
  const household = [{ id: 'alex', name: 'Alex' }];
  const dropoff = { title: 'School drop-off', days: 'weekdays' as const, start: '07:45', end: '08:15' };
  const owners = (plan: ReturnType<typeof planFor>) =>
    plan.blocks.filter((b) => b.source === 'school-drop-off').map((b) => b.owner);

  it('goes to the first listed owner who is free', () => {
    const plan = planFor({ household, duties: [{ ...dropoff, owners: ['me', 'alex'] }] });
    expect(owners(plan)).toEqual(['me', 'me', 'me', 'me', 'me']);
    expect(plan.blocks.find((b) => b.source === 'school-drop-off')!.fixed).toBe(true);
  });

  it('goes to the next owner when the first has a block then', () => {
    const plan = planFor({
      household,
      work: { shifts: [{ days: ['mon', 'tue'], start: '07:00', end: '15:00' }] },
      duties: [{ ...dropoff, owners: ['me', 'alex'] }],
    });
    expect(owners(plan)).toEqual(['alex', 'alex', 'me', 'me', 'me']);
  });

  it('a household member’s busy time blocks them; nobody free → no-cover', () => {
    const plan = planFor({
      household: [{ id: 'alex', name: 'Alex', busy: [{ days: ['mon'], start: '07:00', end: '09:00', label: 'Work' }] }],
      work: { shifts: [{ days: ['mon', 'tue'], start: '07:00', end: '15:00' }] },
      duties: [{ ...dropoff, owners: ['me', 'alex'] }],
    });
    expect(owners(plan)).toEqual(['alex', 'me', 'me', 'me']);
    expect(plan.unplaced).toEqual([
      expect.objectContaining({
        source: 'school-drop-off',
        code: 'no-cover',
        date: '2026-11-30',
        owner: null,
        minutes: 30,
      }),
    ]);
    expect(plan.unplaced[0]!.reason).toMatch(/^Mon 30 Nov: /);
  });

  it.each([
    ['2026-11-30', 'W49', 'alex'],
    ['2026-12-07', 'W50', 'me'],
  ])('a rotating duty starts from the ISO week’s offset (%s, %s → %s)', (weekDate, _iso, first) => {
    const plan = planFor({ household, duties: [{ ...dropoff, owners: ['me', 'alex'], rotate: true }] }, weekDate);
    expect(new Set(owners(plan))).toEqual(new Set([first]));
  });

  it('rotateOwners rotates the list by the offset', () => {
    expect(rotateOwners(['me', 'alex', 'jo'], 49)).toEqual(['alex', 'jo', 'me']);
    expect(rotateOwners(['me', 'alex', 'jo'], 0)).toEqual(['me', 'alex', 'jo']);
    expect(rotateOwners([], 3)).toEqual([]);
  });
});
