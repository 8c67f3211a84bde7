import { describe, expect, it } from 'vitest';
import { isOwnCalendar, keepUnchanged } from '../../../src/adapters/calendar/own-calendar.js';

const ics = (stamp: string, uid = 'abc@local', prodId = '-//iop-plan//iop-plan 0.1.0//EN', summary = 'Walk') =>
  `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:${prodId}\r\nBEGIN:VEVENT\r\nUID:${uid}\r\nSUMMARY:${summary}\r\nDTSTAMP:${stamp}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;

describe('keepUnchanged', () => {
  it('keeps the file as last written when only DTSTAMP differs', () => {
    const old = ics('20261126T120000Z');
    expect(keepUnchanged(old, ics('20261127T120000Z'))).toBe(old);
  });

  it('takes the new content when an event changed, or there is no file', () => {
    const fresh = ics('20261127T120000Z', 'abc@local', undefined, 'Run');
    expect(keepUnchanged(ics('20261126T120000Z'), fresh)).toBe(fresh);
    expect(keepUnchanged(undefined, fresh)).toBe(fresh);
  });
});

describe('isOwnCalendar', () => {
  it('knows a calendar of this profile by its PRODID and a shared UID', () => {
    expect(isOwnCalendar(ics('1'), ics('2', 'abc@local', undefined, 'Run'))).toBe(true);
  });

  it.each([
    ['another UID', ics('1', 'other@local')],
    ['another PRODID', ics('1', 'abc@local', '-//Other//EN')],
    ['not a calendar', 'my notes'],
  ])('does not claim a file with %s', (_name, existing) => {
    expect(isOwnCalendar(existing, ics('2'))).toBe(false);
  });
});
