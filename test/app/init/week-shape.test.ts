import { describe, expect, it } from 'vitest';
import { loadTracks } from '../../../src/app/init/load-tracks.js';
import { suggestTrack } from '../../../src/app/init/sections/iop.js';
import { hasNightShift, longestFixedDayMinutes, sleepClash, suggestSleep } from '../../../src/app/init/week-shape.js';

const nights = { shifts: [{ days: ['fri', 'sat', 'sun'] as ('fri' | 'sat' | 'sun')[], start: '19:00', end: '07:30' }] };
const days = { shifts: [{ days: 'weekdays' as const, start: '09:00', end: '17:00' }], commuteMinutes: 30 };
const lates = { shifts: [{ days: 'weekdays' as const, start: '14:00', end: '22:00' }] };

describe('what the wizard works out from earlier answers', () => {
  it('knows a night shift', () => {
    expect(hasNightShift(nights)).toBe(true);
    expect(hasNightShift(days)).toBe(false);
    expect(hasNightShift({ shifts: [{ start: '04:00', end: '12:00' }] })).toBe(true);
  });

  it.each([
    ['after night shifts: a morning program by video', nights, 'track:virtual-morning'],
    ['with day work: an evening one', days, 'track:evening'],
    ['with afternoon shifts: a morning one', lates, 'track:morning'],
    ['without work: a morning one', undefined, 'track:morning'],
  ])('offers the track that fits the work %s', (_what, work, track) => {
    expect(suggestTrack(work, loadTracks())).toBe(track);
  });

  it('finds a sleep answer that lands on a shift, across the end of the week', () => {
    expect(sleepClash([{ days: ['fri'], bedtime: '15:00', wake: '20:00' }], nights.shifts)).toBe(
      'sleep Fri 15:00-20:00 overlaps your Fri shift 19:00-07:30',
    );
    // Sunday's shift ends Monday 07:30: a Monday sleep from 07:00 overlaps it.
    expect(sleepClash([{ days: ['mon'], bedtime: '07:00', wake: '12:00' }], nights.shifts)).toBe(
      'sleep Mon 07:00-12:00 overlaps your Sun shift 19:00-07:30',
    );
    expect(sleepClash([{ days: ['mon'], bedtime: '08:30', wake: '16:00' }], nights.shifts)).toBeUndefined();
  });

  it('guesses sleep after a night shift, a nap before the first one, else the usual night', () => {
    const usual = { bedtime: '23:00', wake: '07:00' };
    expect(suggestSleep(6, nights.shifts, usual)).toEqual({ bedtime: '08:30', wake: '16:00' }); // Saturday
    expect(suggestSleep(5, nights.shifts, usual)).toEqual({ bedtime: '13:00', wake: '17:00' }); // Friday
    expect(suggestSleep(3, nights.shifts, usual)).toEqual(usual); // Wednesday
  });

  it('measures the longest day of fixed time for the daily cap', () => {
    const iop = {
      startDate: '2026-11-30',
      commuteMinutes: 20,
      arriveEarlyMinutes: 10,
      sessions: [{ days: ['mon'] as 'mon'[], start: '18:00', end: '21:00' }],
    };
    expect(longestFixedDayMinutes({ work: days, iop })).toBe(8 * 60 + 60 + 180 + 50);
    expect(longestFixedDayMinutes({ work: { ...days, remoteDays: ['mon'] }, iop })).toBe(8 * 60 + 180 + 50);
  });
});
