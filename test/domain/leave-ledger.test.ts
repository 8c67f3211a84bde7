import { describe, expect, it } from 'vitest';
import { roundUpMinutes } from '../../src/domain/leave/round-up-minutes.js';
import { buildLeaveLedger } from '../../src/domain/leave-ledger.js';
import type { LeaveKind, Plan } from '../../src/domain/plan-types.js';
import type { Profile } from '../../src/domain/profile.js';
import { type BlockSpec, makePlan } from '../app/plan-builder.js';
import { makeProfile } from '../support/make-profile.js';

type LeaveInput = {
  fmla?: boolean;
  eligible?: 'yes' | 'no' | 'unsure';
  normalWeeklyHours?: number;
  incrementMinutes?: number;
};
const profileWith = (leave: LeaveInput): Profile =>
  makeProfile({
    work: { shifts: [{ days: 'weekdays', start: '09:00', end: '17:00' }], leave },
    iop: { startDate: '2026-11-30', weeks: 3, sessions: [{ days: ['tue'], start: '13:00', end: '16:00' }] },
  });

/** A week's plan whose only content is the given leave (`date`, `HH:MM`, `HH:MM`), New York time. */
function planWithLeave(
  profile: Profile,
  weekDate: string,
  leave: [string, string, string, LeaveKind?][],
  specs: BlockSpec[] = [],
): Plan {
  const plan = makePlan(profile, weekDate, specs);
  plan.leave = leave.map(([date, start, end, kind = 'treatment']) => {
    const s = `${date}T${start}:00-05:00`;
    const e = `${date}T${end}:00-05:00`;
    return {
      start: s,
      end: e,
      minutes: (Date.parse(e) - Date.parse(s)) / 60_000,
      reason: 'Appointment',
      kind,
    };
  });
  return plan;
}

function threeWeeks(profile: Profile): Plan[] {
  return [
    planWithLeave(profile, '2026-11-30', [
      ['2026-12-01', '14:00', '14:35'], // 35 min
      ['2026-12-01', '16:00', '16:01'], // 1 min
      ['2026-12-02', '09:00', '09:20'], // touches the next entry: one 40-minute absence
      ['2026-12-02', '09:20', '09:40'],
    ]),
    planWithLeave(profile, '2026-12-07', [['2026-12-08', '10:00', '11:00']]), // exactly 60 min
    planWithLeave(profile, '2026-12-14', []),
  ];
}

describe('roundUpMinutes', () => {
  it.each([
    [0, 15, 0],
    [1, 15, 15],
    [15, 15, 15],
    [16, 15, 30],
    [35, 60, 60],
    [61, 60, 120],
    [7, 1, 7],
  ])('%i minutes in %i-minute steps → %i', (minutes, step, expected) => {
    expect(roundUpMinutes(minutes, step)).toBe(expected);
  });
});

describe('buildLeaveLedger (hand-computed)', () => {
  it('rounds each absence up to the increment, then adds them per week and across the program', () => {
    const profile = profileWith({ eligible: 'yes', normalWeeklyHours: 40, incrementMinutes: 15 });
    const ledger = buildLeaveLedger(profile, threeWeeks(profile));
    // Week 1: 35→45, 1→15, 20+20 touching = 40→45: 76 min away, 105 counted.
    expect(ledger.weeks.map((w) => [w.isoWeek, w.minutes, w.chargedMinutes, w.cumulativeMinutes])).toEqual([
      ['2026-W49', 76, 105, 105],
      ['2026-W50', 60, 60, 165],
      ['2026-W51', 0, 0, 165],
    ]);
    expect(ledger.weeks[0]?.absences.map((a) => [a.minutes, a.chargedMinutes])).toEqual([
      [35, 45],
      [1, 15],
      [40, 45],
    ]);
    expect([ledger.totalMinutes, ledger.totalChargedMinutes]).toEqual([136, 165]);
    expect(ledger.entitlementMinutes).toBe(12 * 40 * 60);
    expect(ledger.exhaustedIn).toBeUndefined();
  });

  it('with a 60-minute increment every short absence counts a full hour', () => {
    const profile = profileWith({ eligible: 'yes', incrementMinutes: 60 });
    const ledger = buildLeaveLedger(profile, threeWeeks(profile));
    expect(ledger.weeks.map((w) => w.cumulativeMinutes)).toEqual([180, 240, 240]);
  });

  it('names the week in which the entitlement runs out', () => {
    // 12 × 0.2 h = 144 min: week 1 brings 105, week 2 brings the total to 165.
    const profile = profileWith({ eligible: 'yes', normalWeeklyHours: 0.2, incrementMinutes: 15 });
    const ledger = buildLeaveLedger(profile, threeWeeks(profile));
    expect(ledger.entitlementMinutes).toBe(144);
    expect(ledger.exhaustedIn?.isoWeek).toBe('2026-W50');
  });

  it('has no entitlement when the person is not eligible', () => {
    const profile = profileWith({ fmla: true, eligible: 'no' });
    const ledger = buildLeaveLedger(profile, threeWeeks(profile));
    expect(ledger.fmla).toBe('not-eligible');
    expect(ledger.entitlementMinutes).toBeUndefined();
    expect(ledger.exhaustedIn).toBeUndefined();
  });
});

describe('buildLeaveLedger: only treatment is leave (DESIGN §4a)', () => {
  it('event time is personal: out of office, listed apart, never counted', () => {
    const profile = profileWith({ eligible: 'yes' });
    const plan = planWithLeave(profile, '2026-11-30', [
      ['2026-12-01', '12:30', '16:30'], // a session with its travel
      ['2026-12-03', '09:00', '11:00', 'personal'], // a court date
    ]);
    const ledger = buildLeaveLedger(profile, [plan]);
    expect(ledger.weeks[0]?.absences.map((a) => a.minutes)).toEqual([240]);
    expect(ledger.weeks[0]?.personal.map((a) => [a.date, a.minutes])).toEqual([['2026-12-03', 120]]);
    expect([ledger.totalMinutes, ledger.totalChargedMinutes, ledger.totalPersonalMinutes]).toEqual([240, 240, 120]);
  });

  it('leave around a session checked in as missed is shown apart and not counted', () => {
    const profile = profileWith({ eligible: 'yes' });
    const sessions: BlockSpec[] = [
      ['commute', 'iop.sessions.0', 'Travel', 'me', '2026-12-01', '12:40', '13:00'],
      ['iop', 'iop.sessions.0', 'Group therapy', 'me', '2026-12-01', '13:00', '16:00'],
      ['commute', 'iop.sessions.0', 'Travel', 'me', '2026-12-01', '16:00', '16:20'],
      ['iop', 'iop.sessions.0', 'Group therapy', 'me', '2026-12-08', '13:00', '16:00'],
    ];
    const plans = [
      planWithLeave(profile, '2026-11-30', [['2026-12-01', '12:25', '16:35']], sessions.slice(0, 3)),
      planWithLeave(profile, '2026-12-07', [['2026-12-08', '12:45', '16:15']], sessions.slice(3)),
    ];
    const missed = new Set([`iop.sessions.0\u00002026-12-01T13:00:00-05:00`]);
    const ledger = buildLeaveLedger(profile, plans, { missed });
    expect(ledger.weeks.map((w) => [w.minutes, w.missedMinutes])).toEqual([
      [0, 250],
      [210, 0],
    ]);
    expect(ledger.totalChargedMinutes).toBe(210);
    expect(ledger.totalMissedMinutes).toBe(250);
    // Without the check-in the same time is leave.
    expect(buildLeaveLedger(profile, plans).totalChargedMinutes).toBe(465);
  });

  it('flexible work hours that found no room are displaced time, counted in the increment', () => {
    const profile = makeProfile({
      work: {
        flexible: { days: 'weekdays', earliest: '08:00', latest: '18:00', minBlockMinutes: 60, weeklyHours: 38 },
        leave: { eligible: 'yes' },
      },
      iop: { startDate: '2026-11-30', weeks: 1, sessions: [{ days: ['tue'], start: '13:00', end: '16:00' }] },
    });
    const plan = makePlan(profile, '2026-11-30', [], {
      unplaced: [
        {
          source: 'work.flexible',
          title: 'Work',
          owner: 'me',
          date: null,
          minutes: 465,
          code: 'no-room',
          reason: '7 h 45 min of your 38 weekly work hours found no room',
        },
      ],
    });
    const ledger = buildLeaveLedger(profile, [plan]);
    expect([ledger.totalMinutes, ledger.totalChargedMinutes, ledger.totalShortfallMinutes]).toEqual([465, 465, 465]);
    expect(ledger.entitlementText).toBe('12 weeks × 38 h a week (work.flexible.weeklyHours) = 456 h');
  });
});

describe('FMLA hours follow the normal week the profile describes (29 CFR 825.205(b))', () => {
  it.each([
    [
      'a 20 h/week part-timer (shifts)',
      { shifts: [{ days: 'weekdays' as const, start: '09:00', end: '13:00' }] },
      240,
      'the week your shifts add up to',
    ],
    [
      'a 32 h flexible worker',
      { flexible: { days: 'weekdays' as const, earliest: '08:00', latest: '18:00', weeklyHours: 32 } },
      384,
      'work.flexible.weeklyHours',
    ],
    [
      'a written normal week wins',
      { shifts: [{ days: 'weekdays' as const, start: '09:00', end: '13:00' }], leave: { normalWeeklyHours: 30 } },
      360,
      'work.leave.normalWeeklyHours',
    ],
  ])('%s: %i h', (_, work, hours, from) => {
    const profile = makeProfile({ work });
    const ledger = buildLeaveLedger(profile, []);
    expect(ledger.fmla).toBe('unsure');
    expect(ledger.entitlementMinutes).toBe(hours * 60);
    expect(ledger.entitlementText).toContain(`= ${hours} h`);
    expect(ledger.entitlementText).toContain(from);
  });

  it('outside the US, FMLA is never shown unless the person said they are eligible', () => {
    const london = makeProfile({
      timezone: 'Europe/London',
      work: { shifts: [{ days: 'weekdays', start: '09:00', end: '17:00' }] },
    });
    expect(buildLeaveLedger(london, []).fmla).toBe('not-eligible');
    expect(buildLeaveLedger(london, []).entitlementMinutes).toBeUndefined();
  });
});
