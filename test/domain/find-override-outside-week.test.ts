import { describe, expect, it } from 'vitest';
import { findOverrideOutsideWeek } from '../../src/domain/find-override-outside-week.js';
import { NO_OVERRIDES } from '../../src/domain/week-overrides.js';

const W49 = { start: '2026-11-30', end: '2026-12-06', isoWeek: '2026-W49' };
const add = (date: string) => ({ title: 'Dentist', date, start: '14:00', end: '15:00' });

describe('findOverrideOutsideWeek', () => {
  it('accepts dates on the first and the last day of the week', () => {
    const overrides = { add: [add('2026-11-30')], skip: ['walk@2026-12-06'], closed: ['2026-12-03'] };
    expect(findOverrideOutsideWeek(overrides, W49)).toBeUndefined();
  });

  it.each([
    ['--add', { ...NO_OVERRIDES, add: [add('2026-12-07')] }, '2026-12-07'],
    ['--skip', { ...NO_OVERRIDES, skip: ['peer-call@2026-11-29'] }, '2026-11-29'],
    ['--closed', { ...NO_OVERRIDES, closed: ['2026-12-31'] }, '2026-12-31'],
  ])('names the %s date outside the week and the --week that would take it', (flag, overrides, date) => {
    expect(findOverrideOutsideWeek(overrides, W49)).toBe(
      `${flag}: ${date} is not in the week planned (2026-W49, 2026-11-30 to 2026-12-06); plan that week with --week ${date}`,
    );
  });
});
