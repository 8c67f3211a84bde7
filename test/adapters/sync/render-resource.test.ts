import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { contentHash, renderResource, resourceName } from '../../../src/adapters/calendar/render-resource.js';
import type { CalendarEvent, CalendarFile } from '../../../src/domain/calendar/calendar-types.js';

const event: CalendarEvent = {
  uidParts: ['p', 'dentist', '2026-12-05', '0'],
  startMs: Date.parse('2026-12-05T15:00:00Z'),
  endMs: Date.parse('2026-12-05T16:00:00Z'),
  title: 'Dentist, then school; pick-up',
  categories: ['personal'],
  private: false,
  busy: 'busy',
  alarms: [{ minutesBefore: 30, description: 'Leave by 9:30' }],
  sequence: 2,
};
const file: CalendarFile = {
  view: 'me',
  fileName: 'x.ics',
  calendarName: 'Sam',
  namesTool: true,
  events: [event, event],
};

describe('renderResource', () => {
  const text = renderResource(file, event, Date.parse('2026-11-26T12:00:00Z'));

  it('holds exactly one VEVENT, no METHOD and no X-WR- property', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(1);
    expect(calendar.getFirstPropertyValue('method')).toBeNull();
    expect(text).not.toMatch(/^(METHOD|X-WR-)/m);
    expect(calendar.getFirstSubcomponent('vevent')?.getFirstPropertyValue('summary')).toBe(event.title);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('is named after the local part of its UID', () => {
    const uid = String(
      new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')?.getFirstPropertyValue('uid'),
    );
    expect(resourceName(event)).toBe(`${uid.replace(/@.*/, '')}.ics`);
  });
});

describe('contentHash', () => {
  const render = (e: CalendarEvent, dtstamp: string) => renderResource(file, e, Date.parse(dtstamp));

  it('ignores DTSTAMP and SEQUENCE, and the order a server stores properties in', () => {
    const a = render(event, '2026-11-26T12:00:00Z');
    const b = render({ ...event, sequence: 7 }, '2026-12-01T08:00:00Z');
    const reordered = a.split('\r\n').reverse().join('\n');
    expect(contentHash(b)).toBe(contentHash(a));
    expect(contentHash(reordered)).toBe(contentHash(a));
  });

  it('changes when the event moves or is renamed', () => {
    const a = contentHash(render(event, '2026-11-26T12:00:00Z'));
    expect(contentHash(render({ ...event, startMs: event.startMs + 60_000 }, '2026-11-26T12:00:00Z'))).not.toBe(a);
    expect(contentHash(render({ ...event, title: 'Dentist' }, '2026-11-26T12:00:00Z'))).not.toBe(a);
  });
});
