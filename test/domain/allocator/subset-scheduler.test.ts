import { describe, expect, it } from 'vitest';
import {
  type Candidate,
  earliestStart,
  findSchedule,
  type OwnerDay,
} from '../../../src/domain/allocator/subset-scheduler.js';

const NONE = Number.NEGATIVE_INFINITY;

const cand = (key: number, minutes: number, windowStart: number, windowEnd: number, commute = 0): Candidate => ({
  key,
  minutes,
  commute,
  windowStart,
  windowEnd,
  capped: true,
});

const day = (over: Partial<OwnerDay> = {}): OwnerDay => ({
  forbidden: [],
  gap: 15,
  capRoom: Number.POSITIVE_INFINITY,
  ...over,
});

const subset = (cands: Candidate[], mask: number) => cands.filter((_, i) => mask & (1 << i));

/** The subsets `findSchedule` can place, as lists of candidate keys. */
function feasibleSets(cands: Candidate[], d: OwnerDay): number[][] {
  const out: number[][] = [];
  for (let mask = 1; mask < 1 << cands.length; mask++) {
    if (findSchedule(subset(cands, mask), d)) out.push(subset(cands, mask).map((c) => c.key));
  }
  return out;
}

/** The end of the last span of a schedule. */
function endOf(cands: Candidate[], d: OwnerDay): number | undefined {
  const schedule = findSchedule(cands, d);
  if (!schedule) return undefined;
  return Math.max(...schedule.map(({ key, start }) => start + cands.find((c) => c.key === key)!.minutes));
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

describe('findSchedule: which sets fit', () => {
  it('three 60-minute items in a 150-minute window with a 15-minute gap: every single and pair, not all three', () => {
    // A pair needs 60 + 15 + 60 = 135 ≤ 150 minutes; all three need 210.
    const cands = [cand(10, 60, 0, 150), cand(11, 60, 0, 150), cand(12, 60, 0, 150)];
    expect(feasibleSets(cands, day())).toEqual([[10], [11], [10, 11], [12], [10, 12], [11, 12]]);
    expect(endOf(subset(cands, 0b001), day())).toBe(60);
    expect(endOf(subset(cands, 0b011), day())).toBe(135);
    expect(endOf(cands, day())).toBeUndefined();
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
    expect(endOf(cands, day())).toBe(105);
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

describe('findSchedule: the schedule', () => {
  const check = (cands: Candidate[], d: OwnerDay, mask: number) => {
    const schedule = findSchedule(subset(cands, mask), d) ?? [];
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

  it('gives a left-shifted schedule of the set, deadline first', () => {
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
      if (!findSchedule(subset(cands, mask), d)) continue;
      const schedule = check(cands, d, mask);
      expect(schedule.map((s) => s.key).sort()).toEqual(cands.filter((_, i) => mask & (1 << i)).map((c) => c.key));
    }
  });

  it('returns nothing for an infeasible set', () => {
    const cands = [cand(0, 60, 0, 130), cand(1, 60, 0, 130)];
    expect(findSchedule(cands, day())).toBeUndefined();
  });

  it('places a slot item only at one of its starts (r2)', () => {
    // Slots at 60 and 180; something forbidden over 50–100 leaves only 180.
    const meeting = { ...cand(0, 60, 60, 240), starts: [60, 180] };
    expect(findSchedule([meeting], day({ forbidden: [{ start: 50, end: 100 }] }))).toEqual([{ key: 0, start: 180 }]);
    expect(findSchedule([meeting], day({ forbidden: [{ start: 50, end: 200 }] }))).toBeUndefined();
  });

  it('a high habit (not capped) fits on a day with no room under the cap (r2, rule 7)', () => {
    const walk = { ...cand(0, 30, 0, 600), capped: false };
    expect(findSchedule([walk], day({ capRoom: -60 }))).toEqual([{ key: 0, start: 0 }]);
    expect(findSchedule([walk, cand(1, 15, 0, 600)], day({ capRoom: -60 }))).toBeUndefined();
  });

  it('is exact for 25 items that only fit in one order', () => {
    // Item i must start exactly at 20·i: windows of its own length, given in reverse.
    const cands = Array.from({ length: 25 }, (_, i) => cand(24 - i, 10, 20 * (24 - i), 20 * (24 - i) + 10));
    const schedule = findSchedule(cands, day({ gap: 10 }));
    expect(schedule?.map((s) => s.start)).toEqual(Array.from({ length: 25 }, (_, i) => 20 * i));
    expect(findSchedule([...cands, cand(99, 10, 0, 500)], day({ gap: 10 }))).toBeUndefined();
  });
});
