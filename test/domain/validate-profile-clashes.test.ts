import { describe, expect, it } from 'vitest';
import { changed, problemsOf, type RawProfile } from './validate-profile-builders.js';

describe('validateProfile: sessions and shifts I cannot be at twice', () => {
  it.each<[string, (p: RawProfile) => void, string[]]>([
    [
      'two sessions that overlap',
      (p) => p.iop.sessions.push({ days: ['mon'], start: '20:00', end: '21:30' }),
      ['iop.sessions.1: 20:00–21:30 on mon overlaps iop.sessions.0 (18:00–21:00); change one of them'],
    ],
    [
      'two in-person sessions whose travel overlaps',
      (p) => {
        p.iop.commuteMinutes = 20;
        p.iop.sessions.push({ days: ['wed'], start: '21:15', end: '22:00' });
      },
      [
        'iop.sessions.1: 21:15–22:00 on wed overlaps iop.sessions.0 (18:00–21:00); each session is reached from home, so their travel would overlap; write them as one session (first start to last end)',
      ],
    ],
    [
      'two shifts that overlap',
      (p) => p.work.shifts.push({ days: ['fri'], start: '16:00', end: '18:00' }),
      ['work.shifts.1: 16:00–18:00 on fri overlaps work.shifts.0 (09:00–17:00); change one of them'],
    ],
  ])('%s', (_name, mutate, expected) => {
    expect(problemsOf(changed(mutate))).toEqual(expected);
  });

  it('travel and arriving early before an in-person session count as awake time', () => {
    const problems = problemsOf(
      changed((p) => {
        p.iop.commuteMinutes = 30;
        p.iop.arriveEarlyMinutes = 10;
        p.iop.sessions[0] = { days: ['tue'], start: '07:00', end: '09:00' };
      }),
    );
    expect(problems).toEqual([
      'iop.sessions.0: 07:00–09:00 on tue with its travel overlaps sleep (22:30–06:30); sleep is kept whole, so change one of them',
    ]);
  });

  it('a virtual session needs no travel, so it may start right after waking', () => {
    const problems = problemsOf(
      changed((p) => {
        p.iop.commuteMinutes = 30;
        p.iop.sessions[0] = { days: ['tue'], start: '06:30', end: '08:00', mode: 'virtual' };
      }),
    );
    expect(problems).toEqual([]);
  });
});
