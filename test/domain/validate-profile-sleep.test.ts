import { describe, expect, it } from 'vitest';
import { changed, problemsOf, type RawProfile } from './validate-profile-builders.js';

const KEPT = 'sleep is kept whole, so change one of them';

describe('validateProfile: fixed items only I can do must not overlap sleep', () => {
  it.each<[string, (p: RawProfile) => void, string[]]>([
    [
      'a late session',
      (p) => (p.iop.sessions[0].end = '23:00'),
      [`iop.sessions.0: 18:00–23:00 on mon, wed overlaps sleep (22:30–06:30); ${KEPT}`],
    ],
    [
      "an early Monday session, inside Sunday night's sleep",
      (p) => (p.iop.sessions[0] = { days: ['mon'], start: '06:00', end: '08:00' }),
      [`iop.sessions.0: 06:00–08:00 on mon overlaps sleep (22:30–06:30); ${KEPT}`],
    ],
    [
      'a shift crossing midnight into sleep',
      (p) => (p.work.shifts[0] = { days: ['sat'], start: '19:00', end: '03:00' }),
      [`work.shifts.0: 19:00–03:00 on sat overlaps sleep (22:30–06:30); ${KEPT}`],
    ],
    [
      "a Sunday night shift running into Monday's day sleep",
      (p) => {
        p.sleep = [{ days: ['mon', 'tue'], bedtime: '06:00', wake: '14:00' }];
        p.work.shifts = [{ days: ['sun'], start: '22:00', end: '07:00' }];
        p.iop.sessions[0].days = ['wed'];
        p.duties[0].owners = ['alex'];
      },
      [`work.shifts.0: 22:00–07:00 on sun overlaps sleep (06:00–14:00); ${KEPT}`],
    ],
    [
      'a duty only I do, at dawn',
      (p) => Object.assign(p.duties[0], { start: '06:00', end: '06:45', owners: ['me'] }),
      [`duties.0: 06:00–06:45 on mon, tue, wed, thu, fri overlaps sleep (22:30–06:30); ${KEPT}`],
    ],
    [
      'a duty with no owners listed (so mine), at dawn',
      (p) => {
        Object.assign(p.duties[0], { start: '06:00', end: '06:45', days: ['sat'] });
        delete p.duties[0].owners;
      },
      [`duties.0: 06:00–06:45 on sat overlaps sleep (22:30–06:30); ${KEPT}`],
    ],
    [
      'an event of mine late at night',
      (p) => Object.assign(p.events[0], { start: '22:00', end: '23:00' }),
      [`events.0: 2026-12-03 22:00–23:00 overlaps sleep (22:30–06:30); ${KEPT}`],
    ],
    [
      'a session during a nap on the same day as night sleep',
      (p) => {
        p.sleep = [
          { bedtime: '22:30', wake: '06:30' },
          { days: ['sat'], bedtime: '13:00', wake: '14:00' },
        ];
        p.iop.sessions.push({ days: ['sat'], start: '13:30', end: '15:00' });
      },
      [`iop.sessions.1: 13:30–15:00 on sat overlaps sleep (13:00–14:00); ${KEPT}`],
    ],
    [
      "an event on a weekday whose sleep differs from the weekend's",
      (p) => {
        p.sleep = [
          { days: 'weekdays', bedtime: '22:00', wake: '06:00' },
          { days: 'weekends', bedtime: '01:00', wake: '09:00' },
        ];
        Object.assign(p.events[0], { date: '2026-12-03', start: '21:30', end: '23:30' });
      },
      [`events.0: 2026-12-03 21:30–23:30 overlaps sleep (22:00–06:00); ${KEPT}`],
    ],
  ])('reports %s', (_name, mutate, expected) => {
    expect(problemsOf(changed(mutate))).toEqual(expected);
  });

  it.each<[string, (p: RawProfile) => void]>([
    ['a session ending at bedtime', (p) => (p.iop.sessions[0].end = '22:30')],
    ['a session starting at wake time', (p) => (p.iop.sessions[0] = { days: ['mon'], start: '06:30', end: '08:00' })],
    [
      'a shared duty at dawn (someone else can take it)',
      (p) => Object.assign(p.duties[0], { start: '06:00', end: '06:45' }),
    ],
    [
      'a shared event late at night',
      (p) => Object.assign(p.events[0], { start: '22:00', end: '23:00', owners: ['me', 'alex'] }),
    ],
    [
      'the same event on a Saturday, when sleep starts after midnight',
      (p) => {
        p.sleep = [
          { days: 'weekdays', bedtime: '22:00', wake: '06:00' },
          { days: 'weekends', bedtime: '01:00', wake: '09:00' },
        ];
        p.duties[0].owners = ['alex'];
        Object.assign(p.events[0], { date: '2026-12-05', start: '21:30', end: '23:30' });
      },
    ],
    [
      'a night shift between day sleeps',
      (p) => {
        p.sleep = [{ days: ['mon', 'tue', 'wed'], bedtime: '08:30', wake: '15:00' }];
        p.work.shifts = [{ days: ['sun', 'mon', 'tue'], start: '19:00', end: '07:00' }];
        p.iop.sessions[0] = { days: ['mon', 'wed'], start: '15:30', end: '18:30' };
      },
    ],
    [
      'a shift ending at 24:00 before a later bedtime',
      (p) => {
        p.sleep = { bedtime: '00:30', wake: '08:30' };
        p.work.shifts = [{ days: ['fri'], start: '16:00', end: '24:00' }];
        p.duties[0].owners = ['alex', 'me'];
      },
    ],
  ])('accepts %s', (_name, mutate) => {
    expect(problemsOf(changed(mutate))).toEqual([]);
  });
});
