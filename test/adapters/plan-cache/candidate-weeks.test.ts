import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidateWeeks } from '../../../src/adapters/plan-cache/candidate-weeks.js';
import { isoWeekOf, isoWeekOfUtcDay } from '../../../src/domain/time/iso-week.js';
import { buildWeek, localDateOf } from '../../../src/domain/week.js';

const ZONES = [
  'America/Chicago',
  'America/Los_Angeles',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'Europe/London',
  'UTC',
];
const instants = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) });

describe('candidateWeeks', () => {
  it('names the ISO week of a date as the domain does', () => {
    fc.assert(
      fc.property(instants, (ms) => {
        const date = new Date(ms).toISOString().slice(0, 10);
        expect(isoWeekOfUtcDay(ms)).toBe(isoWeekOf(date));
      }),
    );
  });

  it('always includes the week folder that holds now, in any zone, for either first day', () => {
    fc.assert(
      fc.property(instants, fc.constantFrom(...ZONES), fc.constantFrom('monday', 'sunday'), (ms, zone, start) => {
        const week = buildWeek(zone, start as 'monday' | 'sunday', localDateOf(ms, zone));
        expect(candidateWeeks({ nowMs: ms })).toContain(week.isoWeek);
      }),
      { numRuns: 300 },
    );
  });

  it('includes the week folder of a given date for either first day', () => {
    fc.assert(
      fc.property(instants, fc.constantFrom('monday', 'sunday'), (ms, start) => {
        const date = new Date(ms).toISOString().slice(0, 10);
        const week = buildWeek('UTC', start as 'monday' | 'sunday', date);
        expect(candidateWeeks({ date })).toContain(week.isoWeek);
      }),
    );
  });

  it('gives nothing for a date that is not one', () => {
    expect(candidateWeeks({ date: 'someday' })).toEqual([]);
  });
});
