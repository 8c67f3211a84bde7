import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkDate,
  checkDays,
  checkMinutes,
  checkRange,
  checkTime,
  checkZone,
  parseDays,
  parseRange,
} from '../../../src/app/init/answer-checks.js';
import { time } from '../../../src/domain/profile-schema.js';

describe('answer checks', () => {
  it.each([
    ['7:5', 'Use HH:MM, e.g. 07:45'],
    ['25:00', 'Use HH:MM, e.g. 07:45'],
    ['07:45', true],
    ['24:00', true],
  ])('time %s → %s', (typed, verdict) => {
    expect(checkTime(typed)).toBe(verdict);
  });

  it('accepts exactly the times the profile schema accepts', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 6 }), (text) => {
        expect(checkTime(text) === true).toBe(time.safeParse(text.trim()).success);
      }),
    );
  });

  it.each([
    ['09:00-17:00', { overnight: false }, true],
    ['17:00-09:00', { overnight: false }, 'The end must be after the start (within one day)'],
    ['22:30-06:30', { overnight: true }, true],
    ['9-5', { overnight: false }, '"9" is not a time: Use HH:MM, e.g. 07:45'],
    ['nine to five', { overnight: false }, 'Use HH:MM-HH:MM, e.g. 09:00-17:00'],
    ['08:00 – 08:30', { overnight: false }, true],
  ])('range %s %o → %s', (typed, options, verdict) => {
    expect(checkRange(options)(typed)).toBe(verdict);
  });

  it('reads a range with spaces and an en dash', () => {
    expect(parseRange(' 08:00 – 08:30 ')).toEqual({ start: '08:00', end: '08:30' });
  });

  it.each([
    ['weekdays', 'weekdays'],
    ['Mon, Wed thu', ['mon', 'wed', 'thu']],
    ['friday,monday', ['mon', 'fri']],
  ])('days %s', (typed, days) => {
    expect(parseDays(typed)).toEqual(days);
  });

  it('names the forms it understands for days', () => {
    expect(checkDays('someday')).toBe('Use daily, weekdays, weekends or days like mon,wed,fri');
  });

  it.each([
    ['30', true],
    ['2.5', 'Use whole minutes, e.g. 30'],
    ['', 'Use whole minutes, e.g. 30'],
    ['700', 'Use a number from 0 to 600'],
  ])('minutes %s', (typed, verdict) => {
    expect(checkMinutes(0, 600)(typed)).toBe(verdict);
  });

  it.each([
    ['2026-11-30', true],
    ['2026-02-30', '2026-02-30 is not a day (Use YYYY-MM-DD, e.g. 2026-11-30)'],
    ['30/11/2026', 'Use YYYY-MM-DD, e.g. 2026-11-30'],
  ])('date %s', (typed, verdict) => {
    expect(checkDate(typed)).toBe(verdict);
  });

  it('knows time zones', () => {
    expect(checkZone('Europe/London')).toBe(true);
    expect(checkZone('Mars/Olympus')).toMatch(/time zone name/);
  });
});
