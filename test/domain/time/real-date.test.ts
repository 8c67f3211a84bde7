import { describe, expect, it } from 'vitest';
import { isRealDate } from '../../../src/domain/time/real-date.js';

describe('isRealDate', () => {
  it.each(['2026-12-01', '2028-02-29', '2000-02-29', '2026-01-31', '1999-12-31'])('%s is a date', (date) => {
    expect(isRealDate(date)).toBe(true);
  });

  it.each([
    '2026-02-29',
    '1900-02-29',
    '2026-02-30',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-1-01',
    '26-01-01',
    '2026-01-01T00:00',
    ' 2026-01-01',
    '',
  ])('%j is not', (text) => {
    expect(isRealDate(text)).toBe(false);
  });

  it('agrees with the calendar on every day of a leap and a common year', () => {
    for (const year of [2027, 2028]) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= 31; day++) {
          const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const real = new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
          expect(isRealDate(text), text).toBe(real);
        }
      }
    }
  });
});
