import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkDate,
  checkDateList,
  checkDays,
  checkMinutes,
  checkRange,
  checkTime,
  checkZone,
  parseDateList,
  parseDays,
  parseRange,
  parseSlots,
  parseTimeAnswer,
} from '../../../src/app/init/answer-checks.js';
import { time } from '../../../src/domain/profile-schema.js';

describe('answer checks', () => {
  it.each([
    ['7:5', '7:5: minutes need two digits (like 07:05 or 19:30)'],
    ['25:00', '25:00: hours go up to 23'],
    ['07:45', true],
    ['6:30pm', true],
  ])('time %s → %s', (typed, verdict) => {
    expect(checkTime(typed)).toBe(verdict);
  });

  it('turns every time it accepts into one the profile schema accepts', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), (text) => {
        if (checkTime(text) === true) expect(time.safeParse(parseTimeAnswer(text)).success).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), (minute) => {
        const hhmm = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
        expect(parseTimeAnswer(hhmm)).toBe(hhmm); // the schema's own form is read as itself
      }),
    );
  });

  it.each([
    ['09:00-17:00', { overnight: false }, true],
    ['17:00-09:00', { overnight: false }, '17:00-09:00 runs past midnight: this must end by 24:00 (midnight)'],
    ['22:30-06:30', { overnight: true }, true],
    ['9-5', { overnight: true }, '09:00-05:00 is 20 hours long; add am or pm (9am-5pm, 11pm-7am) or use 24-hour times'],
    ['9-5pm', { overnight: true }, true],
    ['nine to five', { overnight: false }, 'start nine: not a time; type e.g. 6:30pm or 18:30'],
    ['08:00 – 08:30', { overnight: false }, true],
  ])('range %s %o → %s', (typed, options, verdict) => {
    expect(checkRange(options)(typed)).toBe(verdict);
  });

  it('reads a range with spaces and an en dash', () => {
    expect(parseRange(' 08:00 – 08:30 ')).toEqual({ start: '08:00', end: '08:30' });
  });

  it.each([
    [
      'tue,thu 19:00; sat 10am',
      [
        { days: ['tue', 'thu'], start: '19:00' },
        { days: ['sat'], start: '10:00' },
      ],
    ],
    ['weekdays 12:30pm', [{ days: 'weekdays', start: '12:30' }]],
    ['Tuesdays and Thursdays at 7pm', [{ days: ['tue', 'thu'], start: '19:00' }]],
    ['every sat at 10:30am', [{ days: ['sat'], start: '10:30' }]],
  ])('meeting times %s', (typed, slots) => {
    expect(parseSlots(typed)).toEqual({ ok: true, value: slots });
  });

  it.each([
    ['19:00', '19:00: type days, then a time, e.g. tue,thu 19:00'],
    ['tue 25:00', '25:00: hours go up to 23'],
    ['', 'Type days and a time, e.g. tue,thu 19:00; sat 10am'],
  ])('meeting times %j are refused', (typed, error) => {
    expect(parseSlots(typed)).toEqual({ ok: false, error });
  });

  it('reads closed dates as a list, and names a date it cannot read', () => {
    expect(parseDateList('2026-12-25, 2026-12-24 2026-12-25')).toEqual(['2026-12-24', '2026-12-25']);
    expect(checkDateList('')).toBe(true);
    expect(checkDateList('2026-12-24, 12/25')).toBe('12/25: not a day; use YYYY-MM-DD, e.g. 2026-12-24');
  });

  it.each([
    ['weekdays', 'weekdays'],
    ['Mon, Wed thu', ['mon', 'wed', 'thu']],
    ['friday,monday', ['mon', 'fri']],
    ['mon-fri', ['mon', 'tue', 'wed', 'thu', 'fri']],
    ['fri-mon', ['mon', 'fri', 'sat', 'sun']],
    ['mon – wed, sat', ['mon', 'tue', 'wed', 'sat']],
    ['Tues, Thurs', ['tue', 'thu']],
    ['monkey', undefined],
    ['mo', undefined],
    ['mon-', undefined],
  ])('days %s', (typed, days) => {
    expect(parseDays(typed)).toEqual(days);
  });

  it('names the forms it understands for days', () => {
    expect(checkDays('someday')).toBe('Use daily, weekdays, weekends or days like mon,wed,fri or mon-thu');
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
