import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCalendars } from '../../../src/adapters/calendar-import/read-calendars.js';
import type { Profile } from '../../../src/domain/profile.js';

const ZONE = 'America/New_York';

/** Reads one calendar text (lines joined with CRLF) for a profile in New York. */
async function read(lines: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'iop-ics-'));
  writeFileSync(
    join(dir, 'cal.ics'),
    `${['BEGIN:VCALENDAR', 'VERSION:2.0', ...lines, 'END:VCALENDAR'].join('\r\n')}\r\n`,
  );
  const profile = {
    timezone: ZONE,
    calendars: [{ source: 'calendars.0', file: 'cal.ics', owner: 'me', as: 'busy', label: 'Busy' }],
  };
  return readCalendars(profile as unknown as Profile, dir);
}

const event = (...props: string[]) => ['BEGIN:VEVENT', 'UID:e1', ...props, 'END:VEVENT'];
const utc = (ms: number) => new Date(ms).toISOString();

async function instants(lines: string[], from = '2026-10-25T00:00:00Z', to = '2026-11-09T00:00:00Z') {
  const reader = await read(lines);
  return reader.events('calendars.0', Date.parse(from), Date.parse(to)).map((e) => `${utc(e.startMs)} ${utc(e.endMs)}`);
}

describe('readCalendars', () => {
  it('reads a Windows zone name without a VTIMEZONE through the usual IANA zone', async () => {
    expect(
      await instants(
        event('DTSTART;TZID=Pacific Standard Time:20261027T090000', 'DTEND;TZID=Pacific Standard Time:20261027T100000'),
      ),
    ).toEqual(['2026-10-27T16:00:00.000Z 2026-10-27T17:00:00.000Z']);
  });

  it('reads an IANA name at the end of a prefixed TZID', async () => {
    const tz = 'TZID=/mozilla.org/20050126_1/Europe/London';
    expect(await instants(event(`DTSTART;${tz}:20261027T090000`, 'DURATION:PT30M'))).toEqual([
      '2026-10-27T09:00:00.000Z 2026-10-27T09:30:00.000Z',
    ]);
  });

  it('takes an RDATE period with its own end, and a DATE-valued EXDATE for a timed series', async () => {
    expect(
      await instants(
        event(
          'DTSTART;TZID=America/New_York:20261026T090000',
          'DTEND;TZID=America/New_York:20261026T100000',
          'RRULE:FREQ=DAILY;COUNT=3',
          'EXDATE;VALUE=DATE:20261027',
          'RDATE;VALUE=PERIOD:20261030T150000Z/20261030T170000Z',
        ),
      ),
    ).toEqual([
      '2026-10-26T13:00:00.000Z 2026-10-26T14:00:00.000Z',
      '2026-10-28T13:00:00.000Z 2026-10-28T14:00:00.000Z',
      '2026-10-30T15:00:00.000Z 2026-10-30T17:00:00.000Z',
    ]);
  });

  it('says how far a file covers: from its first event to its last, open-ended with an endless rule', async () => {
    const bounded = await read(event('DTSTART:20261026T090000', 'RRULE:FREQ=WEEKLY;COUNT=3'));
    expect(bounded.coverage('calendars.0')).toEqual({ first: '2026-10-26', last: '2026-11-09' });
    const open = await read(event('DTSTART;VALUE=DATE:20261026', 'RRULE:FREQ=MONTHLY'));
    expect(open.coverage('calendars.0')).toEqual({ first: '2026-10-26', last: null });
    expect((await read([])).coverage('calendars.0')).toBeUndefined();
  });

  it.each([
    [event('SUMMARY:no start'), /cal\.ics:3: event has no DTSTART/],
    [event('DTSTART:20261026T090000', 'DTEND:20261026T080000'), /cal\.ics:6: DTEND is before DTSTART/],
    [event('DTSTART;TZID=Mars/Olympus:20261026T090000'), /cal\.ics:5: unknown time zone "Mars\/Olympus"/],
    [['BEGIN:VEVENT', 'UID:x', ' folded:', 'junk line', 'END:VEVENT'], /cal\.ics:6: cannot parse/],
  ])('names the file and line of a problem (%#)', async (lines, message) => {
    await expect(read(lines)).rejects.toThrow(message);
  });

  it('refuses a file that is not a calendar', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iop-ics-'));
    writeFileSync(join(dir, 'cal.ics'), 'name,date\nx,y\n');
    const profile = {
      timezone: ZONE,
      calendars: [{ source: 'calendars.0', file: 'cal.ics', owner: 'me', as: 'busy', label: 'x' }],
    };
    await expect(readCalendars(profile as unknown as Profile, dir)).rejects.toThrow(
      /cal\.ics:1: not an iCalendar file/,
    );
  });
});
