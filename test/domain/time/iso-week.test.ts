import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { isoWeekOf, isoWeekOfUtcDay, mondayOfIsoWeek } from '../../../src/domain/time/iso-week.js';

const DAY_MS = 86_400_000;

describe('isoWeekOf', () => {
  it.each([
    ['2026-12-01', '2026-W49'],
    ['2026-11-30', '2026-W49'],
    ['2026-12-06', '2026-W49'],
    // The week belongs to the year of its Thursday.
    ['2027-01-01', '2026-W53'],
    ['2024-12-30', '2025-W01'],
    ['2021-01-03', '2020-W53'],
  ])('%s is in %s', (date, week) => {
    expect(isoWeekOf(date)).toBe(week);
  });

  it('agrees with luxon on every day from 2019 to 2032', () => {
    for (let ms = Date.UTC(2019, 0, 1); ms < Date.UTC(2033, 0, 1); ms += DAY_MS) {
      const date = new Date(ms).toISOString().slice(0, 10);
      const d = DateTime.fromMillis(ms, { zone: 'UTC' });
      const expected = `${d.weekYear}-W${String(d.weekNumber).padStart(2, '0')}`;
      expect(isoWeekOf(date), date).toBe(expected);
      // Any instant of the UTC day names the same week.
      expect(isoWeekOfUtcDay(ms + DAY_MS - 1), date).toBe(expected);
    }
  });
});

describe('mondayOfIsoWeek', () => {
  it.each([
    ['2026-W49', '2026-11-30'],
    ['2026-W01', '2025-12-29'],
    ['2026-W53', '2026-12-28'],
    ['2021-W01', '2021-01-04'],
  ])('%s starts on %s', (week, monday) => {
    expect(mondayOfIsoWeek(week)).toBe(monday);
  });

  it.each(['2025-W53', '2026-W00', '2026-W54', '2026-49', '2026-W4', 'W49'])('%s is no week', (week) => {
    expect(mondayOfIsoWeek(week)).toBeUndefined();
  });

  it('is the inverse of isoWeekOf on Mondays', () => {
    for (let ms = Date.UTC(2019, 0, 7); ms < Date.UTC(2033, 0, 1); ms += 7 * DAY_MS) {
      const monday = new Date(ms).toISOString().slice(0, 10);
      expect(mondayOfIsoWeek(isoWeekOf(monday))).toBe(monday);
    }
  });
});
