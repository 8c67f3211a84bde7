import { describe, expect, it } from 'vitest';
import type { CheckinEntry } from '../../../src/domain/checkins/checkin-entry.js';
import type { PlannedSession } from '../../../src/domain/checkins/planned-sessions.js';
import { summarizeProgress } from '../../../src/domain/checkins/summarize-progress.js';

const session = (date: string, hour = 18, source = 'iop.sessions.0'): PlannedSession => {
  const start = `${date}T${String(hour).padStart(2, '0')}:00:00-06:00`;
  return {
    date,
    source,
    title: 'Group therapy',
    start,
    startMs: Date.parse(start),
    endMs: Date.parse(start) + 3 * 3_600_000,
  };
};
const mark = (s: PlannedSession, status: 'attended' | 'missed', note?: string): CheckinEntry => ({
  v: 1,
  kind: 'attendance',
  date: s.date,
  source: s.source,
  start: s.start,
  title: s.title,
  status,
  ...(note && { note }),
  at: '2026-12-10T00:00:00.000Z',
});
const weeks = [
  { isoWeek: '2026-W49', start: '2026-11-30', end: '2026-12-06' },
  { isoWeek: '2026-W50', start: '2026-12-07', end: '2026-12-13' },
];
const [mon, wed, thu, mon2, wed2] = ['2026-11-30', '2026-12-02', '2026-12-03', '2026-12-07', '2026-12-09'].map((d) =>
  session(d),
) as [PlannedSession, PlannedSession, PlannedSession, PlannedSession, PlannedSession];
const sessions = [mon, wed, thu, mon2, wed2];
const nowMs = Date.parse('2026-12-08T12:00:00-06:00');

describe('summarizeProgress', () => {
  it('counts attended, missed and not-yet-checked-in sessions per week, leaving future ones out', () => {
    const s = summarizeProgress({ weeks, sessions, entries: [mark(mon, 'attended'), mark(wed, 'missed')], nowMs });
    expect(s.weeks.map((w) => w.states)).toEqual([['attended', 'missed', 'open'], ['open']]);
    expect([s.attended, s.missed, s.open]).toEqual([1, 1, 2]);
  });

  it('streak counts attended sessions back from the latest check-in; unrecorded ones do not break it', () => {
    const entries = [mark(mon, 'missed'), mark(wed, 'attended'), mark(mon2, 'attended')];
    expect(summarizeProgress({ weeks, sessions, entries, nowMs }).streak).toBe(2);
  });

  it('a later entry for the same session corrects the earlier one', () => {
    const entries = [mark(mon, 'missed'), mark(mon, 'attended')];
    const s = summarizeProgress({ weeks, sessions, entries, nowMs });
    expect([s.attended, s.missed, s.streak]).toEqual([1, 0, 1]);
  });

  it('raises the attendance-review note at two missed sessions, not at one', () => {
    const one = summarizeProgress({ weeks, sessions, entries: [mark(mon, 'missed', 'flu')], nowMs });
    expect(one.reviewAttendance).toBe(false);
    expect(one.missedSessions).toEqual([{ date: mon.date, title: 'Group therapy', note: 'flu' }]);
    const two = summarizeProgress({ weeks, sessions, entries: [mark(mon, 'missed'), mark(thu, 'missed')], nowMs });
    expect(two.reviewAttendance).toBe(true);
  });

  it('keeps check-ins for sessions the plan no longer holds (the profile changed)', () => {
    const gone = session('2026-12-01', 17, 'old-item');
    const s = summarizeProgress({ weeks, sessions, entries: [mark(gone, 'attended')], nowMs });
    expect(s.weeks[0]?.states).toEqual(['open', 'attended', 'open', 'open']);
  });

  it('lists wins by date', () => {
    const win = (date: string, text: string): CheckinEntry => ({ v: 1, kind: 'win', date, text, at: 'x' });
    const s = summarizeProgress({ weeks, sessions, entries: [win('2026-12-02', 'b'), win('2026-12-01', 'a')], nowMs });
    expect(s.wins.map((w) => w.text)).toEqual(['a', 'b']);
  });
});
