import { IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { instantOfWallTime } from '../../../src/domain/time/wall-time.js';

const zone = IANAZone.create('America/New_York');
const offsetAt = (ms: number) => zone.offset(ms);
const wall = (text: string) => Date.parse(`${text}Z`);

describe('instantOfWallTime', () => {
  it('reads an ordinary wall time with the offset in force', () => {
    expect(new Date(instantOfWallTime(wall('2026-12-01T18:00:00'), offsetAt)).toISOString()).toBe(
      '2026-12-01T23:00:00.000Z',
    );
  });

  it('takes a time in the spring-forward gap with the offset from before the gap', () => {
    // 02:30 does not exist on 8 March 2026 in New York: read with EST, it is 03:30 EDT.
    expect(new Date(instantOfWallTime(wall('2026-03-08T02:30:00'), offsetAt)).toISOString()).toBe(
      '2026-03-08T07:30:00.000Z',
    );
  });

  it('takes the first of an ambiguous fall-back time', () => {
    // 01:30 happens twice on 1 November 2026: first in EDT.
    expect(new Date(instantOfWallTime(wall('2026-11-01T01:30:00'), offsetAt)).toISOString()).toBe(
      '2026-11-01T05:30:00.000Z',
    );
  });

  it('works for a fixed offset', () => {
    expect(instantOfWallTime(wall('2026-06-01T12:00:00'), () => 330)).toBe(wall('2026-06-01T06:30:00'));
  });
});
