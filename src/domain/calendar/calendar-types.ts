/** The calendar views a person can export (DESIGN §5). */
export type CalendarView = 'me' | 'family' | 'employer';

/** One VEVENT, before it is written: instants as epoch milliseconds, half-open `[startMs, endMs)`. */
export interface CalendarEvent {
  /** Parts hashed into the UID: the same occurrence gives the same UID on every run and machine. */
  uidParts: string[];
  startMs: number;
  endMs: number;
  title: string;
  description?: string;
  location?: string;
  categories: string[];
  /** CLASS:PRIVATE: treatment and recovery items. */
  private: boolean;
  /** Outlook's free/busy hint; `oof` only in the employer file. */
  busy: 'busy' | 'oof';
  alarms: CalendarAlarm[];
  /** SEQUENCE: how many times this event changed since it was first written (none: not written). */
  sequence?: number;
  /** STATUS:CANCELLED: the event was in the file written before and is gone now. */
  cancelled?: boolean;
}

export interface CalendarAlarm {
  /** Whole minutes before the event's start; 0 = at the start. */
  minutesBefore: number;
  description: string;
}

/** One `.ics` file to write. */
export interface CalendarFile {
  view: CalendarView;
  fileName: string;
  /** X-WR-CALNAME; only written when the file holds more than one event. */
  calendarName: string;
  /** False for the employer file: PRODID and UID domain must not name the tool. */
  namesTool: boolean;
  /** The household member whose own duties the file holds (`family` view, one file per member). */
  member?: string;
  events: CalendarEvent[];
}
