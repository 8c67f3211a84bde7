import { open } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import type { CalendarReader } from '../../domain/imports/calendar-reader.js';
import type { Profile } from '../../domain/profile.js';
import { UserError } from '../../errors.js';
import { ExpandedCalendar, IcsError } from './expand-calendar.js';
import { decodeIcs, indexIcsLines, lineOfParseError } from './ics-text.js';

/** A school's calendar for several years is well under this; anything larger is a wrong file. */
export const MAX_CALENDAR_BYTES = 20 * 1024 * 1024;

/**
 * Reads and parses every `calendars` file of a profile (relative paths against the profile
 * file's folder, `baseDir`), ready to expand for any week. ical.js is loaded only here, so a
 * profile without calendars never pays for it. A file that cannot be read or parsed is a
 * UserError naming the file and, where known, the line.
 */
export async function readCalendars(profile: Profile, baseDir: string): Promise<CalendarReader> {
  const ical = ((await import('ical.js')) as { default: typeof import('ical.js').default }).default;
  const calendars = new Map<string, ExpandedCalendar>();
  for (const c of profile.calendars) {
    const path = isAbsolute(c.file) ? c.file : resolve(baseDir, c.file);
    const shown = `${c.source}.file ${c.file}`;
    const text = decodeIcs(await readBounded(path, shown));
    const lines = indexIcsLines(text);
    const at = (line: number | undefined) => (line === undefined ? c.file : `${c.file}:${line}`);
    try {
      if (!/^\s*BEGIN:VCALENDAR/i.test(text)) throw new IcsError('not an iCalendar file (no BEGIN:VCALENDAR)', 1);
      const parsed = ical.parse(text);
      const roots = (Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[];
      // Several VCALENDARs in one file are read as one.
      const root = new ical.Component(roots[0] as never);
      for (const extra of roots.slice(1)) {
        for (const sub of new ical.Component(extra as never).getAllSubcomponents()) root.addSubcomponent(sub);
      }
      calendars.set(c.source, new ExpandedCalendar(ical, root, lines, profile.timezone));
    } catch (error) {
      if (error instanceof IcsError) throw new UserError(`${c.source}: ${at(error.line)}: ${error.message}`);
      const message = error instanceof Error ? error.message : String(error);
      throw new UserError(`${c.source}: ${at(lineOfParseError(lines, message))}: cannot parse: ${message}`);
    }
  }
  return {
    events: (source, fromMs, toMs) => calendars.get(source)?.events(fromMs, toMs) ?? [],
    coverage: (source) => calendars.get(source)?.coverage(),
  };
}

async function readBounded(path: string, shown: string): Promise<Uint8Array> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(path, 'r');
    const stats = await handle.stat();
    if (!stats.isFile()) throw new UserError(`${shown}: is not a regular file`);
    if (stats.size > MAX_CALENDAR_BYTES) throw new UserError(`${shown}: larger than 20 MiB; is it a calendar?`);
    const buffer = await handle.readFile();
    if (buffer.length > MAX_CALENDAR_BYTES) throw new UserError(`${shown}: larger than 20 MiB; is it a calendar?`);
    return buffer;
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (code ?? 'error');
    throw new UserError(`${shown}: cannot read ${path} (${reason})`);
  } finally {
    await handle?.close();
  }
}
