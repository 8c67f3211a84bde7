/** The check-in log's line format (JSON Lines, version 1). One entry per line, never rewritten. */
export const CHECKIN_VERSION = 1;

export type AttendanceStatus = 'attended' | 'missed';

/** Attendance at one planned IOP session. A later entry for the same session corrects an earlier one. */
export interface AttendanceEntry {
  v: 1;
  kind: 'attendance';
  /** Local date of the session (YYYY-MM-DD). */
  date: string;
  /** The session's source in the plan (`iop.sessions.0`, a flexible IOP item's id). */
  source: string;
  /** The session's start, ISO 8601 with the local offset: tells two sessions of one day apart. */
  start: string;
  title: string;
  status: AttendanceStatus;
  note?: string;
  /** When it was recorded (ISO 8601, UTC). */
  at: string;
  /** Set on the first entry written after an interrupted (torn) line, which readers then skip quietly. */
  afterTorn?: true;
}

/** A small win, in the person's own words. */
export interface WinEntry {
  v: 1;
  kind: 'win';
  date: string;
  text: string;
  at: string;
  afterTorn?: true;
}

export type CheckinEntry = AttendanceEntry | WinEntry;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isText = (value: unknown): value is string => typeof value === 'string';

/** The entry a parsed line holds, or undefined when it is not a version-1 entry this tool wrote. */
export function toCheckinEntry(value: unknown): CheckinEntry | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const e = value as Record<string, unknown>;
  if (e.v !== CHECKIN_VERSION || !isText(e.date) || !DATE.test(e.date) || !isText(e.at)) return undefined;
  const afterTorn = e.afterTorn === true ? { afterTorn: true as const } : {};
  if (e.kind === 'win' && isText(e.text)) {
    return { v: 1, kind: 'win', date: e.date, text: e.text, at: e.at, ...afterTorn };
  }
  if (
    e.kind === 'attendance' &&
    isText(e.source) &&
    isText(e.start) &&
    isText(e.title) &&
    (e.status === 'attended' || e.status === 'missed')
  ) {
    const note = isText(e.note) && e.note !== '' ? { note: e.note } : {};
    return {
      v: 1,
      kind: 'attendance',
      date: e.date,
      source: e.source,
      start: e.start,
      title: e.title,
      status: e.status,
      ...note,
      at: e.at,
      ...afterTorn,
    };
  }
  return undefined;
}

/** The key that identifies one session occurrence across entries. */
export function sessionKey(session: { source: string; start: string }): string {
  return `${session.source}\u0000${session.start}`;
}
