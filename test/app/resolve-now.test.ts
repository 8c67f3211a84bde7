import { describe, expect, it } from 'vitest';
import { resolveNow } from '../../src/app/resolve-now.js';
import { EXIT, UsageError } from '../../src/errors.js';

const usage = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).exitCode).toBe(EXIT.usage);
    return (error as Error).message;
  }
  throw new Error('expected a usage error');
};

describe('--now', () => {
  it.each([
    ['2026-11-26T12:00:00Z', '2026-11-26T12:00:00.000Z'],
    ['2026-11-26T12:00:00-05:00', '2026-11-26T17:00:00.000Z'],
    ['2026-11-26', '2026-11-26T00:00:00.000Z'],
    ['1970-01-01T00:00:00Z', '1970-01-01T00:00:00.000Z'],
    ['9998-12-31T23:59:59Z', '9998-12-31T23:59:59.000Z'],
  ])('reads %s', (text, iso) => {
    expect(new Date(resolveNow(text, {}, Date.now)).toISOString()).toBe(iso);
  });

  it.each([
    ['2026-02-30T10:00:00Z', 'not a real date'],
    ['2026-11-26T25:00:00Z', 'not a real date'],
    ['9999-12-31T23:59:59Z', 'outside the years 1970–9998'],
    ['1969-12-31T23:00:00Z', 'outside the years 1970–9998'],
    ['next tuesday', 'not an ISO date-time'],
    ['2026-11-26T12:00:00Z\u001b]0;owned\u0007', 'not an ISO date-time'],
  ])('refuses %s as a usage error', (text, words) => {
    const message = usage(() => resolveNow(text, {}, Date.now));
    expect(message).toContain(words);
    expect(message).not.toContain('\u001b');
  });
});

describe('SOURCE_DATE_EPOCH', () => {
  it('reads whole seconds', () => {
    expect(resolveNow(undefined, { SOURCE_DATE_EPOCH: '1700000000' }, Date.now)).toBe(1_700_000_000_000);
  });

  it.each(['abc', '-1', '1.5', '253402300800'])('refuses %s as a usage error', (value) => {
    expect(usage(() => resolveNow(undefined, { SOURCE_DATE_EPOCH: value }, Date.now))).toContain('SOURCE_DATE_EPOCH');
  });

  it('gives way to --now', () => {
    expect(resolveNow('2026-11-26T12:00:00Z', { SOURCE_DATE_EPOCH: 'abc' }, Date.now)).toBe(
      Date.parse('2026-11-26T12:00:00Z'),
    );
  });
});

describe('the clock', () => {
  it('is read from the Io only when neither --now nor SOURCE_DATE_EPOCH is given', () => {
    const clock = () => 1_800_000_000_000;
    expect(resolveNow(undefined, {}, clock)).toBe(1_800_000_000_000);
    expect(resolveNow(undefined, { SOURCE_DATE_EPOCH: '' }, clock)).toBe(1_800_000_000_000);
    expect(resolveNow('2026-11-26T12:00:00Z', {}, clock)).toBe(Date.parse('2026-11-26T12:00:00Z'));
  });
});
