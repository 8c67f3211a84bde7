import { describe, expect, it } from 'vitest';
import { clippedLength, mergeIntervals, overlaps, subtractIntervals } from '../../../src/domain/allocator/interval.js';

const iv = (start: number, end: number) => ({ start, end });

describe('overlaps (half-open intervals)', () => {
  it.each([
    ['touching at the end', iv(0, 60), iv(60, 120), false],
    ['touching at the start', iv(60, 120), iv(0, 60), false],
    ['sharing one minute', iv(0, 61), iv(60, 120), true],
    ['one inside the other', iv(0, 120), iv(30, 40), true],
    ['identical', iv(10, 20), iv(10, 20), true],
    ['apart', iv(0, 10), iv(20, 30), false],
  ])('%s → %s', (_name, a, b, expected) => {
    expect(overlaps(a, b)).toBe(expected);
    expect(overlaps(b, a)).toBe(expected);
  });
});

describe('mergeIntervals', () => {
  it('sorts and merges overlapping and touching intervals', () => {
    expect(mergeIntervals([iv(100, 120), iv(0, 30), iv(30, 50), iv(40, 45), iv(60, 70)])).toEqual([
      iv(0, 50),
      iv(60, 70),
      iv(100, 120),
    ]);
  });

  it('drops empty intervals and leaves its input untouched', () => {
    const input = [iv(0, 10), iv(5, 5), iv(8, 20)];
    expect(mergeIntervals(input)).toEqual([iv(0, 20)]);
    expect(input).toEqual([iv(0, 10), iv(5, 5), iv(8, 20)]);
  });

  it('returns nothing for nothing', () => {
    expect(mergeIntervals([])).toEqual([]);
  });
});

describe('subtractIntervals', () => {
  it.each([
    ['a hole in the middle', iv(0, 100), [iv(40, 60)], [iv(0, 40), iv(60, 100)]],
    ['the start cut off', iv(0, 100), [iv(-10, 30)], [iv(30, 100)]],
    ['the end cut off', iv(0, 100), [iv(70, 200)], [iv(0, 70)]],
    ['everything cut', iv(0, 100), [iv(0, 100)], []],
    ['a touching cut changes nothing', iv(0, 100), [iv(100, 130), iv(-20, 0)], [iv(0, 100)]],
    [
      'several overlapping cuts',
      iv(0, 100),
      [iv(50, 70), iv(10, 20), iv(15, 30)],
      [iv(0, 10), iv(30, 50), iv(70, 100)],
    ],
    ['no cuts', iv(0, 100), [], [iv(0, 100)]],
  ])('%s', (_name, from, cut, expected) => {
    expect(subtractIntervals(from, cut)).toEqual(expected);
  });
});

describe('clippedLength', () => {
  it.each([
    [iv(0, 100), 50, 200, 50],
    [iv(0, 100), -50, 40, 40],
    [iv(0, 100), 100, 200, 0],
    [iv(0, 100), 20, 30, 10],
  ])('%o within [%d, %d) is %d minutes', (a, from, to, expected) => {
    expect(clippedLength(a, from, to)).toBe(expected);
  });
});
