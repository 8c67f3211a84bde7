import { describe, expect, it } from 'vitest';
import { lines, minutesOf, planFor } from './plan-helpers.js';

describe('moved and flexible work', () => {
  it('never places a work block shorter than work.flexible.minBlockMinutes', () => {
    // 200 minutes to place, at most 180 a day: two blocks of at least 120 would be 240, so one
    // day holds 180 and the remaining 20 minutes are reported, not squeezed into a short block.
    const plan = planFor({
      work: {
        flexible: {
          days: ['mon', 'tue'],
          earliest: '09:00',
          latest: '12:00',
          minBlockMinutes: 120,
          weeklyHours: 200 / 60,
        },
      },
    });
    const work = plan.blocks.filter((b) => b.category === 'work');
    expect(work.map(minutesOf).every((m) => m >= 120)).toBe(true);
    expect(lines(plan, (b) => b.category === 'work')).toEqual(['2026-11-30 09:00–12:00 work work.flexible']);
    expect(plan.unplaced).toEqual([expect.objectContaining({ source: 'work.flexible', code: 'no-room', minutes: 20 })]);
  });

  it('says how much weekly work found no room in plain hours and minutes', () => {
    const plan = planFor({
      work: { flexible: { days: ['mon'], earliest: '09:00', latest: '12:00', weeklyHours: 200 / 60 } },
    });
    expect(plan.unplaced[0]!.reason).toBe(
      "20 min of your 3.33 weekly work hours found no room within work.flexible's days and hours",
    );
  });
});

describe('moved work joined to a shift or on its own', () => {
  it('does not shorten a block of its own below minBlockMinutes when only a short joined block fits', () => {
    // Each day 17:00–17:15 can join the shift (a call at 17:30 needs the 15-minute transition)
    // and 18:15–19:15 holds a block of its own. 100 displaced minutes cannot be 60 + 40: a day
    // holds either at most 15 joined or exactly 60 on its own.
    const plan = planFor({
      work: {
        shifts: [{ days: ['mon', 'tue'], start: '09:00', end: '17:00' }],
        flexible: { days: ['mon', 'tue'], earliest: '09:00', latest: '19:15', minBlockMinutes: 60 },
      },
      iop: {
        startDate: '2026-11-30',
        mode: 'virtual',
        sessions: [
          { days: ['mon'], start: '12:00', end: '13:00' },
          { days: ['tue'], start: '12:00', end: '12:40' },
        ],
      },
      events: [
        { title: 'Call', date: '2026-11-30', start: '17:30', end: '18:00' },
        { title: 'Call again', date: '2026-12-01', start: '17:30', end: '18:00' },
      ],
    });
    const moved = plan.blocks.filter((b) => b.source === 'work.flexible' && b.category === 'work');
    // (r2) Work keeps 15 minutes from each session, so 90 + 70 = 160 minutes are displaced: each
    // day holds one 60-minute block of its own (a joined 15 would waste the day), 40 are leave.
    expect(moved.map(minutesOf).sort((a, b) => a - b)).toEqual([60, 60]);
    expect(plan.score.tiers[1]).toBe(120);
    expect(plan.budget.leaveMinutes).toBe(40);
  });
});
