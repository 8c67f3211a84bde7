import { describe, expect, it } from 'vitest';
import { forbiddenSpans, keepsTransition } from '../../../../src/domain/allocator/rules/transition-gap.js';
import { makeSlot } from '../slot-builders.js';

describe('forbiddenSpans (rule 6)', () => {
  it('widens every block of me by the transition but never sleep', () => {
    const slots = [makeSlot(-60, 420, 'sleep'), makeSlot(540, 1020, 'work'), makeSlot(1080, 1260, 'iop')];
    expect(forbiddenSpans(slots, 15, true)).toEqual([
      { start: -60, end: 420 },
      { start: 525, end: 1035 },
      { start: 1065, end: 1275 },
    ]);
  });

  it('merges blocks whose widened spans meet', () => {
    const slots = [makeSlot(600, 660, 'duty'), makeSlot(690, 720, 'event')];
    expect(forbiddenSpans(slots, 15, true)).toEqual([{ start: 585, end: 735 }]);
  });

  it('does not widen a household member’s blocks', () => {
    const slots = [makeSlot(480, 1050, 'busy', 'alex'), makeSlot(1100, 1130, 'duty', 'alex')];
    expect(forbiddenSpans(slots, 15, false)).toEqual([
      { start: 480, end: 1050 },
      { start: 1100, end: 1130 },
    ]);
  });

  it('sorts its output', () => {
    const spans = forbiddenSpans([makeSlot(900, 960), makeSlot(100, 200)], 0, true);
    expect(spans).toEqual([
      { start: 100, end: 200 },
      { start: 900, end: 960 },
    ]);
  });
});

describe('keepsTransition', () => {
  const work = makeSlot(540, 1020, 'work');
  const sleep = makeSlot(1380, 1860, 'sleep');
  it.each([
    ['exactly the transition after work', { start: 1035, end: 1095 }, true],
    ['one minute too close after work', { start: 1034, end: 1094 }, false],
    ['exactly the transition before work', { start: 465, end: 525 }, true],
    ['one minute too close before work', { start: 466, end: 526 }, false],
    ['right up to bedtime (sleep needs no gap)', { start: 1320, end: 1380 }, true],
    ['into sleep', { start: 1321, end: 1381 }, false],
  ])('%s → %s', (_name, span, expected) => {
    expect(keepsTransition(span, [work, sleep], 15)).toBe(expected);
  });
});
