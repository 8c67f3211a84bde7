import { describe, expect, it } from 'vitest';
import { committedMinutes, fitsDailyCap } from '../../../../src/domain/allocator/rules/daily-cap.js';
import { makeSlot } from '../slot-builders.js';

describe('committedMinutes (rule 7)', () => {
  const dayStart = 0;
  const dayEnd = 1440;

  it('counts me’s blocks other than sleep within the day', () => {
    const slots = [makeSlot(540, 1020, 'work'), makeSlot(1080, 1260, 'iop'), makeSlot(1050, 1080, 'commute')];
    expect(committedMinutes(slots, dayStart, dayEnd)).toBe(480 + 180 + 30);
  });

  it('leaves out sleep, household busy time and other owners', () => {
    const slots = [
      makeSlot(-60, 420, 'sleep'),
      makeSlot(1380, 1860, 'sleep'),
      makeSlot(480, 1050, 'busy', 'alex'),
      makeSlot(600, 660, 'duty', 'alex'),
      makeSlot(600, 660, 'duty'),
    ];
    expect(committedMinutes(slots, dayStart, dayEnd)).toBe(60);
  });

  it('clips a night shift to the local day', () => {
    // 22:00–06:00 starting the day before: only 0:00–06:00 counts today.
    const nightShift = makeSlot(-120, 360, 'work');
    const tonight = makeSlot(1320, 1800, 'work');
    expect(committedMinutes([nightShift, tonight], dayStart, dayEnd)).toBe(360 + 120);
  });

  it('counts a 23-hour day only within its bounds', () => {
    expect(committedMinutes([makeSlot(0, 1440, 'work')], 0, 1380)).toBe(1380);
  });
});

describe('fitsDailyCap', () => {
  it.each([
    ['under the cap with a flexible block', 600, 720, true, true],
    ['exactly at the cap', 720, 720, true, true],
    ['over the cap with a flexible block', 721, 720, true, false],
    ['over the cap with fixed time only', 900, 720, false, true],
  ])('%s', (_name, committed, cap, hasFlexible, expected) => {
    expect(fitsDailyCap(committed, cap, hasFlexible)).toBe(expected);
  });
});
