import type { CalendarEvent, CalendarFile } from './calendar-types.js';
import { compareText } from './labels.js';
import { OUT_OF_OFFICE } from './select-employer-events.js';
import { APPOINTMENT } from './select-family-events.js';

/** One event as it was last written to a file, with its SEQUENCE. */
export interface WrittenEvent {
  sequence: number;
  event: CalendarEvent;
}

/**
 * What was last written to one calendar file: its events, and the SEQUENCE of events already
 * sent once as cancelled (so that an event that comes back continues above it).
 */
export interface CalendarHistory {
  version: 1;
  written: WrittenEvent[];
  retired: { uidParts: string[]; sequence: number }[];
}

export const NO_HISTORY: CalendarHistory = { version: 1, written: [], retired: [] };

const keyOf = (uidParts: string[]) => JSON.stringify(uidParts);

/**
 * What a calendar app compares: everything written for the event except DTSTAMP (which follows
 * `--now`) and SEQUENCE itself. Keys in a fixed order, so the same content gives the same text.
 */
function contentOf(e: CalendarEvent): string {
  return JSON.stringify([
    e.startMs,
    e.endMs,
    e.title,
    e.description ?? null,
    e.location ?? null,
    e.categories,
    e.private,
    e.busy,
    e.alarms.map((a) => [a.minutesBefore, a.description]),
    e.cancelled === true,
    // Appended only when set, so the records of events written before it existed still match.
    ...(e.transparent ? ['transparent'] : []),
  ]);
}

/**
 * Numbers the events of a file against what was written to it before (RFC 5545 SEQUENCE): an
 * unchanged event keeps its number (0 at first), a changed one goes up by one. An event that was
 * written before and is gone now is sent once more, cancelled, at its old times; after that only
 * its number is remembered. Returns the file to write and the history to keep once it is written.
 */
export function sequenceEvents(file: CalendarFile, history: CalendarHistory = NO_HISTORY) {
  const before = new Map(history.written.map((w) => [keyOf(w.event.uidParts), w]));
  const retired = new Map(history.retired.map((r) => [keyOf(r.uidParts), r.sequence]));
  const current = file.events.map((event) => {
    const key = keyOf(event.uidParts);
    const was = before.get(key);
    const sequence = was
      ? was.sequence + (contentOf(was.event) === contentOf(event) ? 0 : 1)
      : (retired.get(key) ?? -1) + 1;
    retired.delete(key);
    return { ...event, sequence };
  });
  const kept = new Set(current.map((e) => keyOf(e.uidParts)));
  const cancelled = history.written
    .filter((w) => !kept.has(keyOf(w.event.uidParts)))
    .map((w) => cancel(w.event, w.sequence + 1, file));
  for (const e of cancelled) retired.set(keyOf(e.uidParts), e.sequence);
  const next: CalendarHistory = {
    version: 1,
    written: current.map(({ sequence, ...event }) => ({ sequence, event })),
    retired: [...retired]
      .sort(([a], [b]) => compareText(a, b))
      .map(([k, sequence]) => ({ uidParts: JSON.parse(k), sequence })),
  };
  return { file: { ...file, events: sortEvents([...current, ...cancelled]) }, history: next };
}

/**
 * The cancelled copy: same UID and times, no reminder, and not busy any more. In the employer
 * file it is rebuilt from its times alone, so that stored state can never put words in it; in the
 * household files a treatment or recovery item goes as "Appointment" (it may have been written
 * with its details before `privacy.familyDetail` was turned off).
 */
function cancel(event: CalendarEvent, sequence: number, file: CalendarFile): CalendarEvent & { sequence: number } {
  const bare = {
    uidParts: event.uidParts,
    startMs: event.startMs,
    endMs: event.endMs,
    categories: [],
  };
  const base =
    file.view === 'employer'
      ? { ...bare, title: OUT_OF_OFFICE, private: false, busy: 'oof' as const }
      : file.view === 'family'
        ? { ...bare, title: event.private ? APPOINTMENT : event.title, private: event.private, busy: event.busy }
        : { ...event };
  return { ...base, alarms: [], sequence, cancelled: true };
}

function sortEvents(events: CalendarEvent[]): CalendarEvent[] {
  return [...events].sort(
    (a, b) =>
      a.startMs - b.startMs ||
      a.endMs - b.endMs ||
      compareText(a.title, b.title) ||
      Number(a.cancelled === true) - Number(b.cancelled === true),
  );
}
