import { describe, expect, it } from 'vitest';
import { DEFAULT_SUPPORT_NOTE } from '../../../src/domain/profile.js';
import { SUPPORT_LINES, supportLine, supportRegionOf } from '../../../src/domain/support/support-line.js';

const line = (timezone: string, supportNote?: string) => supportLine({ timezone, supportNote });

describe('supportLine follows the zone’s country (DESIGN §2)', () => {
  it.each([
    ['America/New_York', /988.*SAMHSA helpline: 1-800-662-4357/],
    ['America/Indiana/Indianapolis', /988.*SAMHSA/],
    ['Pacific/Honolulu', /988.*SAMHSA/],
    ['America/Toronto', /^In crisis\? Call or text 9-8-8/],
    ['America/Vancouver', /9-8-8/],
    ['Europe/London', /Samaritans free on 116 123/],
    ['Europe/Dublin', /Samaritans free on 116 123/],
    ['Australia/Sydney', /Lifeline on 13 11 14/],
    ['Australia/Lord_Howe', /Lifeline on 13 11 14/],
    ['Europe/Berlin', /local emergency number/],
    ['America/Mexico_City', /local emergency number/],
    ['UTC', /local emergency number/],
  ])('%s → %s', (zone, expected) => {
    expect(line(zone)).toMatch(expected);
  });

  it('never shows the US line outside the US', () => {
    for (const zone of ['Europe/London', 'Australia/Sydney', 'America/Toronto', 'Asia/Tokyo']) {
      expect(line(zone)).not.toContain('SAMHSA');
    }
    expect(line('Europe/London')).not.toContain('988');
    expect(line('Australia/Sydney')).not.toContain('988');
  });

  it('the US line is the one revision 1 showed everywhere', () => {
    expect(SUPPORT_LINES.us).toBe(DEFAULT_SUPPORT_NOTE);
    expect(supportRegionOf('America/Chicago')).toBe('us');
  });

  it('the person’s own line wins over the zone', () => {
    expect(line('Europe/London', 'Call Jo: 07700 900123')).toBe('Call Jo: 07700 900123');
  });
});
