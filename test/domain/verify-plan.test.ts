import { describe, expect, it } from 'vitest';
import type { Block, Plan } from '../../src/domain/plan-types.js';
import type { Profile } from '../../src/domain/profile.js';
import { makeProfile } from '../support/make-profile.js';
import { readPlanWeek } from '../support/plan-week.js';
import { verifyPlan } from '../support/verify-plan.js';
import { balanceOf } from '../support/verify-plan-r2.js';

// The plan verifier is the yardstick of the property tests: it must catch each revision-2 rule
// broken, and stay quiet when the rule is kept. Hand-built Mondays in New York (UTC−5).
const at = (hhmm: string, day = 30) => `2026-11-${day}T${hhmm}:00-05:00`;
const block = (source: string, category: Block['category'], start: string, end: string, fixed = true): Block => ({
  id: `${source}:${start}`,
  source,
  category,
  title: source,
  owner: 'me',
  start: at(start),
  end: at(end),
  fixed,
});

function planOf(profile: Profile, blocks: Block[], iopHours = 0): Plan {
  const sleep = [30, 1, 2, 3, 4, 5, 6].map((d, i) => ({
    ...block('sleep', 'sleep', '23:00', '07:00'),
    start: `2026-${i === 0 ? '11' : '12'}-${String(d).padStart(2, '0')}T23:00:00-05:00`,
    end: `2026-12-${String(i + 1).padStart(2, '0')}T07:00:00-05:00`,
  }));
  const all = [...blocks, ...sleep].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const plan = {
    version: 1,
    generatedAt: '2026-11-26T12:00:00Z',
    timezone: 'America/New_York',
    week: { start: '2026-11-30', end: '2026-12-06', isoWeek: '2026-W49' },
    blocks: all,
    unplaced: [],
    leave: [],
    budget: { week: {}, days: [], iopHours, leaveMinutes: 0 },
    score: { tiers: [0, 0, 0, 0, 0, 0], balance: 0 },
    warnings: [],
  } as unknown as Plan;
  plan.score.balance = Math.round(balanceOf(readPlanWeek(profile, plan)) * 100) / 100;
  return plan;
}

const about = (plan: Plan, profile: Profile, prefix: string) =>
  verifyPlan(profile, plan).filter((m) => m.startsWith(prefix));

describe('the plan verifier (DESIGN §3, revision 2)', () => {
  // The trial's office worker: 09:00–17:00 with 30 minutes' commute, the program at 18:00 with
  // 25 minutes' travel and 10 minutes early. Home time would be 17:25 − 17:30 < 60: one direct trip.
  const worker = makeProfile({
    work: { shifts: [{ days: ['mon'], start: '09:00', end: '17:00' }], commuteMinutes: 30 },
    iop: {
      startDate: '2026-11-30',
      weeks: 1,
      mode: 'in-person',
      commuteMinutes: 25,
      fromWorkMinutes: 25,
      arriveEarlyMinutes: 10,
      sessions: [{ days: ['mon'], start: '18:00', end: '21:00' }],
    },
  });
  const session = [
    block('iop.sessions.0', 'iop', '17:50', '18:00'),
    block('iop.sessions.0', 'iop', '18:00', '21:00'),
    block('iop.sessions.0', 'commute', '21:00', '21:25'),
  ];
  const morning = [
    block('work.shifts.0', 'commute', '08:30', '09:00'),
    block('work.shifts.0', 'work', '09:00', '17:00'),
  ];

  it('accepts the chained trip: straight from work, no trip home, the transition kept', () => {
    const plan = planOf(worker, [...morning, block('iop.sessions.0', 'commute', '17:25', '17:50'), ...session], 3);
    expect(verifyPlan(worker, plan)).toEqual([]);
  });

  it('flags the trip home when home time is under minHomeMinutes (rule 5a)', () => {
    const home = [
      block('work.shifts.0', 'work', '09:00', '16:30'),
      block('work.shifts.0', 'commute', '16:30', '17:00'),
      block('iop.sessions.0', 'commute', '17:25', '17:50'),
    ];
    const plan = planOf(worker, [morning[0]!, ...home, ...session], 3);
    expect(about(plan, worker, 'rule 5a')).toEqual([
      'rule 5a: iop.sessions.0 on 2026-11-30 is chained, yet work travels home',
    ]);
  });

  it('flags work running into the trip to treatment without the transition (rule 3)', () => {
    const plan = planOf(
      worker,
      [
        morning[0]!,
        block('work.shifts.0', 'work', '09:00', '17:25'),
        block('iop.sessions.0', 'commute', '17:25', '17:50'),
        ...session,
      ],
      3,
    );
    expect(about(plan, worker, 'rule 3')).toHaveLength(1);
  });

  it('counts IOP hours without arrive-early minutes', () => {
    const plan = planOf(worker, [...morning, block('iop.sessions.0', 'commute', '17:25', '17:50'), ...session], 3.17);
    expect(about(plan, worker, 'budget.iopHours')).toHaveLength(1);
  });

  const capped = (priority: 'high' | 'normal') =>
    makeProfile({
      rules: { maxCommittedHoursPerDay: 8 },
      work: { shifts: [{ days: ['mon'], start: '09:00', end: '17:00' }] },
      habits: [{ id: 'walk', title: 'Walk', minutes: 30, days: ['mon'], window: ['18:00', '20:00'], priority }],
    });
  const walked = (profile: Profile) =>
    planOf(profile, [
      block('work.shifts.0', 'work', '09:00', '17:00'),
      block('walk', 'habit', '18:00', '18:30', false),
    ]);

  it('holds the cap on a waking day with a flexible block, high habits exempt (rule 7)', () => {
    expect(about(walked(capped('normal')), capped('normal'), 'rule 7')).toHaveLength(1);
    expect(about(walked(capped('high')), capped('high'), 'rule 7')).toEqual([]);
  });

  it('checks slots and the reported balance', () => {
    const meeting = makeProfile({
      habits: [{ id: 'meeting', title: 'Meeting', minutes: 60, slots: [{ days: ['mon'], start: '19:00' }] }],
    });
    const plan = planOf(meeting, [block('meeting', 'habit', '19:05', '20:05', false)]);
    expect(about(plan, meeting, 'slots')).toHaveLength(1);
    plan.score.balance += 0.02;
    expect(about(plan, meeting, 'score.balance')).toHaveLength(1);
  });
});
