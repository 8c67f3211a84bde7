import { describe, expect, it } from 'vitest';
import { findOverlap, isFree } from '../../../../src/domain/allocator/rules/no-overlap.js';
import { makeSlot } from '../slot-builders.js';

describe('findOverlap (rule 1)', () => {
  it('finds nothing in back-to-back blocks', () => {
    expect(findOverlap([makeSlot(60, 120), makeSlot(0, 60), makeSlot(120, 180)])).toBeUndefined();
  });

  it('names the clashing pair, whatever the input order', () => {
    const a = makeSlot(0, 90, 'work');
    const b = makeSlot(200, 300, 'habit');
    const c = makeSlot(60, 120, 'iop');
    expect(findOverlap([b, c, a])).toEqual([a, c]);
  });

  it('finds a block that clashes with a long earlier one, not only its neighbour', () => {
    const long = makeSlot(0, 600, 'work');
    const short = makeSlot(10, 20, 'commute');
    const late = makeSlot(500, 520, 'habit');
    const pair = findOverlap([long, short, late]);
    expect(pair).toBeDefined();
    expect(pair).toContain(long);
  });

  it('finds nothing in an empty list or a single block', () => {
    expect(findOverlap([])).toBeUndefined();
    expect(findOverlap([makeSlot(0, 10)])).toBeUndefined();
  });
});

describe('isFree', () => {
  const taken = [makeSlot(100, 200), makeSlot(300, 400)];
  it.each([
    [{ start: 200, end: 300 }, true],
    [{ start: 0, end: 100 }, true],
    [{ start: 199, end: 250 }, false],
    [{ start: 250, end: 301 }, false],
    [{ start: 50, end: 450 }, false],
  ])('%o → %s', (span, expected) => {
    expect(isFree(span, taken)).toBe(expected);
  });

  it('is free when nothing is taken', () => {
    expect(isFree({ start: 0, end: 1 }, [])).toBe(true);
  });
});
