import type { AttendanceEntry, AttendanceStatus, CheckinEntry, WinEntry } from './checkin-entry.js';
import { sessionKey } from './checkin-entry.js';
import type { PlannedSession } from './planned-sessions.js';

/** A session's state as progress shows it: `open` = due but not checked in yet. */
export type SessionState = AttendanceStatus | 'open';

export interface WeekProgress {
  isoWeek: string;
  start: string;
  /** One state per session of the week that is due (started by now) or recorded, in start order. */
  states: SessionState[];
  attended: number;
  missed: number;
  open: number;
}

export interface MissedSession {
  date: string;
  title: string;
  note?: string;
}

export interface ProgressSummary {
  weeks: WeekProgress[];
  attended: number;
  missed: number;
  open: number;
  /** Sessions attended in a row, counting back from the latest checked-in one. */
  streak: number;
  missedSessions: MissedSession[];
  wins: WinEntry[];
  /** Two or more missed sessions in the program: time for the gentle review note. */
  reviewAttendance: boolean;
}

export interface ProgressInput {
  weeks: { isoWeek: string; start: string; end: string }[];
  /** Every planned session of those weeks (future ones are left out here). */
  sessions: PlannedSession[];
  entries: CheckinEntry[];
  nowMs: number;
}

/** Missed sessions from which programs commonly review attendance. */
export const REVIEW_AFTER_MISSED = 2;

/**
 * Attendance per week, streak, missed sessions and wins. The latest entry for a session wins (a
 * correction is a new line). A session still unrecorded neither breaks nor extends the streak.
 */
export function summarizeProgress(input: ProgressInput): ProgressSummary {
  const latest = latestAttendance(input.entries);
  type Row = { date: string; startMs: number; state: SessionState; entry?: AttendanceEntry };
  const rows: Row[] = [];
  const seen = new Set<string>();
  for (const s of input.sessions) {
    const key = sessionKey(s);
    const entry = latest.get(key);
    if (!entry && s.startMs > input.nowMs) continue;
    seen.add(key);
    rows.push({ date: s.date, startMs: s.startMs, state: entry?.status ?? 'open', ...(entry && { entry }) });
  }
  // Check-ins for sessions the plan no longer holds (the profile changed) still count.
  for (const [key, entry] of latest) {
    if (!seen.has(key)) rows.push({ date: entry.date, startMs: Date.parse(entry.start), state: entry.status, entry });
  }
  rows.sort((a, b) => a.startMs - b.startMs);

  const weeks = input.weeks.map((w) => {
    const states = rows.filter((r) => r.date >= w.start && r.date <= w.end).map((r) => r.state);
    return { isoWeek: w.isoWeek, start: w.start, states, ...countStates(states) };
  });
  const recorded = rows.filter((r) => r.state !== 'open');
  let streak = 0;
  for (let i = recorded.length - 1; i >= 0 && recorded[i]?.state === 'attended'; i--) streak++;
  const missedSessions = recorded
    .filter((r) => r.state === 'missed')
    .map((r) => ({
      date: r.date,
      title: r.entry?.title ?? '',
      ...(r.entry?.note !== undefined && { note: r.entry.note }),
    }));
  const totals = countStates(rows.map((r) => r.state));
  return {
    weeks,
    ...totals,
    streak,
    missedSessions,
    wins: input.entries.filter((e): e is WinEntry => e.kind === 'win').sort((a, b) => cmp(a.date, b.date)),
    reviewAttendance: totals.missed >= REVIEW_AFTER_MISSED,
  };
}

/** The latest attendance entry per session, in log order (the log only grows, so later = newer). */
export function latestAttendance(entries: CheckinEntry[]): Map<string, AttendanceEntry> {
  const latest = new Map<string, AttendanceEntry>();
  for (const e of entries) if (e.kind === 'attendance') latest.set(sessionKey(e), e);
  return latest;
}

function countStates(states: SessionState[]) {
  return {
    attended: states.filter((s) => s === 'attended').length,
    missed: states.filter((s) => s === 'missed').length,
    open: states.filter((s) => s === 'open').length,
  };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
