import fc from 'fast-check';
import { IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { offsetsAcross } from '../../../src/adapters/plan-cache/zone-offsets.js';
import { addDays, localInstant } from '../../../src/domain/week.js';

/** Weeks holding a change of offset (and one without), in zones with whole, half and no DST hours. */
const CASES = [
  ['America/Chicago', '2026-10-26'],
  ['America/Chicago', '2027-03-08'],
  ['Europe/London', '2026-03-23'],
  ['Australia/Lord_Howe', '2026-04-01'], // a 30-minute change
  ['Pacific/Chatham', '2026-09-24'],
  ['Asia/Kathmandu', '2026-11-30'],
] as const;

function daysOf(zone: string, start: string) {
  return Array.from({ length: 7 }, (_, i) => {
    const date = addDays(start, i);
    return { startMs: localInstant(zone, date, 0), endMs: localInstant(zone, addDays(date, 1), 0) };
  });
}

describe('offsetsAcross', () => {
  it.each(CASES)('gives the offset in force at every instant of a week in %s from %s', (zone, start) => {
    const days = daysOf(zone, start);
    const offsets = offsetsAcross(zone, days);
    const first = days[0]?.startMs ?? 0;
    const last = days.at(-1)?.endMs ?? 0;
    const z = IANAZone.create(zone);
    fc.assert(
      fc.property(fc.integer({ min: first, max: last - 1 }), (ms) => {
        expect(offsets.findLast(([from]) => from <= ms)?.[1]).toBe(z.offset(ms));
      }),
      { numRuns: 500 },
    );
    // Each change is found to the millisecond.
    offsets.slice(1).forEach(([from, offset], i) => {
      expect([z.offset(from - 1), z.offset(from)]).toEqual([offsets[i]?.[1], offset]);
    });
  });

  it('has one entry for a week without a change, two for a week with one', () => {
    expect(offsetsAcross('Asia/Kathmandu', daysOf('Asia/Kathmandu', '2026-11-30'))).toHaveLength(1);
    expect(offsetsAcross('America/Chicago', daysOf('America/Chicago', '2026-10-26'))).toHaveLength(2);
  });
});
