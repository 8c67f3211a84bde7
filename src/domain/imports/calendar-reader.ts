/**
 * (r2 §5a) Calendar files imported as fixed time. Reading and expanding the files is I/O and
 * parsing (src/adapters/calendar-import); the domain sees only this port, which answers with
 * instants, so the planner stays pure: the same files give the same plan.
 */

/** One instance of an imported event, after RRULE/RDATE/EXDATE/overrides, cancelled ones left out. */
export interface ImportedEvent {
  uid: string;
  /** The event's own title. Shown nowhere but in the person's own plan (see docs/calendars.md). */
  summary: string;
  /** Half-open `[startMs, endMs)`, epoch milliseconds. */
  startMs: number;
  endMs: number;
  allDay: boolean;
}

/** The local dates a file's events span: from its first event's day to its last's (`null`: open-ended). */
export interface CalendarCoverage {
  first: string;
  last: string | null;
}

/** The expanded contents of every `calendars` entry of a profile, by its source (`calendars.<i>`). */
export interface CalendarReader {
  /** Instances of the calendar that overlap `[fromMs, toMs)`, sorted by start. */
  events(source: string, fromMs: number, toMs: number): ImportedEvent[];
  /** The days the calendar covers; undefined when it holds no event at all. */
  coverage(source: string): CalendarCoverage | undefined;
}
