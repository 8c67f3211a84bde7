import { describe, expect, it } from 'vitest';
import { expandDemand } from '../../../src/domain/allocator/occurrences.js';
import { makeWeekContext } from '../../../src/domain/allocator/week-context.js';
import { buildWeek } from '../../../src/domain/week.js';
import { makeProfile, type ProfileOverrides } from '../../support/make-profile.js';
import { MONDAY, planFor } from './plan-helpers.js';

function demandFor(overrides: ProfileOverrides, weekDate = MONDAY) {
  const profile = makeProfile(overrides);
  return expandDemand(makeWeekContext(profile, buildWeek(profile.timezone, profile.weekStart, weekDate)));
}

const counselling = {
  id: 'counselling',
  title: 'Individual counselling',
  minutes: 60,
  days: ['tue' as const, 'fri' as const],
  window: ['17:30', '20:30'] as [string, string],
};
const iopBase = { startDate: '2026-11-30', mode: 'virtual' as const };

describe('expandDemand', () => {
  it('a perWeek item is one occurrence per allowed day, limited to perWeek', () => {
    const d = demandFor({
      habits: [{ title: 'Walk', minutes: 30, perWeek: 2, days: ['mon', 'wed', 'fri'], window: ['07:00', '21:00'] }],
    });
    expect(d.occurrences.map((o) => o.date)).toEqual(['2026-11-30', '2026-12-02', '2026-12-04']);
    expect(d.perWeek.map((p) => [p.item.source, p.limit])).toEqual([['walk', 2]]);
    expect(d.closed).toEqual([]);
  });

  it('an item without perWeek wants every listed day', () => {
    const d = demandFor({ habits: [{ title: 'Stretch', minutes: 10, days: 'weekends', window: ['08:00', '10:00'] }] });
    expect(d.occurrences.map((o) => [o.date, o.perWeekIndex])).toEqual([
      ['2026-12-05', -1],
      ['2026-12-06', -1],
    ]);
  });

  it('a window is read on the occurrence’s own date', () => {
    const d = demandFor({ habits: [{ title: 'Stretch', minutes: 10, days: ['tue'], window: ['08:00', '10:00'] }] });
    const o = d.occurrences[0]!;
    expect(new Date(o.windowStart * 60_000).toISOString()).toBe('2026-12-01T13:00:00.000Z');
    expect(o.windowEnd - o.windowStart).toBe(120);
  });

  it('perWeek limited by closures: the shortfall is `closed` with no date', () => {
    const d = demandFor({
      iop: { ...iopBase, closedDates: ['2026-12-04'], flexible: [{ ...counselling, perWeek: 2 }] },
    });
    expect(d.occurrences.map((o) => o.date)).toEqual(['2026-12-01']);
    expect(d.perWeek.map((p) => p.limit)).toEqual([1]);
    expect(d.closed).toEqual([
      expect.objectContaining({ source: 'counselling', code: 'closed', date: null, minutes: 60, owner: 'me' }),
    ]);
    expect(d.closed[0]!.reason).toMatch(/closed on Fri/);
  });

  it('a daily IOP item on a closed date is `closed` with that date', () => {
    const d = demandFor({ iop: { ...iopBase, closedDates: ['2026-12-04'], flexible: [counselling] } });
    expect(d.occurrences.map((o) => o.date)).toEqual(['2026-12-01']);
    expect(d.closed).toEqual([expect.objectContaining({ source: 'counselling', code: 'closed', date: '2026-12-04' })]);
  });

  it.each([
    ['before the program starts', { startDate: '2026-12-07' }],
    ['after the program ends', { startDate: '2026-10-05', weeks: 8 }],
  ])('nothing of the IOP is requested %s — not even as closed', (_name, dates) => {
    const d = demandFor({
      iop: { ...iopBase, ...dates, closedDates: ['2026-12-01'], flexible: [{ ...counselling, perWeek: 2 }] },
      habits: [{ title: 'Walk', minutes: 30, perWeek: 1, window: ['07:00', '21:00'] }],
    });
    expect(d.occurrences.every((o) => o.item.kind === 'habit')).toBe(true);
    expect(d.perWeek.map((p) => [p.item.source, p.limit])).toEqual([
      ['counselling', 0],
      ['walk', 1],
    ]);
    expect(d.closed).toEqual([]);
  });

  it('a program starting mid-week asks only for its own days', () => {
    const d = demandFor({ iop: { ...iopBase, startDate: '2026-12-02', flexible: [counselling] } });
    expect(d.occurrences.map((o) => o.date)).toEqual(['2026-12-04']);
    expect(d.closed).toEqual([]);
  });

  it('a perWeek IOP item in a program starting mid-week asks for no more than its remaining days', () => {
    const d = demandFor({ iop: { ...iopBase, startDate: '2026-12-02', flexible: [{ ...counselling, perWeek: 2 }] } });
    expect(d.perWeek.map((p) => p.limit)).toEqual([1]);
    expect(d.closed).toEqual([]);
  });
});

describe('closures in the plan', () => {
  it('the open day is used and the closed one reported, never failing --strict', () => {
    const plan = planFor({
      iop: { ...iopBase, closedDates: ['2026-12-04'], flexible: [{ ...counselling, perWeek: 2 }] },
    });
    expect(plan.blocks.filter((b) => b.source === 'counselling').map((b) => b.start.slice(0, 10))).toEqual([
      '2026-12-01',
    ]);
    expect(plan.unplaced.map((u) => [u.source, u.code, u.date])).toEqual([['counselling', 'closed', null]]);
  });

  it('outside the program the plan has neither IOP blocks nor IOP entries in unplaced', () => {
    const plan = planFor({
      iop: {
        ...iopBase,
        startDate: '2027-01-04',
        sessions: [{ start: '18:00', end: '21:00' }],
        flexible: [counselling],
      },
    });
    expect(plan.blocks.filter((b) => b.category === 'iop' || b.source.startsWith('iop'))).toEqual([]);
    expect(plan.unplaced).toEqual([]);
    expect(plan.score.tiers[0]).toBe(0);
  });
});
