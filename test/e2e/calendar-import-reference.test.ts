import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCalendars } from '../../src/adapters/calendar-import/read-calendars.js';
import type { Profile } from '../../src/domain/profile.js';
import { addDays, localDateOf, localInstant } from '../../src/domain/week.js';
import { inCi } from '../support/in-ci.js';

// Debian's own Python with python3-recurring-ical-events, not whatever python3 is first on PATH.
const PYTHON = '/usr/bin/python3';
const hasReference =
  existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import recurring_ical_events, icalendar']).status === 0;

const ZONE = 'America/New_York';
const DIR = join(import.meta.dirname, '..', 'fixtures', 'calendars');
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.ics'))
  .sort();

type Row = [uid: string, start: string, end: string, allDay: boolean];

/**
 * Where python3-recurring-ical-events (2.0.1, with icalendar 4 and pytz) departs from RFC 5545,
 * the rows it gives and the rows RFC 5545 gives. Nothing else is corrected.
 */
const CORRECTIONS: Record<string, { python: Row; rfc: Row; why: string }[]> = {
  '2026-10-26 nurse-roster-new-york.ics': [
    {
      python: ['handover@roster.example', '2026-11-01T06:30:00Z', '2026-11-01T07:00:00Z', false],
      rfc: ['handover@roster.example', '2026-11-01T05:30:00Z', '2026-11-01T06:00:00Z', false],
      why: 'RFC 5545 §3.3.5: an ambiguous local time (01:30 on the fall-back night) is its first occurrence; pytz.localize(is_dst=False) takes the second',
    },
  ],
  '2026-10-26 windows-eastern-outlook.ics': [
    {
      python: [
        '040000008200E00074C5B7101A82E00800000000EEEEFFFF0000DD01000000000000000010000000',
        '2026-11-01T06:30:00Z',
        '2026-11-01T07:30:00Z',
        false,
      ],
      rfc: [
        '040000008200E00074C5B7101A82E00800000000EEEEFFFF0000DD01000000000000000010000000',
        '2026-11-01T05:30:00Z',
        '2026-11-01T07:30:00Z',
        false,
      ],
      why: 'RFC 5545 §3.3.5: the ambiguous DTSTART 01:30 is the first 01:30 (EDT), as above',
    },
  ],
  '2026-10-26 clinic-rdate-duration.ics': [
    {
      python: ['on-call@clinic.example', '2026-10-31T16:00:00Z', '2026-11-01T16:00:00Z', false],
      rfc: ['on-call@clinic.example', '2026-10-31T16:00:00Z', '2026-11-01T17:00:00Z', false],
      why: 'RFC 5545 §3.3.6: DURATION:P1D is a nominal day (to 12:00 the next day, 25 hours across fall-back); the library adds 24 exact hours',
    },
  ],
  '2027-03-08 clinic-rdate-duration.ics': [
    {
      python: ['on-call-spring@clinic.example', '2027-03-13T17:00:00Z', '2027-03-14T19:00:00Z', false],
      rfc: ['on-call-spring@clinic.example', '2027-03-13T17:00:00Z', '2027-03-14T18:00:00Z', false],
      why: 'RFC 5545 §3.3.6: P1DT2H is one nominal day (to 12:00 the next day, 23 hours across spring-forward) plus two exact hours',
    },
  ],
  '2026-10-26 school-calendar.ics': [
    {
      python: ['early-dismissal@maple.example', '2026-10-30', '2026-10-30', true],
      rfc: ['early-dismissal@maple.example', '2026-10-30', '2026-10-31', true],
      why: 'RFC 5545 §3.6.1: a DATE DTSTART with neither DTEND nor DURATION lasts one day; the library makes it zero-length',
    },
  ],
  '2027-03-22 school-calendar.ics': [
    {
      python: ['early-dismissal@maple.example', '2027-03-26', '2027-03-26', true],
      rfc: ['early-dismissal@maple.example', '2027-03-26', '2027-03-27', true],
      why: 'RFC 5545 §3.6.1, as above',
    },
  ],
};

/** The weeks of the contract, plus the week of Europe/London's spring change (2027-03-28). */
const WEEKS = ['2026-10-26', '2027-03-08', '2027-03-22'];

/** A week with the day before it (sleep and night shifts that began then reach into Monday). */
function range(monday: string): [number, number] {
  return [localInstant(ZONE, addDays(monday, -1), 0), localInstant(ZONE, addDays(monday, 7), 0)];
}

const utc = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

async function ours(monday: string): Promise<Record<string, Row[]>> {
  const profile = {
    timezone: ZONE,
    calendars: FILES.map((file, i) => ({ source: `calendars.${i}`, file, owner: 'me', as: 'busy', label: 'Busy' })),
  } as unknown as Profile;
  const reader = await readCalendars(profile, DIR);
  const [from, to] = range(monday);
  const out: Record<string, Row[]> = {};
  FILES.forEach((file, i) => {
    out[file] = reader
      .events(`calendars.${i}`, from, to)
      .map(
        (e): Row =>
          e.allDay
            ? [e.uid, localDateOf(e.startMs, ZONE), localDateOf(e.endMs, ZONE), true]
            : [e.uid, utc(e.startMs), utc(e.endMs), false],
      )
      .sort();
  });
  return out;
}

function reference(monday: string): Record<string, Row[]> {
  const [from, to] = range(monday);
  const script = join(import.meta.dirname, '..', 'support', 'expand-ics-reference.py');
  const args = [script, ZONE, utc(from), utc(to), ...FILES.map((f) => join(DIR, f))];
  const rows = JSON.parse(execFileSync(PYTHON, args, { encoding: 'utf8' })) as Record<string, Row[]>;
  for (const [file, list] of Object.entries(rows)) {
    for (const c of CORRECTIONS[`${monday} ${file}`] ?? []) {
      const i = list.findIndex((r) => JSON.stringify(r) === JSON.stringify(c.python));
      // A correction that no longer applies is itself a failure: the reference changed.
      expect(i, `${monday} ${file}: ${c.why}`).toBeGreaterThanOrEqual(0);
      list[i] = c.rfc;
    }
    list.sort();
  }
  return rows;
}

describe('imported calendars expand as python3-recurring-ical-events does (RFC 5545)', () => {
  it('has a corpus of at least 8 files', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(8);
  });

  it.runIf(hasReference || inCi).each(WEEKS)('the week of %s', async (monday) => {
    expect(hasReference, 'python3-recurring-ical-events is not installed').toBe(true);
    const mine = await ours(monday);
    const theirs = reference(monday);
    for (const file of FILES) expect(mine[file], `${file}, week of ${monday}`).toEqual(theirs[file]);
    expect(Object.values(mine).flat().length).toBeGreaterThan(5);
  });

  it('has instances of every file in the weeks compared', async () => {
    const seen = new Set<string>();
    for (const monday of WEEKS)
      for (const [file, rows] of Object.entries(await ours(monday))) if (rows.length) seen.add(file);
    expect([...seen].sort()).toEqual(FILES);
  });
});
