import { describe, expect, it } from 'vitest';
import { formatWallTime } from '../../../src/domain/time/format-wall-time.js';

describe('formatWallTime', () => {
  it.each([
    ['2026-11-30T23:00:00Z', 'America/New_York', '18:00'],
    ['2026-12-01T05:05:00Z', 'America/New_York', '00:05'],
    ['2026-12-01T04:59:59Z', 'America/New_York', '23:59'],
    ['2026-06-15T12:00:00Z', 'Asia/Kolkata', '17:30'],
    // Fall back in New York: 01:30 twice, first EDT then EST.
    ['2026-11-01T05:30:00Z', 'America/New_York', '01:30'],
    ['2026-11-01T06:30:00Z', 'America/New_York', '01:30'],
  ])('%s in %s is %s', (iso, zone, text) => {
    expect(formatWallTime(Date.parse(iso), zone)).toBe(text);
  });
});
