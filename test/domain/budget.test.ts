import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeBudget } from '../../src/domain/budget.js';
import { CATEGORIES, type TimedBlock, type TimedLeave } from '../../src/domain/plan-types.js';
import { addDays, buildWeek } from '../../src/domain/week.js';
import { at, makeBlock, ZONE } from './warnings/make-block.js';

const WEEK = buildWeek(ZONE, 'monday', '2026-11-30');

/** Nightly sleep 22:30–06:30 from the night before the week to its last night. */
function nightlySleep(firstDay: string): TimedBlock[] {
  return Array.from({ length: 8 }, (_, i) =>
    makeBlock({ category: 'sleep', source: 'sleep', date: addDays(firstDay, i - 1), start: '22:30', end: '06:30' }),
  );
}

function ledgerMinutes(budget: ReturnType<typeof computeBudget>): number {
  return CATEGORIES.reduce((sum, c) => sum + budget.week[c], 0) + budget.week.free;
}

describe('computeBudget', () => {
  it('writes the week totals in the order of the plan format (DESIGN §4), free time last', () => {
    const budget = computeBudget(nightlySleep('2026-11-30'), WEEK, []);
    expect(Object.keys(budget.week)).toEqual([
      'work',
      'iop',
      'commute',
      'duty',
      'habit',
      'event',
      'busy',
      'sleep',
      'free',
    ]);
  });

  it('splits sleep at midnight and counts the night before the week only from its first midnight', () => {
    const blocks = [...nightlySleep('2026-11-30'), makeBlock({ category: 'work', start: '09:00', end: '17:00' })];
    const budget = computeBudget(blocks, WEEK, []);
    expect(budget.days[0]).toEqual({
      date: '2026-11-30',
      committed: 480,
      free: 480,
      minutes: { sleep: 480, work: 480 },
    });
    // Sunday's sleep runs into Monday 7 Dec, outside the week: only 90 minutes are this week's.
    expect(budget.week.sleep).toBe(7 * 480);
    expect(budget.week.work).toBe(480);
    expect(ledgerMinutes(budget)).toBe(168 * 60);
  });

  it('lists only non-zero categories per day but every category for the week', () => {
    const budget = computeBudget([makeBlock({ category: 'habit', start: '12:00', end: '12:15' })], WEEK, []);
    expect(budget.days[0]?.minutes).toEqual({ habit: 15 });
    expect(budget.days[1]?.minutes).toEqual({});
    expect(budget.week).toEqual({
      sleep: 0,
      work: 0,
      iop: 0,
      commute: 0,
      duty: 0,
      habit: 15,
      event: 0,
      busy: 0,
      free: 168 * 60 - 15,
    });
  });

  it('ignores household members and blocks outside the week', () => {
    const blocks = [
      makeBlock({ owner: 'alex', category: 'busy', start: '08:00', end: '17:30' }),
      makeBlock({ owner: 'alex', category: 'duty', start: '07:45', end: '08:15' }),
      makeBlock({ date: '2026-11-29', category: 'event', start: '10:00', end: '12:00' }),
      makeBlock({ date: '2026-12-07', category: 'event', start: '10:00', end: '12:00' }),
    ];
    const budget = computeBudget(blocks, WEEK, []);
    expect(budget.week.free).toBe(168 * 60);
    expect(budget.days.every((d) => d.committed === 0)).toBe(true);
  });

  it('splits a night shift across midnight between the two days', () => {
    const shift = makeBlock({ category: 'work', date: '2026-12-01', start: '23:00', end: '07:00' });
    const budget = computeBudget([shift], WEEK, []);
    expect(budget.days[1]?.minutes).toEqual({ work: 60 });
    expect(budget.days[2]?.minutes).toEqual({ work: 420 });
    expect(budget.days[2]?.committed).toBe(420);
  });

  it.each([
    {
      label: 'fall back (25-hour Sunday 1 Nov)',
      weekStart: 'monday' as const,
      date: '2026-10-26',
      long: '2026-11-01',
      hours: 169,
    },
    {
      label: 'spring forward (23-hour Sunday 8 Mar)',
      weekStart: 'sunday' as const,
      date: '2026-03-09',
      long: '2026-03-08',
      hours: 167,
    },
  ])('the ledger of a $label week totals $hours h', ({ weekStart, date, long, hours }) => {
    const week = buildWeek(ZONE, weekStart, date);
    expect(week.days.map((d) => d.date)).toContain(long);
    const budget = computeBudget(
      [...nightlySleep(week.start), makeBlock({ category: 'iop', date: long, start: '01:00', end: '04:00' })],
      week,
      [],
    );
    expect(ledgerMinutes(budget)).toBe(hours * 60);
    const dstDay = budget.days.find((d) => d.date === long);
    const dayMinutes = (dstDay?.committed ?? 0) + (dstDay?.minutes.sleep ?? 0) + (dstDay?.free ?? 0);
    expect(dayMinutes).toBe(hours === 169 ? 1500 : 1380);
    // 00:00–06:30 and 22:30–24:00 local: 9 h of sleep on the 25-hour day, 7 h on the 23-hour one.
    expect(dstDay?.minutes.sleep).toBe(hours === 169 ? 540 : 420);
  });

  it('counts real elapsed minutes on the 25-hour day (01:00–04:00 local is 4 h)', () => {
    const week = buildWeek(ZONE, 'monday', '2026-10-26');
    const budget = computeBudget(
      [makeBlock({ category: 'iop', date: '2026-11-01', start: '01:00', end: '04:00' })],
      week,
      [],
    );
    expect(budget.days[6]?.minutes).toEqual({ iop: 240 });
    expect(budget.iopHours).toBe(4);
  });

  it.each([
    { minutes: 570, hours: 9.5 },
    { minutes: 550, hours: 9.17 },
    { minutes: 0, hours: 0 },
  ])('iopHours of $minutes IOP minutes is $hours', ({ minutes, hours }) => {
    const startMs = at('2026-11-30', '09:00');
    const blocks = minutes === 0 ? [] : [makeBlock({ category: 'iop', startMs, endMs: startMs + minutes * 60_000 })];
    expect(computeBudget(blocks, WEEK, []).iopHours).toBe(hours);
  });

  it('does not count commute as IOP time, but counts arrive-early minutes (iop blocks)', () => {
    const blocks = [
      makeBlock({ category: 'commute', source: 'iop.sessions.0', start: '17:30', end: '17:50' }),
      makeBlock({ category: 'iop', source: 'iop.sessions.0', start: '17:50', end: '18:00' }),
      makeBlock({ category: 'iop', source: 'iop.sessions.0', start: '18:00', end: '21:00' }),
      makeBlock({ category: 'commute', source: 'iop.sessions.0', start: '21:00', end: '21:20' }),
    ];
    const budget = computeBudget(blocks, WEEK, []);
    expect(budget.iopHours).toBe(3.17);
    expect(budget.week.commute).toBe(40);
  });

  it('sums leave minutes', () => {
    const leave: TimedLeave[] = [
      {
        startMs: at('2026-11-30', '17:00'),
        endMs: at('2026-11-30', '17:30'),
        reason: 'Appointment',
        kind: 'treatment',
      },
      {
        startMs: at('2026-12-02', '15:00'),
        endMs: at('2026-12-02', '17:00'),
        reason: 'Appointment',
        kind: 'treatment',
      },
    ];
    expect(computeBudget([], WEEK, leave).leaveMinutes).toBe(150);
  });

  it('keeps committed + sleep + free equal to each day length for any non-overlapping blocks', () => {
    const piece = fc.record({
      gap: fc.integer({ min: 0, max: 600 }),
      length: fc.integer({ min: 1, max: 900 }),
      category: fc.constantFrom('sleep', 'work', 'iop', 'commute', 'duty', 'habit', 'event' as const),
    });
    const weeks = [WEEK, buildWeek(ZONE, 'monday', '2026-10-26'), buildWeek(ZONE, 'sunday', '2026-03-09')];
    fc.assert(
      fc.property(fc.constantFrom(...weeks), fc.array(piece, { maxLength: 40 }), (week, pieces) => {
        // Packed one after another from the evening before the week: never overlapping.
        let cursor = week.days[0]!.startMs - 6 * 3_600_000;
        const blocks = pieces.map((p) => {
          const startMs = cursor + p.gap * 60_000;
          cursor = startMs + p.length * 60_000;
          return makeBlock({ category: p.category, startMs, endMs: cursor });
        });
        const budget = computeBudget(blocks, week, []);
        budget.days.forEach((d, i) => {
          const day = week.days[i]!;
          expect(d.committed + (d.minutes.sleep ?? 0) + d.free).toBe((day.endMs - day.startMs) / 60_000);
          expect(d.free).toBeGreaterThanOrEqual(0);
        });
        const weekMinutes = (week.days[6]!.endMs - week.days[0]!.startMs) / 60_000;
        expect(ledgerMinutes(budget)).toBe(weekMinutes);
      }),
    );
  });
});
