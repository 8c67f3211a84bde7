import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Block, Category, Plan, Unplaced } from '../../src/domain/plan-types.js';
import { normalizeProfile, type Profile } from '../../src/domain/profile.js';
import { profileSchema } from '../../src/domain/profile-schema.js';
import { parseTime } from '../../src/domain/time-of-day.js';
import { addDays, buildWeek, formatInstant, localInstant } from '../../src/domain/week.js';

/** A sample profile from test/fixtures/profiles, validated and normalised. */
export function loadFixtureProfile(name: string): Profile {
  const text = readFileSync(new URL(`../fixtures/profiles/${name}.yaml`, import.meta.url), 'utf8');
  return normalizeProfile(profileSchema.parse(parse(text)));
}

/** `[category, source, title, owner, date, start, end]`; an end earlier than start is the next day. */
export type BlockSpec = [Category, string, string, string, string, string, string];

/** A plan for the week containing `date` with the given blocks and a plausible budget. */
export function makePlan(
  profile: Profile,
  date: string,
  specs: BlockSpec[],
  extra: { unplaced?: Unplaced[]; warnings?: Plan['warnings'] } = {},
): Plan {
  const zone = profile.timezone;
  const week = buildWeek(zone, profile.weekStart, date);
  const blocks: Block[] = specs.map(([category, source, title, owner, day, start, end]) => {
    const startMs = localInstant(zone, day, parseTime(start));
    const endDay = parseTime(end) <= parseTime(start) ? addDays(day, 1) : day;
    const endMs = localInstant(zone, endDay, parseTime(end));
    return {
      id: `${source}-${day}-${start}`,
      source,
      category,
      title,
      owner,
      start: formatInstant(startMs, zone),
      end: formatInstant(endMs, zone),
      fixed: true,
      // Roles as the allocator gives them: travel blocks, and the minutes before a session.
      ...(category === 'commute' ? { role: 'travel' as const } : {}),
      ...(title === 'Arrive early' ? { role: 'arrive-early' as const } : {}),
    };
  });
  const minutes = (c: Category) =>
    blocks
      .filter((b) => b.category === c && b.owner === 'me')
      .reduce((sum, b) => sum + (Date.parse(b.end) - Date.parse(b.start)) / 60_000, 0);
  return {
    version: 1,
    generatedAt: '2026-11-26T12:00:00Z',
    timezone: zone,
    week: { start: week.start, end: week.end, isoWeek: week.isoWeek },
    blocks,
    unplaced: extra.unplaced ?? [],
    leave: [],
    budget: {
      week: {
        sleep: minutes('sleep'),
        work: minutes('work'),
        iop: minutes('iop'),
        commute: minutes('commute'),
        duty: minutes('duty'),
        habit: minutes('habit'),
        event: minutes('event'),
        busy: 0,
        free: 3000,
      },
      days: [],
      iopHours: minutes('iop') / 60,
      leaveMinutes: 0,
    },
    score: { tiers: [0, 0, 0, 0, 0, 0], balance: 0 },
    warnings: extra.warnings ?? [],
  };
}

/** Dana's Monday and Tuesday (evening-iop-parent): work with travel, group therapy, dinner, a call. */
export function danaPlan(profile: Profile = loadFixtureProfile('evening-iop-parent')): Plan {
  return makePlan(
    profile,
    '2026-11-30',
    [
      ['sleep', 'sleep', 'Sleep', 'me', '2026-11-29', '22:45', '06:15'],
      ['commute', 'work.shifts.0', 'Travel to work', 'me', '2026-11-30', '08:05', '08:30'],
      ['work', 'work.shifts.0', 'Work', 'me', '2026-11-30', '08:30', '17:00'],
      ['commute', 'work.shifts.0', 'Travel home', 'me', '2026-11-30', '17:00', '17:25'],
      ['duty', 'dinner', 'Dinner', 'grandma', '2026-11-30', '17:15', '18:00'],
      ['commute', 'iop.sessions.0', 'Travel to IOP', 'me', '2026-11-30', '17:30', '17:50'],
      ['iop', 'iop.sessions.0', 'Arrive early', 'me', '2026-11-30', '17:50', '18:00'],
      ['iop', 'iop.sessions.0', 'Group therapy', 'me', '2026-11-30', '18:00', '21:00'],
      ['commute', 'iop.sessions.0', 'Travel home', 'me', '2026-11-30', '21:00', '21:20'],
      ['habit', 'peer-call', 'Peer support call', 'me', '2026-11-30', '07:00', '07:15'],
      ['sleep', 'sleep', 'Sleep', 'me', '2026-11-30', '22:45', '06:15'],
      ['busy', 'household.maya.busy.0', 'School', 'maya', '2026-12-01', '07:30', '15:30'],
      ['iop', 'individual-counselling', 'Individual counselling', 'me', '2026-12-01', '18:00', '18:50'],
    ],
    {
      unplaced: [
        {
          source: 'walk',
          title: 'Walk',
          owner: null,
          date: null,
          minutes: 30,
          code: 'no-room',
          reason: 'no 30-minute gap between 06:30 and 20:00 after IOP and work',
        },
      ],
      warnings: [{ code: 'iop-hours-low', message: 'IOP hours 3.8 h are below the 9 h target.' }],
    },
  );
}
