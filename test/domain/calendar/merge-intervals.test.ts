import { describe, expect, it } from 'vitest';
import { intersectIntervals, mergeIntervals } from '../../../src/domain/calendar/merge-intervals.js';

const iv = (startMs: number, endMs: number) => ({ startMs, endMs });

describe('mergeIntervals', () => {
  it.each([
    ['touching intervals become one', [iv(0, 10), iv(10, 20)], [iv(0, 20)]],
    ['overlapping intervals become one', [iv(5, 15), iv(0, 10)], [iv(0, 15)]],
    ['a contained interval disappears', [iv(0, 30), iv(10, 20)], [iv(0, 30)]],
    ['a gap keeps two', [iv(0, 10), iv(11, 20)], [iv(0, 10), iv(11, 20)]],
    ['empty intervals are dropped', [iv(5, 5), iv(0, 1)], [iv(0, 1)]],
  ])('%s', (_name, input, expected) => {
    expect(mergeIntervals(input)).toEqual(expected);
  });
});

describe('intersectIntervals', () => {
  it('keeps only the parts inside the second list', () => {
    expect(intersectIntervals([iv(0, 100)], [iv(10, 20), iv(50, 60)])).toEqual([iv(10, 20), iv(50, 60)]);
  });

  it('merges pieces that end up touching', () => {
    expect(intersectIntervals([iv(0, 15), iv(15, 40)], [iv(10, 30)])).toEqual([iv(10, 30)]);
  });

  it('is empty when nothing overlaps', () => {
    expect(intersectIntervals([iv(0, 10)], [iv(10, 20)])).toEqual([]);
  });
});
