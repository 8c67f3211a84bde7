import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../src/domain/build-plan.js';
import { validateProfile } from '../../../src/domain/validate-profile.js';
import { verifyPlan } from '../../support/verify-plan.js';
import { lines, notSleep } from './plan-helpers.js';

const NOW = Date.parse('2026-11-26T12:00:00Z');

/**
 * DESIGN §3 rule 5a (r2): only `work.remoteDays` never chain. On-site work with a zero commute is
 * still a fixed place: going home between the session (ends 10:30) and the shift (starts 10:45)
 * leaves 15 minutes < minHomeMinutes (60), so the person travels directly, one 10-minute trip
 * of `fromWorkMinutes` right after the session. (Found by the property tests.)
 */
function profile(overrides: { timezone: string; weekStart: 'monday' | 'sunday'; remoteDays?: string[] }) {
  return {
    version: 1,
    id: 'prop',
    timezone: overrides.timezone,
    weekStart: overrides.weekStart,
    me: { name: 'Sam' },
    sleep: { bedtime: '22:00', wake: '06:00' },
    rules: { transitionMinutes: 0, maxCommittedHoursPerDay: 8 },
    household: [],
    iop: {
      startDate: '2026-03-02',
      weeks: 40,
      mode: 'hybrid',
      commuteMinutes: 0,
      fromWorkMinutes: 10,
      arriveEarlyMinutes: 10,
      sessions: [{ days: ['mon'], start: '08:30', end: '10:30', mode: 'in-person' }],
      flexible: [],
    },
    work: {
      shifts: [{ days: ['mon'], start: '10:45', end: '15:45' }],
      commuteMinutes: 0,
      ...(overrides.remoteDays ? { remoteDays: overrides.remoteDays } : {}),
    },
  };
}

function plan(input: unknown, week: string) {
  const result = validateProfile(input);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return { profile: result.profile, plan: buildPlan(result.profile, week, NOW) };
}

describe('rule 5a with zero commutes (r2)', () => {
  it.each([
    ['America/New_York', 'monday', '2026-10-19'],
    ['Europe/Berlin', 'sunday', '2026-03-02'],
  ] as const)(
    '%s: on-site work with a zero commute chains: one direct trip to work after the session',
    (timezone, weekStart, week) => {
      const { profile: p, plan: out } = plan(profile({ timezone, weekStart }), week);
      expect(lines(out, notSleep)).toEqual([
        `${week} 08:20–08:30 iop iop.sessions.0`,
        `${week} 08:30–10:30 iop iop.sessions.0`,
        `${week} 10:30–10:40 commute iop.sessions.0`,
        `${week} 10:45–15:45 work work.shifts.0`,
      ]);
      expect(out.blocks.find((b) => b.category === 'commute')?.title).toBe('Travel to work');
      expect(verifyPlan(p, out)).toEqual([]);
    },
  );

  it('a remote day never chains: no trip at all with a zero program commute', () => {
    const week = '2026-10-19';
    const { profile: p, plan: out } = plan(
      profile({ timezone: 'America/New_York', weekStart: 'monday', remoteDays: ['mon'] }),
      week,
    );
    expect(lines(out, notSleep)).toEqual([
      `${week} 08:20–08:30 iop iop.sessions.0`,
      `${week} 08:30–10:30 iop iop.sessions.0`,
      `${week} 10:45–15:45 work work.shifts.0`,
    ]);
    expect(verifyPlan(p, out)).toEqual([]);
  });
});
