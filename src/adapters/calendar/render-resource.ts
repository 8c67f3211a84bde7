import { createHash } from 'node:crypto';
import type { CalendarEvent, CalendarFile } from '../../domain/calendar/calendar-types.js';
import { eventUid } from './event-uid.js';
import { refoldCalendar, unfoldLines } from './fold-lines.js';
import { renderCalendar } from './render-calendar.js';

/** A CalDAV resource's name: the local part of the event's UID (DESIGN §5a). */
export function resourceName(event: CalendarEvent): string {
  return `${eventUid(event.uidParts).replace(/@.*$/, '')}.ics`;
}

/**
 * One event as a CalDAV resource: the calendar file's rendering of that event alone, without
 * METHOD (CalDAV forbids it in stored resources, RFC 4791 §4.1) nor X-WR- properties.
 */
export function renderResource(file: CalendarFile, event: CalendarEvent, dtstampMs: number): string {
  const text = renderCalendar({ ...file, events: [event] }, dtstampMs);
  const lines = unfoldLines(text)
    .split('\r\n')
    .filter((line) => line !== '' && !/^(METHOD|X-WR-[A-Z-]*)[;:]/i.test(line));
  return refoldCalendar(`${lines.join('\r\n')}\r\n`);
}

/**
 * What a resource says, whoever serialised it: its unfolded lines without DTSTAMP, SEQUENCE and
 * PRODID, sorted (servers such as Radicale re-order properties), hashed. The same event gives the
 * same hash from our rendering and from the server's copy.
 */
export function contentHash(text: string): string {
  const lines = unfoldLines(text.replace(/\r?\n/g, '\r\n'))
    .split('\r\n')
    .filter((line) => line !== '' && !/^(DTSTAMP|SEQUENCE|PRODID)[;:]/i.test(line))
    .sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 32);
}
