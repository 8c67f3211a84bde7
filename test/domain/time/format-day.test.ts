import { describe, expect, it } from 'vitest';
import { formatDay } from '../../../src/domain/time/format-day.js';

describe('formatDay', () => {
  it.each([
    ['2026-12-01', 'Tue 1 Dec'],
    ['2026-11-30', 'Mon 30 Nov'],
    ['2026-12-06', 'Sun 6 Dec'],
    ['2028-02-29', 'Tue 29 Feb'],
    ['2026-09-01', 'Tue 1 Sep'],
  ])('%s reads %s', (date, text) => {
    expect(formatDay(date)).toBe(text);
  });
});
