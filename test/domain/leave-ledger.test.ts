import { describe, expect, it } from 'vitest';
import { roundUpMinutes } from '../../src/domain/leave/round-up-minutes.js';
import { buildLeaveLedger } from '../../src/domain/leave-ledger.js';
import type { Plan } from '../../src/domain/plan-types.js';
import type { Profile } from '../../src/domain/profile.js';
import { makePlan } from '../app/plan-builder.js';
import { makeProfile } from '../support/make-profile.js';

const profileWith = (leave: { fmla?: boolean; normalWeeklyHours?: number; incrementMinutes?: number }): Profile =>
  makeProfile({
    work: { shifts: [{ days: 'weekdays', start: '09:00', end: '17:00' }], leave },
    iop: { startDate: '2026-11-30', weeks: 3, sessions: [{ days: ['tue'], start: '13:00', end: '16:00' }] },
  });

/** A week's plan whose only content is the given leave (`date`, `HH:MM`, `HH:MM`), New York time. */
function planWithLeave(profile: Profile, weekDate: string, leave: [string, string, string][]): Plan {
  const plan = makePlan(profile, weekDate, []);
  plan.leave = leave.map(([date, start, end]) => {
    const s = `${date}T${start}:00-05:00`;
    const e = `${date}T${end}:00-05:00`;
    return {
      start: s,
      end: e,
      minutes: (Date.parse(e) - Date.parse(s)) / 60_000,
      reason: 'Appointment',
      kind: 'treatment',
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
    const profile = profileWith({ fmla: true, normalWeeklyHours: 40, incrementMinutes: 15 });
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
    const profile = profileWith({ fmla: true, incrementMinutes: 60 });
    const ledger = buildLeaveLedger(profile, threeWeeks(profile));
    expect(ledger.weeks.map((w) => w.cumulativeMinutes)).toEqual([180, 240, 240]);
  });

  it('names the week in which the entitlement runs out', () => {
    // 12 × 0.2 h = 144 min: week 1 brings 105, week 2 brings the total to 165.
    const profile = profileWith({ fmla: true, normalWeeklyHours: 0.2, incrementMinutes: 15 });
    const ledger = buildLeaveLedger(profile, threeWeeks(profile));
    expect(ledger.entitlementMinutes).toBe(144);
    expect(ledger.exhaustedIn?.isoWeek).toBe('2026-W50');
  });

  it('has no entitlement when FMLA does not apply', () => {
    const profile = profileWith({ fmla: false });
    expect(buildLeaveLedger(profile, threeWeeks(profile)).entitlementMinutes).toBeUndefined();
  });
});
