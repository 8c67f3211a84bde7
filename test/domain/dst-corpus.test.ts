import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/domain/build-plan.js';
import type { Plan } from '../../src/domain/plan-types.js';
import type { Profile } from '../../src/domain/profile.js';
import { isProgramDay } from '../../src/domain/program-dates.js';
import { addDays, weekdayOf } from '../../src/domain/week.js';
import { loadDstProfile } from '../support/dst-profile.js';
import { type Transition, transitionsIn } from '../support/dst-transitions.js';
import { realMinutesBetween, wallAt, wallMinutesBetween, wallOf } from '../support/dst-wall-clock.js';
import { verifyPlan } from '../support/verify-plan.js';

// The same people planned in six zones, in the weeks of both 2026 clock changes of each zone.
const ZONES = [
  'America/New_York',
  'America/Chicago',
  'Europe/London',
  'Europe/Berlin',
  'Australia/Sydney',
  'Australia/Lord_Howe',
];
const FILES = ['evening-iop-parent.yaml', 'morning-iop-flexible-work.yaml', 'virtual-iop-night-shift.yaml'];
const NOW = Date.parse('2026-01-01T12:00:00Z');

const mondayOf = (date: string) => addDays(date, 1 - weekdayOf(date));
const transitions = ZONES.flatMap((zone) => transitionsIn(zone, 2026));
const cases = transitions.flatMap((t) => FILES.map((file) => ({ file, zone: t.zone, kind: t.kind, t })));

/** Wall-clock spans `[start, end)` a fixed item must keep on each local date of the week (and the day before). */
function expectedSpans(profile: Profile, plan: Plan) {
  const dates = Array.from({ length: 8 }, (_, i) => addDays(plan.week.start, i - 1));
  const sessions = (profile.iop?.sessions ?? []).flatMap((s) =>
    dates
      .slice(1)
      .filter((d) => s.days.includes(weekdayOf(d)) && isProgramDay(profile.iop, d))
      .map((d) => ({ source: s.source, start: wallAt(d, s.startMinute), end: wallAt(d, s.endMinute) })),
  );
  const shifts = (profile.work?.shifts ?? []).flatMap((s) =>
    dates
      .filter((d) => s.days.includes(weekdayOf(d)) && !profile.work?.daysOff.includes(d))
      .map((d) => ({
        source: s.source,
        start: wallAt(d, s.startMinute),
        end: wallAt(d, s.endMinute > s.startMinute ? s.endMinute : s.endMinute + 1440),
      })),
  );
  return { sessions, shifts };
}

/** Offsets that luxon gives for each block's instants in the zone, where the plan printed another. */
function wrongOffsets(plan: Plan, zone: string): string[] {
  return plan.blocks.flatMap((b) =>
    [b.start, b.end].flatMap((iso) => {
      const printed = DateTime.fromISO(iso, { setZone: true });
      const right = DateTime.fromMillis(printed.toMillis(), { zone });
      return printed.offset === right.offset ? [] : [`${b.source} ${iso}: zone has ${right.toISO()}`];
    }),
  );
}

describe('DST corpus', () => {
  it('finds both 2026 changes in each zone with luxon', () => {
    for (const zone of ZONES) expect(transitionsIn(zone, 2026).map((t) => t.kind)).toHaveLength(2);
    expect(transitions.filter((t) => t.zone === 'Australia/Lord_Howe').map((t) => t.wallTo - t.wallFrom)).toEqual([
      30, 30,
    ]);
  });

  it.each(cases)('$file in $zone, week of the $kind change', ({ file, zone, t }) => {
    const monday = mondayOf(t.date);
    const profile = loadDstProfile(file, zone, monday);
    const plan = buildPlan(profile, t.date, NOW);
    expect(plan.week.start).toBe(monday);

    expect(verifyPlan(profile, plan)).toEqual([]);
    expect(wrongOffsets(plan, zone)).toEqual([]);

    // Fixed IOP sessions at their wall-clock times (an in-person one may have its arrive-early block before).
    const { sessions, shifts } = expectedSpans(profile, plan);
    expect(sessions.length).toBeGreaterThan(0);
    for (const s of sessions) {
      const found = plan.blocks.filter((b) => b.source === s.source && b.category === 'iop' && b.fixed);
      expect(
        found.map((b) => `${wallOf(b.start)}–${wallOf(b.end)}`),
        `${s.source} on ${s.start}`,
      ).toContain(`${s.start}–${s.end}`);
    }
    for (const b of plan.blocks.filter((x) => x.source.startsWith('iop.sessions.') && x.category === 'iop')) {
      const ok = sessions.some(
        (s) => s.source === b.source && (wallOf(b.start) === s.start || wallOf(b.end) === s.start),
      );
      expect(ok, `${b.source} ${b.start}–${b.end} is not at a session's wall-clock time`).toBe(true);
    }

    // Work shifts: every fixed piece inside its shift's wall-clock span; uncut shifts exactly at it.
    for (const b of plan.blocks.filter((x) => x.category === 'work' && x.fixed)) {
      const shift = shifts.find((s) => s.source === b.source && s.start <= wallOf(b.start) && wallOf(b.end) <= s.end);
      expect(shift, `${b.source} ${b.start}–${b.end} outside every shift's wall-clock span`).toBeDefined();
    }
    for (const s of shifts) {
      const pieces = plan.blocks.filter(
        (b) =>
          b.source === s.source &&
          b.fixed &&
          b.category === 'work' &&
          wallOf(b.start) < s.end &&
          s.start < wallOf(b.end),
      );
      // (r2, rule 3) A shift also gives way to the transition and the trip home next to a session.
      const margin = (profile.rules.transitionMinutes + (profile.work?.commuteMinutes ?? 0)) * 60_000;
      const near = (wall: string, ms: number) =>
        DateTime.fromISO(wall, { zone: 'UTC' }).plus({ milliseconds: ms }).toFormat("yyyy-MM-dd'T'HH:mm");
      const cut = plan.blocks.some(
        (b) =>
          b.owner === 'me' &&
          b.category === 'iop' &&
          wallOf(b.start) < near(s.end, margin) &&
          near(s.start, -margin) < wallOf(b.end),
      );
      if (!cut) expect(pieces.map((b) => `${wallOf(b.start)}–${wallOf(b.end)}`)).toEqual([`${s.start}–${s.end}`]);
    }

    // The week's ledger accounts for every real minute of the week: 167, 168 or 169 hours (±30 min on Lord Howe).
    const weekMs =
      DateTime.fromISO(addDays(monday, 7), { zone }).toMillis() - DateTime.fromISO(monday, { zone }).toMillis();
    const shift = t.offsetAfter - t.offsetBefore;
    expect(weekMs / 60_000).toBe(168 * 60 - shift);
    const ledger = Object.values(plan.budget.week).reduce((sum, m) => sum + m, 0);
    expect(ledger).toBe(168 * 60 - shift);

    // The sleep across the change night is its wall-clock length minus the jump (plus on fall-back).
    const night = plan.blocks.filter(
      (b) => b.category === 'sleep' && Date.parse(b.start) < t.instantMs && t.instantMs < Date.parse(b.end),
    );
    expect(night).toHaveLength(1);
    const sleep = night[0]!;
    expect(realMinutesBetween(sleep.start, sleep.end)).toBe(wallMinutesBetween(sleep.start, sleep.end) - shift);
    const rule = profile.sleep.find((r) => r.days.includes(weekdayOf(sleep.start.slice(0, 10))))!;
    expect(sleep.start.slice(11, 16)).toBe(wallAt('2000-01-01', rule.bedtimeMinute).slice(11));
    expect(sleep.end.slice(11, 16)).toBe(wallAt('2000-01-01', rule.wakeMinute).slice(11));
  });
});

/** Sleep that leaves the change night free from 23:00 Saturday to 04:30 Sunday, so an item can sit in it. */
const NIGHT_OUT = [
  { days: ['mon', 'tue', 'wed', 'thu', 'fri'], bedtime: '22:45', wake: '06:15' },
  { days: ['sun'], bedtime: '04:30', wake: '11:00' },
];

function hhmm(minute: number): string {
  return wallAt('2000-01-01', minute).slice(11);
}

/** The instant of wall `minute` on the change day, read with `offset` (minutes east of UTC). */
function instantWith(t: Transition, minute: number, offset: number): string {
  const ms = Date.parse(`${t.date}T00:00:00Z`) + (minute - offset) * 60_000;
  return DateTime.fromMillis(ms, { zone: t.zone }).toISO({ suppressMilliseconds: true }) ?? '';
}

describe('local times on the change day', () => {
  const springs = transitions.filter((t) => t.kind === 'spring-forward');
  const falls = transitions.filter((t) => t.kind === 'fall-back');

  /** A profile with one item of `me` on the change day from wall `from` to wall `to`. */
  function planWith(t: Transition, item: 'event' | 'session', from: number, to: number) {
    const monday = mondayOf(t.date);
    const profile = loadDstProfile('evening-iop-parent.yaml', t.zone, monday, (input) => ({
      ...input,
      sleep: NIGHT_OUT as never,
      events: item === 'event' ? [{ title: 'Late flight home', date: t.date, start: hhmm(from), end: hhmm(to) }] : [],
      iop: {
        ...input.iop!,
        sessions:
          item === 'session'
            ? [{ days: ['sun'], start: hhmm(from), end: hhmm(to), kind: 'group', mode: 'virtual' }]
            : input.iop!.sessions,
      },
    }));
    const plan = buildPlan(profile, t.date, NOW);
    expect(verifyPlan(profile, plan)).toEqual([]);
    return plan;
  }

  it.each(springs)('$zone: an event in the skipped time on $date is read as after the gap', (t) => {
    const from = t.wallFrom + (t.wallTo - t.wallFrom) / 2;
    const plan = planWith(t, 'event', from, t.wallTo + 60);
    const event = plan.blocks.find((b) => b.category === 'event');
    expect(plan.unplaced).toEqual([]);
    // Read with the offset from before the gap: it lands as far past the gap's end as it was into the gap.
    expect(event?.start).toBe(instantWith(t, from, t.offsetBefore));
    expect(wallOf(event?.start ?? '')).toBe(`${t.date}T${hhmm(from + t.offsetAfter - t.offsetBefore)}`);
    expect(event?.end).toBe(instantWith(t, t.wallTo + 60, t.offsetAfter));
  });

  it.each(springs)('$zone: an IOP session in the skipped time on $date is read as after the gap', (t) => {
    const from = t.wallFrom + (t.wallTo - t.wallFrom) / 2;
    const plan = planWith(t, 'session', from, t.wallTo + 90);
    const session = plan.blocks.find((b) => b.source === 'iop.sessions.0' && b.category === 'iop');
    expect(session?.start).toBe(instantWith(t, from, t.offsetBefore));
    expect(session?.end).toBe(instantWith(t, t.wallTo + 90, t.offsetAfter));
  });

  it.each(falls)('$zone: an ambiguous time on $date is its first occurrence', (t) => {
    const from = t.wallFrom + (t.wallTo - t.wallFrom) / 2;
    const plan = planWith(t, 'event', from, t.wallTo + 60);
    const event = plan.blocks.find((b) => b.category === 'event');
    expect(plan.unplaced).toEqual([]);
    expect(event?.start).toBe(instantWith(t, from, t.offsetBefore));
    expect(wallOf(event?.start ?? '')).toBe(`${t.date}T${hhmm(from)}`);
    expect(realMinutesBetween(event!.start, event!.end)).toBe(t.wallTo + 60 - from + (t.offsetBefore - t.offsetAfter));
  });

  it.each(falls)('$zone: an IOP session at an ambiguous time on $date is its first occurrence', (t) => {
    const from = t.wallFrom + (t.wallTo - t.wallFrom) / 2;
    const plan = planWith(t, 'session', from, t.wallTo + 90);
    const session = plan.blocks.find((b) => b.source === 'iop.sessions.0' && b.category === 'iop');
    expect(session?.start).toBe(instantWith(t, from, t.offsetBefore));
    expect(session?.end).toBe(instantWith(t, t.wallTo + 90, t.offsetAfter));
  });
});
