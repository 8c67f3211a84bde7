import { describe, expect, it } from 'vitest';
import { type InitFlags, toInitOptions } from '../../src/commands/init-options.js';
import { UsageError } from '../../src/errors.js';

describe('toInitOptions', () => {
  it.each<[InitFlags, ReturnType<typeof toInitOptions>]>([
    [{}, {}],
    [{ color: false }, { color: false }],
    [{ section: 'work' }, { section: 'work' }],
    [
      { section: 'calendars', color: true },
      { section: 'calendars', color: true },
    ],
    [{ section: 'events' }, { section: 'events' }],
  ])('accepts %j', (flags, expected) => {
    expect(toInitOptions(flags)).toEqual(expected);
  });

  it.each(['meals', 'Work', '', 'about,work'])('refuses --section %j', (section) => {
    expect(() => toInitOptions({ section })).toThrow(UsageError);
    expect(() => toInitOptions({ section })).toThrow(
      new RegExp(
        `^--section: "${section}" is not one of about, work, calendars, sleep, iop, household, duties, habits, events$`,
      ),
    );
  });
});
