import { describe, expect, it } from 'vitest';
import { consecutiveWeeks, programWeeks } from '../../../src/domain/calendar/calendar-weeks.js';
import { makeProfile } from './calendar-fixtures.js';

describe('consecutiveWeeks', () => {
  it('starts at the week holding the date', () => {
    expect(consecutiveWeeks(makeProfile(), '2026-12-02', 3)).toEqual(['2026-11-30', '2026-12-07', '2026-12-14']);
  });
});

describe('programWeeks', () => {
  it('covers the program from its first week to the week of its last day', () => {
    const result = programWeeks(makeProfile());
    expect(result.ok && result.weekStarts.length).toBe(12);
    expect(result.ok && result.weekStarts[0]).toBe('2026-11-30');
  });

  it('covers one more calendar week when the program starts mid-week', () => {
    const profile = makeProfile();
    profile.iop!.startDate = '2026-12-02';
    const result = programWeeks(profile);
    expect(result.ok && result.weekStarts.length).toBe(13);
  });

  it('explains what is missing for an open-ended program', () => {
    const profile = makeProfile();
    profile.iop!.weeks = undefined;
    expect(programWeeks(profile)).toEqual({ ok: false, problem: expect.stringContaining('iop.weeks') });
  });

  it('explains that there is no program', () => {
    expect(programWeeks(makeProfile({ iop: undefined }))).toEqual({
      ok: false,
      problem: expect.stringContaining('iop'),
    });
  });
});
