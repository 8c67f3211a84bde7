import { describe, expect, it } from 'vitest';
import { weekBalance } from '../../../src/domain/allocator/rules/balance.js';
import { cappedMinutes } from '../../../src/domain/allocator/rules/daily-cap.js';
import { wakingDayAt, wakingDays } from '../../../src/domain/allocator/rules/waking-days.js';
import { type StageOccurrence, stageOptions } from '../../../src/domain/allocator/stage-options.js';
import type { Candidate, OwnerDay } from '../../../src/domain/allocator/subset-scheduler.js';
import { chooseWeek } from '../../../src/domain/allocator/week-optimizer.js';
import { workLengths } from '../../../src/domain/allocator/work-variants.js';
import type { FlexibleItem } from '../../../src/domain/profile.js';
import { makeSlot } from './slot-builders.js';

const day = (over: Partial<OwnerDay> = {}): OwnerDay => ({
  forbidden: [],
  gap: 15,
  capRoom: Number.POSITIVE_INFINITY,
  ...over,
});

const item = (tier: number, minutes: number, source = `i${tier}-${minutes}`): FlexibleItem => ({
  source,
  title: source,
  kind: 'habit',
  minutes,
  perWeek: undefined,
  days: [1, 2, 3, 4, 5, 6, 7],
  windowStartMinute: 0,
  windowEndMinute: 1440,
  owners: ['me'],
  rotate: false,
  priority: 'normal',
  commuteMinutes: 0,
  tier,
  slots: undefined,
  address: undefined,
  mode: undefined,
  sessionKind: undefined,
});

function occ(index: number, it: FlexibleItem, windowEnd: number, groups: number[] = [], owner = 0): StageOccurrence {
  const cand: Candidate = { key: index, minutes: it.minutes, commute: 0, windowStart: 0, windowEnd, capped: true };
  return {
    occ: {
      index,
      item: it,
      perWeekIndex: groups.length ? 0 : -1,
      dayIndex: 0,
      date: '2026-11-30',
      windowStart: 0,
      windowEnd,
    },
    alts: [{ owner, cand, penalty: 0 }],
    groups,
  };
}

describe('waking days and the balance (rule 7, r2)', () => {
  it('run from the end of one sleep to the start of the next; the week edges close the first and last', () => {
    // Sleep 22:00–06:00 each night, week [0, 3 days).
    const sleep = [0, 1, 2, 3].map((d) => makeSlot(d * 1440 - 120, d * 1440 + 360, 'sleep'));
    const days = wakingDays(sleep, 0, 3 * 1440);
    expect(days).toEqual([
      { start: 360, end: 1320 },
      { start: 1800, end: 2760 },
      { start: 3240, end: 4200 },
    ]);
    expect(wakingDayAt(days, 2000)).toBe(1);
    expect(wakingDayAt(days, 1400)).toBe(-1);
  });

  it('a night shift and the evening before it are one waking day', () => {
    // Sleep 14:00–17:30 and the next day 09:00–15:00: awake 17:30 → 09:00 next morning.
    const sleep = [makeSlot(840, 1050, 'sleep'), makeSlot(1440 + 540, 1440 + 900, 'sleep')];
    expect(wakingDays(sleep, 0, 2 * 1440)).toEqual([
      { start: 0, end: 840 },
      { start: 1050, end: 1980 },
      { start: 2340, end: 2880 },
    ]);
  });

  it('high habits do not count toward the cap; the balance counts every committed minute', () => {
    const slots = [makeSlot(540, 1020, 'work'), { ...makeSlot(1100, 1130, 'habit'), source: 'walk' }];
    expect(cappedMinutes(slots, { start: 0, end: 1440 }, new Set(['walk']))).toBe(480);
    expect(weekBalance(slots, [{ start: 0, end: 1440 }])).toBe(510 ** 2);
  });
});

describe('stageOptions (one stage)', () => {
  it('gives the best fill for each set of week counters: here with and without a perWeek item', () => {
    // 0–150 with a 15-minute gap holds two 60-minute items: the perWeek one displaces a normal one.
    const options = stageOptions({
      owners: [{ id: 'me', day: day() }],
      occs: [occ(0, item(4, 60, 'a'), 150), occ(1, item(4, 60, 'b'), 150), occ(2, item(3, 60, 'w'), 150, [0])],
      work: [],
    });
    const byKey = new Map(options.map((o) => [o.groups.join(','), o]));
    expect(byKey.get('')!.tiers).toEqual([0, 0, 0, 0, 120, 0]);
    expect(byKey.get('0')!.tiers).toEqual([0, 0, 0, 60, 60, 0]);
  });

  it('prefers fewer minutes on me (load) among equal tiers', () => {
    const options = stageOptions({
      owners: [
        { id: 'me', day: day() },
        { id: 'alex', day: day({ gap: 0 }) },
      ],
      occs: [
        {
          ...occ(0, item(2, 60, 'dinner'), 600),
          alts: [
            {
              owner: 0,
              cand: { key: 0, minutes: 60, commute: 0, windowStart: 0, windowEnd: 600, capped: true },
              penalty: 0,
            },
            {
              owner: 1,
              cand: { key: 0, minutes: 60, commute: 0, windowStart: 0, windowEnd: 600, capped: true },
              penalty: 1,
            },
          ],
        },
      ],
      work: [],
    });
    expect(options).toHaveLength(1);
    expect(options[0]!.assignment.get(0)).toBe(1);
    expect(options[0]!.load).toBe(0);
  });

  it('finds the best of 25 items when not all fit (exact, no candidate cut)', () => {
    // 25 ten-minute items in 0–600 with a 15-minute gap: 24 fit (24 × 10 + 23 × 15 = 585).
    const occs = Array.from({ length: 25 }, (_, i) => occ(i, item(i === 24 ? 3 : 4, 10, `h${i}`), 600));
    const [best] = stageOptions({ owners: [{ id: 'me', day: day() }], occs, work: [] });
    expect(best!.tiers).toEqual([0, 0, 0, 10, 230, 0]);
  });
});

describe('chooseWeek (the week)', () => {
  const option = (groups: number[], minutes: number, load = minutes) => ({
    groups,
    workMinutes: 0,
    tiers: [0, 0, 0, 0, minutes, 0],
    load,
    penalty: 0,
    schedules: [],
    assignment: new Map(),
    work: undefined,
  });

  it('spreads a perWeek item to the lightest days (balanced week) at equal tiers', () => {
    // Three stages with fixed loads 600, 100, 300; an item of 60 minutes twice a week.
    const stages = [0, 1, 2].map(() => [option([], 0), option([0], 60)]);
    const { options, value } = chooseWeek({ stages, limits: [2], workDemand: 0, fixedLoads: [600, 100, 300] });
    expect(options.map((o) => o?.groups.length)).toEqual([0, 1, 1]);
    expect(value.tiers[4]).toBe(120);
    expect(value.balance).toBe(600 ** 2 + 160 ** 2 + 360 ** 2);
  });

  it('never passes a counter’s limit, even when more would add minutes', () => {
    const stages = [0, 1, 2].map(() => [option([], 0), option([0], 60)]);
    const { value } = chooseWeek({ stages, limits: [1], workDemand: 0, fixedLoads: [0, 0, 0] });
    expect(value.tiers[4]).toBe(60);
  });
});

describe('workLengths (moved work)', () => {
  it('steps of 5 minutes, the grid offset by the demand’s remainder, and the longest block', () => {
    expect(workLengths(60, 80, 205)).toEqual([60, 65, 70, 75, 80]);
    expect(workLengths(60, 72, 203)).toEqual([60, 63, 65, 68, 70, 72]);
    expect(workLengths(15, 32, 30)).toEqual([15, 20, 25, 30, 32]);
    expect(workLengths(120, 100, 300)).toEqual([]);
  });
});
