import { describe, expect, it } from 'vitest';
import { formatDayTime } from '../../../src/domain/time/format-day-time.js';

describe('formatDayTime', () => {
  it.each([
    ['2026-11-30T23:00:00Z', 'America/New_York', 'Mon 30 Nov, 18:00'],
    ['2026-12-01T05:30:00Z', 'America/New_York', 'Tue 1 Dec, 00:30'],
    ['2026-09-01T04:05:00Z', 'America/New_York', 'Tue 1 Sep, 00:05'],
    ['2026-11-30T23:00:00Z', 'Pacific/Auckland', 'Tue 1 Dec, 12:00'],
    ['2026-06-15T12:00:00Z', 'UTC', 'Mon 15 Jun, 12:00'],
  ])('%s in %s reads %s', (iso, zone, text) => {
    expect(formatDayTime(Date.parse(iso), zone)).toBe(text);
  });

  it('reads the day as the wall clock of the zone has it across a DST change', () => {
    // 1 November 2026, New York: 01:30 happens twice, first in EDT (05:30Z), then in EST (06:30Z).
    expect(formatDayTime(Date.parse('2026-11-01T05:30:00Z'), 'America/New_York')).toBe('Sun 1 Nov, 01:30');
    expect(formatDayTime(Date.parse('2026-11-01T06:30:00Z'), 'America/New_York')).toBe('Sun 1 Nov, 01:30');
  });
});
