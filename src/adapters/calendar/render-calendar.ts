import { type Alarm, createEvents, type EventAttributes } from 'ics';
import type { CalendarAlarm, CalendarEvent, CalendarFile } from '../../domain/calendar/calendar-types.js';
import { UserError } from '../../errors.js';
import { cleanText, escapeText } from './escape-text.js';
import { eventUid } from './event-uid.js';
import { refoldCalendar } from './fold-lines.js';
import { NEUTRAL_PRODUCT_ID, TOOL_PRODUCT_ID } from './product-id.js';

/**
 * Renders one calendar file with `ics`, closing its gaps here: every instant goes in as epoch
 * milliseconds and comes out in UTC (ics reads array dates in the process zone); UIDs and DTSTAMP
 * are ours (its defaults are random and the clock); text it leaves unescaped (categories, alarm
 * text, header values) is escaped before it sees it; lines are refolded by octets (it folds by
 * characters); its plain-object error becomes a UserError.
 */
export function renderCalendar(file: CalendarFile, dtstampMs: number): string {
  const header = {
    productId: escapeText(file.namesTool ? TOOL_PRODUCT_ID : NEUTRAL_PRODUCT_ID),
    method: 'PUBLISH',
    calName: file.events.length > 1 ? plainName(file.calendarName) : undefined,
  };
  const { error, value } = createEvents(
    file.events.map((event) => toAttributes(event, dtstampMs)),
    header,
  );
  if (error || !value) throw new UserError(`${file.fileName}: could not build the calendar: ${describeError(error)}`);
  return refoldCalendar(value);
}

function toAttributes(event: CalendarEvent, dtstampMs: number): EventAttributes {
  const attributes: EventAttributes & { timestamp: number } = {
    uid: eventUid(event.uidParts),
    timestamp: dtstampMs,
    start: event.startMs,
    startInputType: 'utc',
    startOutputType: 'utc',
    end: event.endMs,
    endInputType: 'utc',
    endOutputType: 'utc',
    // ics escapes these three itself, but leaves a lone CR raw: clean them first.
    title: cleanText(event.title),
    description: event.description === undefined ? undefined : cleanText(event.description),
    location: event.location === undefined ? undefined : cleanText(event.location),
    categories: event.categories.length > 0 ? event.categories.map(escapeText) : undefined,
    // A cancelled event must not keep the time busy in apps that ignore STATUS.
    transp: event.cancelled || event.transparent ? 'TRANSPARENT' : 'OPAQUE',
    busyStatus: event.cancelled || event.transparent ? 'FREE' : event.busy === 'oof' ? 'OOF' : 'BUSY',
    sequence: event.sequence,
    status: event.cancelled ? 'CANCELLED' : undefined,
    classification: event.private ? 'PRIVATE' : undefined,
    alarms: event.alarms.length > 0 ? event.alarms.map((a) => toAlarm(a, event.startMs)) : undefined,
  };
  return attributes;
}

/**
 * ics writes a zero duration as `PT` and whole days as `P1DT` (both invalid): a reminder at the
 * start is an absolute trigger, and longer ones are counted in hours and minutes.
 */
function toAlarm(alarm: CalendarAlarm, startMs: number): Alarm {
  const minutes = alarm.minutesBefore;
  const trigger =
    minutes === 0
      ? startMs
      : {
          before: true,
          ...(minutes >= 60 ? { hours: Math.floor(minutes / 60) } : {}),
          ...(minutes % 60 ? { minutes: minutes % 60 } : {}),
        };
  return { action: 'display', description: escapeText(alarm.description), trigger };
}

function describeError(error: unknown): string {
  if (error && typeof error === 'object') {
    const { errors, message } = error as { errors?: unknown; message?: unknown };
    if (Array.isArray(errors) && errors.length > 0) return errors.map(String).join('; ');
    if (typeof message === 'string' && message) return message;
  }
  return String(error);
}

/**
 * X-WR-CALNAME is an extension property: some readers unescape it as TEXT and some (ical.js) do
 * not, so a calendar name keeps no character that would need escaping.
 */
function plainName(name: string): string {
  return cleanText(name)
    .replace(/[\\;,\n]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}
