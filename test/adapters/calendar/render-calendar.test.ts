import { describe, expect, it } from 'vitest';
import { renderCalendar } from '../../../src/adapters/calendar/render-calendar.js';
import type { CalendarEvent, CalendarFile } from '../../../src/domain/calendar/calendar-types.js';
import { planCalendarFiles } from '../../../src/domain/calendar/plan-calendar-files.js';
import { UserError } from '../../../src/errors.js';
import { VERSION } from '../../../src/version.js';
import { makeProfile, sampleWeekPlan } from '../../domain/calendar/calendar-fixtures.js';
import { longLines, readIcs } from './read-ics.js';

const STAMP = Date.parse('2026-11-26T18:00:00Z');
const START = Date.parse('2026-11-30T23:00:00Z');

const event = (overrides: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uidParts: ['p1', 'me', 'src', '2026-11-30', '0'],
  startMs: START,
  endMs: START + 3 * 3_600_000,
  title: 'Group therapy',
  categories: ['IOP'],
  private: true,
  busy: 'busy',
  alarms: [],
  ...overrides,
});

const file = (events: CalendarEvent[], overrides: Partial<CalendarFile> = {}): CalendarFile => ({
  view: 'me',
  fileName: 'iop-plan-2026-W49-me.ics',
  calendarName: 'iop-plan: Sam',
  namesTool: true,
  events,
  ...overrides,
});

const TRICKY = [
  'Therapy 🧘‍♀️ and 会議 — 午後のグループ',
  'Dinner, dishes; bath',
  'Line one\nline two',
  'Back\\slash C:\\new',
  '🎉'.repeat(40),
];

describe('renderCalendar', () => {
  it('round-trips titles with emoji, CJK, commas, semicolons, newlines and backslashes', () => {
    const events = TRICKY.map((title, i) =>
      event({ title, description: title, location: title, uidParts: [String(i)] }),
    );
    const text = renderCalendar(file(events), STAMP);
    const read = readIcs(text).events;
    expect(read.map((e) => e.summary)).toEqual(TRICKY);
    expect(read.map((e) => e.description)).toEqual(TRICKY);
    expect(read.map((e) => e.location)).toEqual(TRICKY);
    expect(longLines(text)).toEqual([]);
  });

  it('keeps a lone carriage return from breaking the line (ics leaves it raw)', () => {
    const text = renderCalendar(file([event({ title: 'Pick up\rkids', description: 'one\r\ntwo' })]), STAMP);
    expect(text.replace(/\r\n/g, '')).not.toContain('\r');
    const [read] = readIcs(text).events;
    expect([read?.summary, read?.description]).toEqual(['Pick up\nkids', 'one\ntwo']);
  });

  it('writes instants in UTC whatever the process zone', () => {
    const text = renderCalendar(file([event()]), STAMP);
    expect(text).toContain('DTSTART:20261130T230000Z\r\n');
    expect(text).toContain('DTEND:20261201T020000Z\r\n');
    const [read] = readIcs(text).events;
    expect([read?.startMs, read?.endMs]).toEqual([START, START + 3 * 3_600_000]);
  });

  it('uses CRLF line ends only, METHOD:PUBLISH, DTSTAMP from the given time and no RRULE, ORGANIZER or ATTENDEE', () => {
    const text = renderCalendar(file([event(), event({ uidParts: ['x'] })]), STAMP);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text).toContain('METHOD:PUBLISH\r\n');
    expect(text.match(/^DTSTAMP:20261126T180000Z\r$/gm)).toHaveLength(2);
    expect(text).not.toMatch(/^(RRULE|ORGANIZER|ATTENDEE|DURATION)/m);
    expect(text).toContain('TRANSP:OPAQUE\r\n');
    expect(text).toContain('CLASS:PRIVATE\r\n');
  });

  it('gives stable UIDs from the occurrence parts, at a neutral domain', () => {
    const a = readIcs(renderCalendar(file([event()]), STAMP)).events[0]?.uid;
    const b = readIcs(renderCalendar(file([event({ title: 'renamed' })]), STAMP + 1000)).events[0]?.uid;
    const c = readIcs(renderCalendar(file([event({ uidParts: ['p1', 'me', 'src', '2026-11-30', '1'] })]), STAMP))
      .events[0]?.uid;
    expect(a).toMatch(/^[0-9a-f]{32}@local$/);
    expect(b).toBe(a);
    expect(c).not.toBe(a);
  });

  it('names the tool and its version in the PRODID of the person’s files only', () => {
    expect(readIcs(renderCalendar(file([event()]), STAMP)).props.prodid).toBe(`-//iop-plan//iop-plan ${VERSION}//EN`);
    const away = event({ title: 'Out of office', categories: [], private: false, busy: 'oof' });
    const neutral = renderCalendar(
      file([away, away], { namesTool: false, view: 'employer', calendarName: 'Out of office' }),
      STAMP,
    );
    expect(readIcs(neutral).props.prodid).toBe('-//Calendar//Calendar export//EN');
    expect(neutral).not.toMatch(/iop|plan/i);
  });

  it('writes X-WR-CALNAME only when the file holds more than one event, with nothing readers could unescape differently', () => {
    const name = 'iop-plan: Rose, Sam; kids';
    expect(renderCalendar(file([event()], { calendarName: name }), STAMP)).not.toContain('X-WR-CALNAME');
    const two = renderCalendar(file([event(), event({ uidParts: ['b'] })], { calendarName: name }), STAMP);
    expect(readIcs(two).props['x-wr-calname']).toBe('iop-plan: Rose Sam kids');
  });

  it('escapes commas inside one category (ics joins them unescaped)', () => {
    const text = renderCalendar(file([event({ categories: ['IOP', 'Evening, weekend; IOP'] })]), STAMP);
    expect(readIcs(text).events[0]?.categories).toEqual(['IOP', 'Evening, weekend; IOP']);
  });

  it('escapes backslashes in reminder text (ics does not)', () => {
    const alarms = [{ minutesBefore: 30, description: 'Leave by 17:30 for C:\\new, room 2' }];
    const [read] = readIcs(renderCalendar(file([event({ alarms })]), STAMP)).events;
    expect(read?.alarms).toEqual([{ trigger: '-PT30M', description: 'Leave by 17:30 for C:\\new, room 2' }]);
  });

  it('writes valid triggers for zero minutes and whole days (ics writes PT and P1DT)', () => {
    const alarms = [0, 60, 90, 1440].map((minutesBefore) => ({ minutesBefore, description: 'Soon' }));
    const text = renderCalendar(file([event({ alarms })]), STAMP);
    expect(text).toContain('TRIGGER;VALUE=DATE-TIME:20261130T230000Z\r\n');
    expect(text).toContain('TRIGGER:-PT1H\r\n');
    expect(text).toContain('TRIGGER:-PT1H30M\r\n');
    expect(text).toContain('TRIGGER:-PT24H\r\n');
    expect(text).not.toMatch(/TRIGGER:-?P(\d+D)?T\r\n/);
  });

  it('turns the library’s plain-object error into one clear UserError', () => {
    const bad = file([event({ startMs: Number.NaN })]);
    expect(() => renderCalendar(bad, STAMP)).toThrow(UserError);
    expect(() => renderCalendar(bad, STAMP)).toThrow(/iop-plan-2026-W49-me\.ics: could not build the calendar: start/);
  });

  it('renders every view of a sample week so that ical.js reads the same instants', () => {
    const plan = sampleWeekPlan();
    for (const f of planCalendarFiles(makeProfile(), [plan], ['me', 'family', 'employer'])) {
      const read = readIcs(renderCalendar(f, STAMP)).events;
      expect(read.map((e) => [e.startMs, e.endMs])).toEqual(f.events.map((e) => [e.startMs, e.endMs]));
      expect(read.map((e) => e.summary)).toEqual(f.events.map((e) => e.title));
    }
  });
});
