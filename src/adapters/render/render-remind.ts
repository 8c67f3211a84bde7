import type { CalendarEvent } from '../../domain/calendar/calendar-types.js';
import { formatInstant } from '../../domain/week.js';

const MINUTE_MS = 60_000;

/**
 * A file for the `remind` program (`plan --format remind`): one REM per calendar event, and one
 * per "leave by" time, at wall-clock times in the profile's zone (remind has no zones: run it
 * with the same TZ). In a MSG body `%` starts a substitution and `[` an expression, so they are
 * written `%%` and `["["]`.
 */
export function renderRemind(events: CalendarEvent[], zone: string, title: string): string[] {
  const lines = [`# ${escapeComment(title)}`, `# Times are wall-clock times in ${zone}.`];
  const rems: { at: number; line: string }[] = [];
  for (const event of events) {
    if (event.cancelled) continue;
    const minutes = Math.round((event.endMs - event.startMs) / MINUTE_MS);
    const duration =
      minutes > 0 ? ` DURATION ${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}` : '';
    rems.push({
      at: event.startMs,
      line: `REM ${when(event.startMs, zone)}${duration} MSG ${escapeRemindBody(event.title)}`,
    });
    for (const alarm of event.alarms) {
      if (alarm.minutesBefore === 0 || !alarm.description.startsWith('Leave by')) continue;
      const at = event.startMs - alarm.minutesBefore * MINUTE_MS;
      rems.push({ at, line: `REM ${when(at, zone)} MSG ${escapeRemindBody(alarm.description)}` });
    }
  }
  rems.sort((a, b) => a.at - b.at);
  return [...lines, ...rems.map((r) => r.line)];
}

/** `2026-10-27 AT 13:00`: the local date and time of an instant. */
function when(ms: number, zone: string): string {
  const iso = formatInstant(ms, zone);
  return `${iso.slice(0, 10)} AT ${iso.slice(11, 16)}`;
}

/** A MSG body on one line, with remind's special characters made literal. */
export function escapeRemindBody(text: string): string {
  const flat = [...text]
    .map((c) => (c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f ? ' ' : c))
    .join('')
    .replace(/%/g, '%%')
    .replace(/\[/g, '["["]');
  // A backslash at the end of a line would join it to the next.
  return flat.endsWith('\\') ? `${flat} ` : flat;
}

function escapeComment(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}
