import { describe, expect, it } from 'vitest';
import { isWithinWindow } from '../../../../src/domain/allocator/rules/within-window.js';

describe('isWithinWindow (rule 5)', () => {
  // Window 17:30–20:30 on a day whose midnight is minute 0.
  const from = 17 * 60 + 30;
  const to = 20 * 60 + 30;
  it.each([
    ['at the window start', from, 60, true],
    ['ending exactly at the window end', to - 60, 60, true],
    ['one minute before the window', from - 1, 60, false],
    ['one minute past the window end', to - 59, 60, false],
    ['longer than the window', from, 181, false],
    ['filling the window exactly', from, 180, true],
  ])('%s', (_name, start, minutes, expected) => {
    expect(isWithinWindow(start, minutes, from, to)).toBe(expected);
  });
});
