import { describe, expect, it } from 'vitest';
import { type LetterFlags, toLetterOptions } from '../../src/commands/letter-options.js';
import { UsageError } from '../../src/errors.js';

describe('toLetterOptions', () => {
  it.each<[LetterFlags, ReturnType<typeof toLetterOptions>]>([
    [{}, { format: 'md' }],
    [{ format: 'md' }, { format: 'md' }],
    [
      { format: 'html', out: 'letter.html', force: true },
      { format: 'html', out: 'letter.html', force: true },
    ],
    [
      { weeks: 8, anyway: true },
      { format: 'md', weeks: 8, anyway: true },
    ],
  ])('accepts %j', (flags, expected) => {
    expect(toLetterOptions(flags)).toEqual(expected);
  });

  it.each(['pdf', 'text', 'json', ''])('refuses --format %j', (format) => {
    expect(() => toLetterOptions({ format })).toThrow(new UsageError('--format: choose md or html'));
  });
});
