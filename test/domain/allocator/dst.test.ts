import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { Block, Plan } from '../../../src/domain/plan-types.js';
import { lines, minutesOf, planFor } from './plan-helpers.js';

/** The offset the zone really has at the block's instant, as `±HH:MM`. */
const zoneOffsetAt = (iso: string, zone: string) => DateTime.fromMillis(Date.parse(iso), { zone }).toFormat('ZZ');

function expectOffsetsMatchZone(plan: Plan) {
  for (const b of plan.blocks) {
    expect(b.start.slice(19), `${b.source} start ${b.start}`).toBe(zoneOffsetAt(b.start, plan.timezone));
    expect(b.end.slice(19), `${b.source} end ${b.end}`).toBe(zoneOffsetAt(b.end, plan.timezone));
  }
}

const weekPlan = (timezone: string, monday: string, extra: Record<string, unknown> = {}) =>
  planFor(
    {
      timezone,
      household: [{ id: 'alex', name: 'Alex' }],
      iop: { startDate: monday, mode: 'virtual', sessions: [{ start: '18:00', end: '21:00' }] },
      ...extra,
    },
    monday,
  );

const sessions = (plan: Plan) => plan.blocks.filter((b: Block) => b.source === 'iop.sessions.0');

describe.each([
  ['America/New_York', '2026-03-02', '2026-03-08', '-05:00', '-04:00'],
  ['America/New_York', '2026-10-26', '2026-11-01', '-04:00', '-05:00'],
  ['Europe/London', '2026-10-19', '2026-10-25', '+01:00', '+00:00'],
  ['Australia/Lord_Howe', '2026-09-28', '2026-10-04', '+10:30', '+11:00'],
])('%s, week of %s (clock change on %s)', (zone, monday, changeDay, before, after) => {
  const plan = weekPlan(zone, monday);

  it('fixed sessions keep their wall-clock time every day', () => {
    const s = sessions(plan);
    expect(s).toHaveLength(7);
    for (const b of s) {
      expect(b.start.slice(10, 19)).toBe('T18:00:00');
      expect(b.end.slice(10, 19)).toBe('T21:00:00');
      expect(minutesOf(b)).toBe(180);
    }
    expect(s.map((b) => b.start.slice(0, 10))).toEqual(plan.budget.days.map((d) => d.date));
  });

  it('each instant carries the zone’s offset at that moment', () => {
    expectOffsetsMatchZone(plan);
    const s = sessions(plan);
    expect(s[0]!.start.slice(19)).toBe(before);
    expect(s[6]!.start.slice(19)).toBe(after);
    expect(s[6]!.start.slice(0, 10)).toBe(changeDay);
  });

  it('sleep keeps its wall-clock bedtime and wake across the change', () => {
    for (const b of plan.blocks.filter((x) => x.category === 'sleep')) {
      expect(b.start.slice(11, 16)).toBe('23:00');
      expect(b.end.slice(11, 16)).toBe('07:00');
    }
    const night = plan.blocks.find((b) => b.category === 'sleep' && b.end.startsWith(changeDay))!;
    const shift = (Date.parse(`2000-01-01T00:00:00${after}`) - Date.parse(`2000-01-01T00:00:00${before}`)) / 60_000;
    // The night into the change day is shorter (spring) or longer (autumn) by the size of the change.
    expect(minutesOf(night)).toBe(480 + shift);
  });
});

describe('times the clock skips or repeats (RFC 5545)', () => {
  it('New York, 8 Mar 2026: 02:30 does not exist and reads as 03:30 EDT', () => {
    const plan = weekPlan('America/New_York', '2026-03-02', {
      events: [{ title: 'Night feed', date: '2026-03-08', start: '02:30', end: '04:00', owners: ['alex'] }],
    });
    const b = plan.blocks.find((x) => x.source === 'night-feed')!;
    expect(b.start).toBe('2026-03-08T03:30:00-04:00');
    expect(b.end).toBe('2026-03-08T04:00:00-04:00');
  });

  it('Lord Howe, 4 Oct 2026: 02:15 falls in the half-hour gap and reads as 02:45', () => {
    const plan = weekPlan('Australia/Lord_Howe', '2026-09-28', {
      events: [{ title: 'Night feed', date: '2026-10-04', start: '02:15', end: '03:30', owners: ['alex'] }],
    });
    const b = plan.blocks.find((x) => x.source === 'night-feed')!;
    expect(b.start).toBe('2026-10-04T02:45:00+11:00');
    expect(b.end).toBe('2026-10-04T03:30:00+11:00');
  });

  it.each([
    ['America/New_York', '2026-10-26', '2026-11-01', '2026-11-01T01:30:00-04:00'],
    ['Europe/London', '2026-10-19', '2026-10-25', '2026-10-25T01:30:00+01:00'],
  ])('%s: an ambiguous 01:30 on the fall-back day is the first occurrence', (zone, monday, day, expected) => {
    const plan = weekPlan(zone, monday, {
      events: [{ title: 'Night feed', date: day, start: '01:30', end: '01:45', owners: ['alex'] }],
    });
    const b = plan.blocks.find((x) => x.source === 'night-feed')!;
    expect(b.start).toBe(expected);
    expect(minutesOf(b)).toBe(15);
  });

  it('Lord Howe, 5 Apr 2026: an ambiguous 01:45 is the first occurrence (+11:00)', () => {
    const plan = weekPlan('Australia/Lord_Howe', '2026-03-30', {
      events: [{ title: 'Night feed', date: '2026-04-05', start: '01:45', end: '02:30', owners: ['alex'] }],
    });
    const b = plan.blocks.find((x) => x.source === 'night-feed')!;
    expect(b.start).toBe('2026-04-05T01:45:00+11:00');
    expectOffsetsMatchZone(plan);
  });

  it('flexible blocks on a clock-change day stay inside their wall-clock window', () => {
    const plan = weekPlan('America/New_York', '2026-03-02', {
      iop: { startDate: '2026-03-02', mode: 'virtual' },
      habits: [{ title: 'Walk', minutes: 30, window: ['19:00', '21:00'] }],
    });
    const walks = plan.blocks.filter((b) => b.source === 'walk');
    expect(lines(plan, (b) => b.source === 'walk').map((l) => l.slice(11))).toEqual(
      Array(7).fill('19:00–19:30 habit walk'),
    );
    expectOffsetsMatchZone(plan);
    expect(walks).toHaveLength(7);
  });
});
