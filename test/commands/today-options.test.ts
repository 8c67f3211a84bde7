import { describe, expect, it } from 'vitest';
import { type TodayFlags, toTodayOptions } from '../../src/commands/today-options.js';
import { UsageError } from '../../src/errors.js';

describe('toTodayOptions', () => {
  it.each<[TodayFlags]>([
    [{ color: true }],
    [{ color: false, quiet: true }],
    [{ color: true, date: '2026-12-02' }],
    [{ color: true, date: '2028-02-29', config: 'me.yaml', now: '2026-12-01T08:00:00Z' }],
    [{ color: true, example: 'evening-iop-parent' }],
  ])('accepts %j', (flags) => {
    expect(toTodayOptions(flags)).toEqual(flags);
  });

  it.each(['tomorrow', '2026-02-30', '2026-1-5', '2026-13-01'])('refuses --date %s', (date) => {
    expect(() => toTodayOptions({ color: true, date })).toThrow(
      new UsageError(`--date: "${date}" is not a date (YYYY-MM-DD)`),
    );
  });
});
