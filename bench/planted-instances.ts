import type { ProfileInput } from '../src/domain/profile-schema.js';
import { validateProfile } from '../src/domain/validate-profile.js';
import { addDays, buildWeek } from '../src/domain/week.js';
import { readFixedSkeleton } from './fixed-skeleton.js';
import { NO_GAP, type Obstacle, wakingDaysOf } from './flex-problem.js';
import type { Instance } from './generate-instances.js';
import { createRandom, hhmm, type Random } from './random.js';

type Day = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
const DAYS: Day[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
// A week without a DST change, Monday first: week minute = day × 1440 + local minute.
const WEEK = '2026-11-30';

interface Kind {
  section: 'iop' | 'duty' | 'habit';
  index: number;
}

/**
 * A profile with a perfect allocation hidden inside: fixed parts first, then each flexible item
 * is placed by hand (at a random feasible time, with commutes and transition gaps), and only then
 * is its window drawn tightly around those placements, its days set to where it was placed, and
 * the daily cap set to the busiest planted day. Everything requested can therefore be placed.
 */
function plant(r: Random, n: number): Instance {
  const transition = r.pick([10, 15, 30, 45]);
  const household = [
    { id: 'alex', name: 'Alex', busy: [{ days: 'weekdays' as const, start: '08:00', end: hhmm(r.int(32, 36) * 30) }] },
  ];
  const works = r.chance(0.6);
  const profile: ProfileInput = {
    version: 1,
    id: `planted-${n}`,
    timezone: r.pick(['America/New_York', 'Europe/Berlin']),
    weekStart: 'monday',
    me: { name: 'Sam' },
    sleep: { bedtime: hhmm(r.int(22 * 4, 23 * 4) * 15), wake: hhmm(r.int(6 * 4, 7 * 4) * 15) },
    rules: { transitionMinutes: transition, maxCommittedHoursPerDay: 24 },
    household,
    ...(works && {
      work: {
        shifts: [{ days: 'weekdays' as const, start: '09:00', end: r.pick(['15:00', '16:00', '17:00']) }],
        commuteMinutes: r.pick([0, 20]),
      },
    }),
    iop: {
      program: 'Planted IOP',
      startDate: '2026-01-05',
      mode: 'in-person',
      commuteMinutes: r.pick([10, 20]),
      arriveEarlyMinutes: r.pick([0, 10]),
      sessions: [{ days: ['mon', 'wed', 'thu'], start: '18:30', end: '21:00' }],
      flexible: [],
      ...(r.chance(0.3) && { closedDates: [r.pick(['2026-12-01', '2026-12-04'])] }),
    },
    duties: [],
    habits: [],
  };
  const week = buildWeek(profile.timezone, 'monday', WEEK);
  const valid = validateProfile(profile);
  if (!valid.ok) throw new Error(valid.problems.join('; '));
  const fixed = readFixedSkeleton(valid.profile, week);
  // Leave (displaced shift time) is no place for a flexible block either (r2).
  const blocks: Obstacle[] = [
    ...fixed.obstacles,
    ...fixed.displaced.map((d) => ({ owner: 'me', category: 'leave', source: 'leave', ...d })),
  ];
  const closed = new Set(profile.iop!.closedDates ?? []);
  const plantedMine: { start: number; end: number }[] = [];

  const fits = (owner: string, start: number, end: number, commute: number) =>
    blocks.every((b) => {
      if (b.owner !== owner) return true;
      const g = owner === 'me' && !NO_GAP.has(b.category) ? transition : 0;
      return b.end + g <= start - commute || end + commute + g <= b.start;
    });
  const kinds: Kind[] = [
    ...Array.from({ length: r.int(1, 2) }, (_, index) => ({ section: 'iop' as const, index })),
    ...Array.from({ length: r.int(1, 3) }, (_, index) => ({ section: 'duty' as const, index })),
    ...Array.from({ length: r.int(3, 6) }, (_, index) => ({ section: 'habit' as const, index })),
  ];
  for (const kind of kinds) {
    const minutes = r.pick([15, 30, 45, 60, 90]);
    const commute =
      kind.section !== 'iop' && r.chance(0.25)
        ? r.pick([10, 15])
        : kind.section === 'iop'
          ? profile.iop!.commuteMinutes!
          : 0;
    const owners = kind.section === 'duty' ? r.subset(['me', 'alex'], r.int(1, 2)) : ['me'];
    const from = r.int(7 * 12, 19 * 12) * 5;
    const to = Math.min(22 * 60, from + minutes + r.int(0, 24) * 15);
    const placed: { day: number; start: number; owner: string }[] = [];
    for (const day of r.subset([0, 1, 2, 3, 4, 5, 6], r.int(2, 7)).sort()) {
      if (kind.section === 'iop' && closed.has(addDays(WEEK, day))) continue;
      const owner = r.pick(owners);
      const starts = [];
      for (let s = from; s + minutes <= to; s += 5)
        if (fits(owner, day * 1440 + s, day * 1440 + s + minutes, commute)) starts.push(s);
      if (starts.length === 0) continue;
      const s = r.pick(starts);
      placed.push({ day, start: s, owner });
      const at = day * 1440 + s;
      if (owner === 'me') plantedMine.push({ start: at, end: at + minutes });
      const cat = kind.section === 'iop' ? 'iop' : kind.section;
      blocks.push({ owner, category: cat, source: `${kind.section}-${kind.index}`, start: at, end: at + minutes });
      if (commute > 0) {
        blocks.push({ owner, category: 'commute', source: 'c', start: at - commute, end: at });
        blocks.push({ owner, category: 'commute', source: 'c', start: at + minutes, end: at + minutes + commute });
      }
    }
    if (placed.length === 0) continue;
    // The window hugs the planted starts, with a little slack either side.
    const lo = Math.max(0, Math.min(...placed.map((p) => p.start)) - r.pick([0, 0, 5, 15]));
    const hi = Math.min(1440, Math.max(...placed.map((p) => p.start)) + minutes + r.pick([0, 0, 5, 15]));
    const days = placed.map((p) => DAYS[p.day]!);
    const perWeek = r.chance(0.5) ? placed.length : undefined;
    // (r2) Some habits and duties meet at fixed times: the planted starts become their slots.
    const slotted = kind.section !== 'iop' && r.chance(0.3);
    const starts = [...new Set(placed.map((p) => p.start))];
    const common = {
      id: `${kind.section}-${kind.index}`,
      title: `Planted ${kind.section} ${kind.index}`,
      minutes,
      ...(slotted
        ? {
            slots: starts.map((start) => ({
              days: placed.filter((p) => p.start === start).map((p) => DAYS[p.day]!),
              start: hhmm(start),
            })),
          }
        : { window: [hhmm(lo), hhmm(hi)] as [string, string] }),
      ...(perWeek === undefined ? { days } : { perWeek, days: perWeek < 7 && r.chance(0.5) ? DAYS : days }),
    };
    if (kind.section === 'iop')
      profile.iop!.flexible!.push({
        ...common,
        window: [hhmm(lo), hhmm(hi)] as [string, string],
        ...(perWeek !== undefined && { days }),
      });
    else if (kind.section === 'duty')
      profile.duties!.push({ ...common, owners, ...(commute > 0 && { commuteMinutes: commute }) });
    else
      profile.habits!.push({
        ...common,
        priority: r.pick(['high', 'normal', 'low'] as const),
        ...(commute > 0 && { commuteMinutes: commute }),
      });
  }
  // The cap: exactly the busiest waking day of me that holds a planted flexible block (r2).
  const waking = wakingDaysOf(blocks, 7 * 1440);
  const committed = waking
    .filter((w) => plantedMine.some((b) => b.start >= w.start && b.end <= w.end))
    .map((w) =>
      blocks
        .filter((b) => b.owner === 'me' && b.category !== 'sleep' && b.category !== 'leave')
        .reduce((sum, b) => sum + Math.max(0, Math.min(b.end, w.end) - Math.max(b.start, w.start)), 0),
    );
  const cap = Math.max(60, ...committed);
  profile.rules!.maxCommittedHoursPerDay = Math.min(24, Math.ceil(cap) / 60);
  return { name: `planted-${n}`, kind: 'planted', weekDate: WEEK, profile };
}

/** `count` planted instances, the same for the same seed. */
export function generatePlanted(seed: number, count: number): Instance[] {
  const r = createRandom(seed * 104729 + 17);
  return Array.from({ length: count }, (_, n) => plant(r, n));
}
