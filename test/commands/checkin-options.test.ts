import { describe, expect, it } from 'vitest';
import { type CheckinFlags, toCheckinOptions } from '../../src/commands/checkin-options.js';
import { UsageError } from '../../src/errors.js';

describe('toCheckinOptions', () => {
  it.each<[CheckinFlags, ReturnType<typeof toCheckinOptions>]>([
    [{}, {}],
    [{ attended: true }, { status: 'attended' }],
    [
      { missed: true, note: '  sick child ' },
      { status: 'missed', note: 'sick child' },
    ],
    [
      { attended: true, session: '2', date: '2026-12-01' },
      { status: 'attended', session: '2', date: '2026-12-01' },
    ],
    [{ win: 'Cooked dinner' }, { win: 'Cooked dinner' }],
    [
      { date: '2028-02-29', win: 'x' },
      { date: '2028-02-29', win: 'x' },
    ],
    [
      { config: 'me.yaml', now: '2026-12-01T20:00:00Z', quiet: true, color: false, attended: true },
      { config: 'me.yaml', now: '2026-12-01T20:00:00Z', quiet: true, color: false, status: 'attended' },
    ],
  ])('accepts %j', (flags, expected) => {
    expect(toCheckinOptions(flags)).toEqual(expected);
  });

  it.each<[CheckinFlags, string]>([
    [{ attended: true, missed: true }, 'use either --attended or --missed, not both'],
    [{ note: 'x' }, '--note goes with --attended or --missed'],
    [{ session: '1' }, '--session goes with --attended or --missed'],
    [{ win: '   ' }, '--win: the text is empty'],
    [{ attended: true, note: '' }, '--note: the text is empty'],
    [{ date: '2026-02-30', attended: true }, '--date: "2026-02-30" is not a date (YYYY-MM-DD)'],
    [{ date: 'tomorrow', win: 'x' }, '--date: "tomorrow" is not a date (YYYY-MM-DD)'],
  ])('refuses %j', (flags, message) => {
    expect(() => toCheckinOptions(flags)).toThrow(UsageError);
    expect(() => toCheckinOptions(flags)).toThrow(message);
  });
});
