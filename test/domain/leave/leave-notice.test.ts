import { describe, expect, it } from 'vitest';
import { leaveNotice } from '../../../src/domain/leave/leave-notice.js';
import { makeProfile } from '../../support/make-profile.js';

const iop = { startDate: '2026-11-30', weeks: 8, sessions: [{ days: ['tue' as const], start: '13:00', end: '16:00' }] };
const shifts = [{ days: 'weekdays' as const, start: '09:00', end: '17:00' }];
const profile = makeProfile({ work: { shifts, leave: { fmla: true, eligible: 'yes' } }, iop });

describe('leaveNotice', () => {
  it.each([
    ['2026-10-31', false], // 30 days ahead: notice is in time
    ['2026-11-01', true], // 29 days ahead
    ['2026-11-29', true],
    ['2026-12-10', true], // started, still running
    ['2027-01-25', false], // over
  ])('today %s → warns: %s', (today, warns) => {
    expect(leaveNotice(profile, today, true) !== undefined).toBe(warns);
  });

  it('says how many days remain and names FMLA', () => {
    expect(leaveNotice(profile, '2026-11-20', true)).toMatch(/starts in 10 days .*FMLA asks for 30 days' notice/);
  });

  it('names FMLA only when the person is eligible', () => {
    const unsure = makeProfile({ work: { shifts }, iop });
    expect(leaveNotice(unsure, '2026-11-20', true)).toMatch(/employers usually want notice of planned time off/);
    expect(leaveNotice(unsure, '2026-11-20', true)).not.toContain('FMLA');
  });

  it('says nothing when the program needs no leave', () => {
    expect(leaveNotice(profile, '2026-11-20', false)).toBeUndefined();
  });
});
