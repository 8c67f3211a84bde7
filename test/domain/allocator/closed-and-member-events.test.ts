import { describe, expect, it } from 'vitest';
import { planFor } from './plan-helpers.js';

describe('what the fixed part of the week reports', () => {
  it('lists a session the program does not hold on a closed date as closed, for information', () => {
    const plan = planFor({
      iop: {
        startDate: '2026-11-30',
        weeks: 4,
        sessions: [{ days: ['mon', 'wed'], start: '18:00', end: '21:00' }],
        closedDates: ['2026-12-02'],
      },
    });
    expect(plan.unplaced.map((u) => [u.source, u.date, u.code])).toEqual([['iop.sessions.0', '2026-12-02', 'closed']]);
    expect(plan.blocks.filter((b) => b.source === 'iop.sessions.0').map((b) => b.start.slice(0, 10))).toEqual([
      '2026-11-30',
    ]);
  });

  it("drops a household member's event that clashes with their own busy time, and says so", () => {
    const plan = planFor({
      household: [
        { id: 'alex', name: 'Alex', busy: [{ days: 'weekdays', start: '08:00', end: '17:30', label: 'Work' }] },
      ],
      events: [{ title: 'Parent evening', date: '2026-12-01', start: '17:00', end: '18:00', owners: ['alex'] }],
    });
    expect(plan.blocks.some((b) => b.owner === 'alex' && b.category === 'event')).toBe(false);
    expect(plan.unplaced.map((u) => [u.source, u.owner, u.code])).toEqual([['parent-evening', 'alex', 'conflict']]);
  });
});
