import { describe, expect, it } from 'vitest';
import {
  type Candidate,
  earliestStart,
  type OwnerDay,
  scheduleOf,
  solveSubsets,
} from '../../../src/domain/allocator/subset-scheduler.js';

const NONE = Number.NEGATIVE_INFINITY;

const cand = (key: number, minutes: number, windowStart: number, windowEnd: number, commute = 0): Candidate => ({
  key,
  minutes,
  commute,
  windowStart,
  windowEnd,
});

const day = (over: Partial<OwnerDay> = {}): OwnerDay => ({
  forbidden: [],
  gap: 15,
  capRoom: Number.POSITIVE_INFINITY,
  ...over,
});

/** The masks the table says can be placed, as lists of candidate keys. */
function feasibleSets(cands: Candidate[], d: OwnerDay): number[][] {
  const table = solveSubsets(cands, d);
  const out: number[][] = [];
  for (let mask = 1; mask < 1 << cands.length; mask++) {
    if (table.end[mask] !== Number.POSITIVE_INFINITY)
      out.push(cands.filter((_, i) => mask & (1 << i)).map((c) => c.key));
  }
  return out;
}

describe('earliestStart', () => {
  it('starts at the window start when nothing is in the way', () => {
    expect(earliestStart(cand(0, 60, 100, 500), NONE, [])).toBe(100);
  });

  it('skips past a forbidden span it would overlap', () => {
    expect(earliestStart(cand(0, 60, 0, 500), NONE, [{ start: 30, end: 200 }])).toBe(200);
  });

  it('fits in a gap exactly as long as the block', () => {
    expect(
      earliestStart(cand(0, 60, 0, 500), NONE, [
        { start: 0, end: 100 },
        { start: 160, end: 300 },
      ]),
    ).toBe(100);
  });

  it('skips several forbidden spans in turn', () => {
    const forbidden = [
      { start: 0, end: 50 },
      { start: 60, end: 120 },
      { start: 130, end: 200 },
    ];
    expect(earliestStart(cand(0, 30, 0, 300), NONE, forbidden)).toBe(200);
    expect(earliestStart(cand(0, 10, 0, 300), NONE, forbidden)).toBe(50);
  });

  it('keeps the travel before and after the block clear of forbidden spans too', () => {
    // 60-minute block with 20 minutes of travel each way; something ends at 90.
    expect(earliestStart(cand(0, 60, 100, 500, 20), NONE, [{ start: 0, end: 90 }])).toBe(110);
    // Something starts at 175: 100–160 plus travel until 180 clashes, so the block moves past it.
    expect(earliestStart(cand(0, 60, 100, 500, 20), NONE, [{ start: 175, end: 200 }])).toBe(220);
  });

  it('lets travel lie outside the window (only the block must be inside)', () => {
    expect(earliestStart(cand(0, 60, 100, 160, 30), NONE, [])).toBe(100);
  });

  it('starts no earlier than `after` plus the travel there', () => {
    expect(earliestStart(cand(0, 30, 0, 500, 20), 150, [])).toBe(170);
    expect(earliestStart(cand(0, 30, 0, 500), 150, [])).toBe(150);
  });

  it.each([
    ['the window is shorter than the block', cand(0, 60, 0, 59), []],
    ['forbidden spans leave no 60-minute gap', cand(0, 60, 0, 200), [{ start: 50, end: 150 }]],
    // A 110-minute gap holds the block but not its 30 minutes of travel each way.
    [
      'only the travel does not fit',
      cand(0, 60, 0, 200, 30),
      [
        { start: 0, end: 10 },
        { start: 120, end: 300 },
      ],
    ],
    ['`after` leaves too little of the window', cand(0, 60, 0, 200), []],
  ])('returns -1 when %s', (name, c, forbidden) => {
    const after = name.startsWith('`after`') ? 141 : NONE;
    expect(earliestStart(c, after, forbidden)).toBe(-1);
  });
});

describe('solveSubsets', () => {
  it('three 60-minute items in a 150-minute window with a 15-minute gap: every single and pair, not all three', () => {
    // A pair needs 60 + 15 + 60 = 135 ≤ 150 minutes; all three need 210.
    const cands = [cand(10, 60, 0, 150), cand(11, 60, 0, 150), cand(12, 60, 0, 150)];
    expect(feasibleSets(cands, day())).toEqual([[10], [11], [10, 11], [12], [10, 12], [11, 12]]);
    const table = solveSubsets(cands, day());
    expect(table.end[0b001]).toBe(60);
    expect(table.end[0b011]).toBe(135);
    expect(table.end[0b111]).toBe(Number.POSITIVE_INFINITY);
  });

  it('in a 130-minute window no pair fits', () => {
    const cands = [cand(0, 60, 0, 130), cand(1, 60, 0, 130), cand(2, 60, 0, 130)];
    expect(feasibleSets(cands, day())).toEqual([[0], [1], [2]]);
  });

  it('with no gap (a household member) a pair fits back to back', () => {
    const cands = [cand(0, 60, 0, 120), cand(1, 60, 0, 120)];
    expect(feasibleSets(cands, day({ gap: 0 }))).toEqual([[0], [1], [0, 1]]);
  });

  it('finds the order that works when windows differ', () => {
    // A (60 min) may run until 200; B (30 min) must end by 100: only B then A fits.
    const cands = [cand(0, 60, 0, 200), cand(1, 30, 0, 100)];
    const table = solveSubsets(cands, day());
    expect(table.end[0b11]).toBe(105);
  });

  it('respects forbidden spans between the items', () => {
    // 0–300 with 100–200 forbidden: two 90-minute items fit only one on each side.
    const d = day({ forbidden: [{ start: 100, end: 200 }] });
    const cands = [cand(0, 90, 0, 300), cand(1, 90, 0, 300), cand(2, 90, 0, 300)];
    expect(feasibleSets(cands, d)).toEqual([[0], [1], [0, 1], [2], [0, 2], [1, 2]]);
  });

  it.each([
    [119, [[0], [1]]],
    [120, [[0], [1], [0, 1]]],
  ])('with %d minutes of room under the daily cap, two 60-minute items fit: %j', (capRoom, expected) => {
    const cands = [cand(0, 60, 0, 600), cand(1, 60, 0, 600)];
    expect(feasibleSets(cands, day({ capRoom }))).toEqual(expected);
  });

  it('counts travel against the daily cap', () => {
    // 30 minutes with 15 minutes of travel each way uses 60 minutes of the cap.
    expect(feasibleSets([cand(0, 30, 0, 600, 15)], day({ capRoom: 59 }))).toEqual([]);
    expect(feasibleSets([cand(0, 30, 0, 600, 15)], day({ capRoom: 60 }))).toEqual([[0]]);
  });

  it('places nothing on a day with no room left under the cap', () => {
    expect(feasibleSets([cand(0, 15, 0, 600)], day({ capRoom: 0 }))).toEqual([]);
  });
});

describe('scheduleOf', () => {
  const check = (cands: Candidate[], d: OwnerDay, mask: number) => {
    const table = solveSubsets(cands, d);
    const schedule = scheduleOf(cands, d, table, mask);
    const spans = schedule
      .map(({ key, start }) => {
        const c = cands.find((x) => x.key === key)!;
        expect(start).toBeGreaterThanOrEqual(c.windowStart);
        expect(start + c.minutes).toBeLessThanOrEqual(c.windowEnd);
        for (const f of d.forbidden)
          expect(start + c.minutes + c.commute <= f.start || start - c.commute >= f.end).toBe(true);
        return { start: start - c.commute, end: start + c.minutes + c.commute };
      })
      .sort((a, b) => a.start - b.start);
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end + d.gap);
    return schedule;
  };

  it('gives the left-shifted schedule of the chosen subset', () => {
    const cands = [cand(7, 60, 0, 200), cand(8, 30, 0, 100)];
    expect(check(cands, day(), 0b11)).toEqual([
      { key: 8, start: 0 },
      { key: 7, start: 45 },
    ]);
  });

  it('schedules a subset that skips a candidate, around forbidden spans and with travel', () => {
    const d = day({
      forbidden: [
        { start: 100, end: 200 },
        { start: 400, end: 450 },
      ],
    });
    const cands = [cand(0, 60, 0, 600, 10), cand(1, 45, 0, 600), cand(2, 90, 150, 600, 20)];
    for (let mask = 1; mask < 8; mask++) {
      const table = solveSubsets(cands, d);
      if (table.end[mask] === Number.POSITIVE_INFINITY) continue;
      const schedule = check(cands, d, mask);
      expect(schedule.map((s) => s.key).sort()).toEqual(cands.filter((_, i) => mask & (1 << i)).map((c) => c.key));
    }
  });

  it('returns nothing for an infeasible subset', () => {
    const cands = [cand(0, 60, 0, 130), cand(1, 60, 0, 130)];
    const table = solveSubsets(cands, day());
    expect(scheduleOf(cands, day(), table, 0b11)).toEqual([]);
  });
});
