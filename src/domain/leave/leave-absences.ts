import { mergeIntervals } from '../calendar/merge-intervals.js';
import type { Leave } from '../plan-types.js';
import { localDateOf } from '../week.js';
import { roundUpMinutes } from './round-up-minutes.js';

/** One continuous time away from scheduled work that nothing could make up. */
export interface LeaveAbsence {
  /** Local date of the start. */
  date: string;
  startMs: number;
  endMs: number;
  minutes: number;
  /** `minutes` rounded up to the leave increment: what the employer would count. */
  chargedMinutes: number;
}

/**
 * Leave entries as absences: entries that touch or overlap are one absence (a shift cut in two
 * places around one appointment is one time away), each rounded up on its own.
 */
export function leaveAbsences(leave: Leave[], zone: string, incrementMinutes: number): LeaveAbsence[] {
  const intervals = leave.map((l) => ({ startMs: Date.parse(l.start), endMs: Date.parse(l.end) }));
  return mergeIntervals(intervals).map(({ startMs, endMs }) => {
    const minutes = Math.round((endMs - startMs) / 60_000);
    return {
      date: localDateOf(startMs, zone),
      startMs,
      endMs,
      minutes,
      chargedMinutes: roundUpMinutes(minutes, incrementMinutes),
    };
  });
}
