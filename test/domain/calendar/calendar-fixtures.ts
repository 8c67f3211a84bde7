import type { Block, Category, Leave, Plan } from '../../../src/domain/plan-types.js';
import { normalizeProfile, type Profile } from '../../../src/domain/profile.js';
import { type ProfileInput, profileSchema } from '../../../src/domain/profile-schema.js';
import { parseTime } from '../../../src/domain/time-of-day.js';
import { buildWeek, formatInstant, localInstant } from '../../../src/domain/week.js';

export const ZONE = 'America/New_York';

/** A small working parent with an evening IOP, as written in a profile file; `overrides` replace top-level keys. */
export function profileInput(overrides: Partial<ProfileInput> = {}): ProfileInput {
  return {
    version: 1,
    id: 'p1',
    timezone: ZONE,
    me: { name: 'Sam' },
    sleep: { bedtime: '22:30', wake: '06:30' },
    household: [{ id: 'rose', name: 'Grandma Rose' }],
    work: { shifts: [{ days: 'weekdays', start: '09:00', end: '17:00' }], commuteMinutes: 30 },
    iop: {
      program: 'Evening IOP',
      startDate: '2026-11-30',
      weeks: 12,
      commuteMinutes: 20,
      arriveEarlyMinutes: 10,
      sessions: [{ days: ['mon', 'wed'], start: '18:00', end: '21:00' }],
    },
    habits: [{ id: 'peer-call', title: 'Peer support call', minutes: 15, window: ['07:00', '21:00'] }],
    ...overrides,
  } as ProfileInput;
}

/** The same profile, validated and normalised. */
export function makeProfile(overrides: Partial<ProfileInput> = {}): Profile {
  return normalizeProfile(profileSchema.parse(profileInput(overrides)));
}

export interface BlockSpec {
  date: string;
  start: string;
  end: string;
  category: Category;
  source: string;
  title?: string;
  owner?: string;
  fixed?: boolean;
  location?: string;
  mode?: 'in-person' | 'virtual';
}

/** A plan block at local wall-clock times (end not after start = the next day). */
export function makeBlock(spec: BlockSpec, zone = ZONE): Block {
  const startMinute = parseTime(spec.start);
  let endMinute = parseTime(spec.end);
  if (endMinute <= startMinute) endMinute += 1440;
  const startMs = localInstant(zone, spec.date, startMinute);
  const endMs = localInstant(zone, spec.date, endMinute);
  const block: Block = {
    id: `${spec.source}@${spec.date}T${spec.start}`,
    source: spec.source,
    category: spec.category,
    title: spec.title ?? spec.source,
    owner: spec.owner ?? 'me',
    start: formatInstant(startMs, zone),
    end: formatInstant(endMs, zone),
    fixed: spec.fixed ?? true,
  };
  if (spec.location) block.location = spec.location;
  if (spec.mode) block.mode = spec.mode;
  return block;
}

/** A plan for the week holding `date`, with these blocks and leave. */
export function makePlan(
  date: string,
  blocks: Block[],
  options: { leave?: Leave[]; zone?: string; generatedAt?: string } = {},
): Plan {
  const zone = options.zone ?? ZONE;
  const week = buildWeek(zone, 'monday', date);
  return {
    version: 1,
    generatedAt: options.generatedAt ?? '2026-11-26T18:00:00Z',
    timezone: zone,
    week: { start: week.start, end: week.end, isoWeek: week.isoWeek },
    blocks: [...blocks].sort((a, b) => Date.parse(a.start) - Date.parse(b.start)),
    unplaced: [],
    leave: options.leave ?? [],
    budget: {
      week: { sleep: 0, work: 0, iop: 0, commute: 0, duty: 0, habit: 0, event: 0, busy: 0, free: 0 },
      days: [],
      iopHours: 0,
      leaveMinutes: 0,
    },
    score: { tiers: [0, 0, 0, 0, 0, 0], balance: 0 },
    warnings: [],
  };
}

/** An in-person evening session as the allocator lays it out: travel, arrive early, session, travel back. */
export function sessionTrip(date: string, title = 'Group therapy', source = 'iop.sessions.0'): Block[] {
  return [
    makeBlock({ date, start: '17:30', end: '17:50', category: 'commute', source, title: 'Travel' }),
    makeBlock({ date, start: '17:50', end: '18:00', category: 'iop', source, title }),
    makeBlock({ date, start: '18:00', end: '21:00', category: 'iop', source, title, mode: 'in-person' }),
    makeBlock({ date, start: '21:00', end: '21:20', category: 'commute', source, title: 'Travel' }),
  ];
}

/** A Monday with work, an IOP evening, a habit, a duty Grandma Rose covers, sleep and busy time. */
export function sampleWeekPlan(): Plan {
  const d = '2026-11-30';
  return makePlan(d, [
    makeBlock({
      date: d,
      start: '08:30',
      end: '09:00',
      category: 'commute',
      source: 'work.shifts.0',
      title: 'Commute',
    }),
    makeBlock({ date: d, start: '09:00', end: '17:00', category: 'work', source: 'work.shifts.0', title: 'Work' }),
    makeBlock({
      date: d,
      start: '17:00',
      end: '17:30',
      category: 'commute',
      source: 'work.shifts.0',
      title: 'Commute',
    }),
    ...sessionTrip(d),
    makeBlock({
      date: d,
      start: '07:00',
      end: '07:15',
      category: 'habit',
      source: 'peer-call',
      title: 'Peer support call',
      fixed: false,
    }),
    makeBlock({
      date: d,
      start: '18:00',
      end: '19:00',
      category: 'duty',
      source: 'dinner',
      title: 'Dinner',
      owner: 'rose',
      fixed: false,
    }),
    makeBlock({ date: d, start: '22:30', end: '06:30', category: 'sleep', source: 'sleep', title: 'Sleep' }),
    makeBlock({
      date: d,
      start: '09:00',
      end: '13:00',
      category: 'busy',
      source: 'household.rose.busy.0',
      title: 'Church',
      owner: 'rose',
    }),
  ]);
}
