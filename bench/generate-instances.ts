import type { ProfileInput } from '../src/domain/profile-schema.js';
import { validateProfile } from '../src/domain/validate-profile.js';
import { buildWeek } from '../src/domain/week.js';
import { buildFixedSkeleton } from './fixed-skeleton.js';
import { createRandom, hhmm, type Random } from './random.js';

export const INSTANCE_CLASSES = [
  'light',
  'typical',
  'tight',
  'overcommitted',
  'multi-owner',
  'dst',
  'night-shift',
  'chained',
  'slots',
  'high-over-cap',
  'large-day',
  'moved-work',
] as const;
export type InstanceClass = (typeof INSTANCE_CLASSES)[number];

export interface Instance {
  name: string;
  kind: InstanceClass | 'planted';
  weekDate: string;
  profile: ProfileInput;
}

type Day = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
const DAYS: Day[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const WEEKS = ['2026-11-30', '2026-12-07', '2027-01-11', '2027-02-15'];
/** Weeks holding a DST change in each zone (both directions). */
const DST_WEEKS: [string, string][] = [
  ['America/New_York', '2026-11-01'],
  ['America/New_York', '2026-03-08'],
  ['Europe/London', '2026-10-25'],
  ['Europe/Berlin', '2026-03-29'],
  ['Australia/Sydney', '2026-04-05'],
  ['Australia/Lord_Howe', '2026-10-04'],
];

const days = (r: Random, lo: number, hi: number): Day[] => {
  const picked = r.subset(DAYS, r.int(lo, hi));
  return DAYS.filter((d) => picked.includes(d));
};
/** A window of `minutes` plus `slack`, starting between `from` and `to` (5-minute grid). */
const window = (r: Random, minutes: number, slack: number, from: number, to: number): [string, string] => {
  const start = Math.min(r.int(from / 5, to / 5) * 5, 1440 - minutes - slack);
  return [hhmm(start), hhmm(Math.min(1440, start + minutes + slack))];
};

interface Shape {
  slack: [number, number];
  habits: [number, number];
  duties: [number, number];
  household: number;
  transition: readonly number[];
  capHours: readonly number[];
}
const SHAPES: Record<InstanceClass, Shape> = {
  light: {
    slack: [120, 480],
    habits: [1, 3],
    duties: [0, 1],
    household: 1,
    transition: [0, 10, 15],
    capHours: [12, 14],
  },
  typical: { slack: [60, 300], habits: [2, 4], duties: [1, 2], household: 1, transition: [10, 15], capHours: [11, 12] },
  tight: {
    slack: [0, 60],
    habits: [2, 4],
    duties: [1, 3],
    household: 1,
    transition: [15, 30, 45],
    capHours: [9, 10, 11],
  },
  overcommitted: {
    slack: [30, 180],
    habits: [4, 6],
    duties: [2, 3],
    household: 1,
    transition: [15, 20],
    capHours: [8, 9, 10],
  },
  'multi-owner': {
    slack: [30, 240],
    habits: [1, 3],
    duties: [2, 4],
    household: 3,
    transition: [10, 15],
    capHours: [11, 12],
  },
  dst: { slack: [60, 300], habits: [2, 4], duties: [1, 2], household: 1, transition: [10, 15], capHours: [11, 12] },
  'night-shift': {
    slack: [60, 300],
    habits: [2, 4],
    duties: [1, 2],
    household: 1,
    transition: [10, 15],
    capHours: [12, 13, 14],
  },
  chained: { slack: [60, 300], habits: [2, 4], duties: [1, 2], household: 1, transition: [10, 15], capHours: [12, 13] },
  slots: { slack: [60, 300], habits: [3, 5], duties: [1, 2], household: 1, transition: [10, 15], capHours: [11, 12] },
  'high-over-cap': {
    slack: [60, 240],
    habits: [3, 5],
    duties: [1, 2],
    household: 1,
    transition: [10, 15],
    capHours: [8, 9],
  },
  'large-day': { slack: [0, 0], habits: [0, 0], duties: [0, 0], household: 0, transition: [5, 10], capHours: [14, 16] },
  'moved-work': {
    slack: [60, 300],
    habits: [1, 3],
    duties: [1, 2],
    household: 1,
    transition: [10, 15],
    capHours: [12, 13],
  },
};

const HABIT_TITLES = [
  'Peer support call',
  'Mutual-help meeting',
  'Morning walk',
  'Journaling',
  'Meditation',
  'Gym',
  'Sponsor call',
  'Reading',
];
const DUTY_TITLES = ['Dinner', 'Laundry', 'Groceries', 'Homework help', 'Bath time', 'Yard work'];

function draft(r: Random, kind: InstanceClass): { profile: ProfileInput; weekDate: string } {
  const shape = SHAPES[kind];
  const [timezone, weekDate] =
    kind === 'dst'
      ? r.pick(DST_WEEKS)
      : [r.pick(['America/New_York', 'Europe/Berlin', 'America/Chicago']), r.pick(WEEKS)];
  const wake = r.int(6 * 12, 7 * 12) * 5;
  const bed = r.int(22 * 12, 23 * 12 + 6) * 5;
  const works = kind !== 'light' || r.chance(0.3);
  const evening = works || r.chance(0.5);
  const inPerson = r.chance(0.7);
  const sessionStart = evening ? r.pick([18 * 60, 18 * 60 + 30]) : r.pick([9 * 60, 9 * 60 + 30]);
  const shiftEnd = r.pick([16 * 60, 16 * 60 + 30, 17 * 60]);
  const household = Array.from({ length: shape.household }, (_, i) => ({
    id: ['alex', 'robin', 'kim'][i]!,
    name: ['Alex', 'Robin', 'Kim'][i]!,
    busy: r.chance(0.8)
      ? [{ days: 'weekdays' as const, start: hhmm(r.int(14, 18) * 30), end: hhmm(r.int(30, 37) * 30), label: 'Work' }]
      : [],
  }));
  const owners = ['me', ...household.map((m) => m.id)];
  const flexMinutes = r.pick([45, 60, 90]);
  const slack = () => r.int(shape.slack[0] / 5, shape.slack[1] / 5) * 5;
  const profile: ProfileInput = {
    version: 1,
    id: `bench-${kind}`,
    timezone,
    weekStart: r.pick(['monday', 'sunday'] as const),
    me: { name: 'Sam' },
    sleep: { bedtime: hhmm(bed), wake: hhmm(wake) },
    rules: { transitionMinutes: r.pick(shape.transition), maxCommittedHoursPerDay: r.pick(shape.capHours) },
    household,
    ...(works && {
      work: {
        shifts: [
          { days: 'weekdays' as const, start: hhmm(shiftEnd - 8 * 60 + r.pick([0, 60, 120])), end: hhmm(shiftEnd) },
        ],
        commuteMinutes: r.pick([0, 15, 30]),
        remoteDays: r.chance(0.4) ? days(r, 1, 2).filter((d) => d !== 'sat' && d !== 'sun') : [],
        ...(r.chance(0.2) && { daysOff: [weekDate] }),
      },
    }),
    iop: {
      program: 'Bench IOP',
      startDate: r.chance(0.85) ? '2026-01-05' : weekDate,
      weeks: 104,
      mode: inPerson ? 'in-person' : r.pick(['virtual', 'hybrid'] as const),
      commuteMinutes: inPerson ? r.pick([10, 20, 30]) : 0,
      arriveEarlyMinutes: inPerson ? r.pick([0, 10, 15]) : 0,
      sessions: [
        {
          days: r.pick([
            ['mon', 'wed', 'thu'],
            ['tue', 'thu'],
            ['mon', 'tue', 'wed', 'thu'],
          ] as Day[][]),
          start: hhmm(sessionStart),
          end: hhmm(sessionStart + 180),
        },
      ],
      flexible: Array.from({ length: r.int(1, 2) }, (_, i) => ({
        id: `iop-flex-${i}`,
        title: `IOP item ${i}`,
        minutes: flexMinutes,
        perWeek: r.int(1, 2),
        days: days(r, 2, 5),
        window: window(r, flexMinutes, slack(), 8 * 60, 17 * 60),
        ...(r.chance(0.3) && { mode: 'virtual' as const }),
      })),
      ...(r.chance(0.2) && { closedDates: [weekDate] }),
    },
    duties: [
      ...(r.chance(0.6)
        ? [
            {
              id: 'dropoff',
              title: 'School drop-off',
              days: 'weekdays' as const,
              start: '07:45',
              end: '08:15',
              owners: r.subset(owners, r.int(1, 2)),
            },
          ]
        : []),
      ...Array.from({ length: r.int(...shape.duties) }, (_, i) => {
        const minutes = r.pick([30, 45, 60, 90]);
        const perWeek = r.chance(0.5) ? r.int(1, 4) : undefined;
        return {
          id: `duty-${i}`,
          title: DUTY_TITLES[i % DUTY_TITLES.length]!,
          ...(perWeek === undefined ? { days: days(r, 2, 7) } : { perWeek }),
          minutes,
          window: window(r, minutes, slack(), 7 * 60, 20 * 60),
          owners: r.subset(owners, r.int(1, owners.length)),
          ...(r.chance(0.3) && { rotate: true }),
          ...(r.chance(0.2) && { commuteMinutes: r.pick([10, 15]) }),
        };
      }),
    ],
    habits: Array.from({ length: r.int(...shape.habits) }, (_, i) => {
      const minutes = r.pick([15, 20, 30, 45, 60, 90]);
      return {
        id: `habit-${i}`,
        title: HABIT_TITLES[i % HABIT_TITLES.length]!,
        minutes,
        perWeek: r.int(1, 7),
        ...(r.chance(0.3) && { days: days(r, 3, 7) }),
        window: window(r, minutes, slack(), 7 * 60, 20 * 60),
        priority: r.pick(['high', 'normal', 'normal', 'low'] as const),
        ...(r.chance(0.2) && { commuteMinutes: r.pick([10, 15, 20]) }),
      };
    }),
    events: r.chance(0.5)
      ? [
          {
            id: 'event-0',
            title: 'School play',
            date: weekDate,
            start: hhmm(r.int(26, 38) * 30),
            end: hhmm(r.int(39, 42) * 30),
            owners: ['me'],
          },
        ]
      : [],
  };
  return { profile: reshape(r, kind, profile), weekDate };
}

/** What each revision-2 class changes in a drafted week. */
function reshape(r: Random, kind: InstanceClass, profile: ProfileInput): ProfileInput {
  switch (kind) {
    case 'night-shift':
      return nightShift(r, profile);
    case 'chained':
      return chained(r, profile);
    case 'slots':
      return withSlots(r, profile);
    case 'high-over-cap':
      return highOverCap(r, profile);
    case 'large-day':
      return largeDay(r, profile);
    case 'moved-work':
      return movedWork(r, profile);
    default:
      return profile;
  }
}

/**
 * Night shifts crossing midnight (19:00–21:00 to 05:30–07:30), the sleep of each day matching
 * them (after a night shift from 08:30 into the afternoon, a usual night otherwise), sessions in
 * the late afternoon, and a `high` walk in the morning after the shift.
 */
function nightShift(r: Random, p: ProfileInput): ProfileInput {
  const shiftDays = days(r, 2, 5);
  const start = r.int(19 * 4, 21 * 4) * 15;
  const end = r.int(5 * 4 + 2, 7 * 4 + 2) * 15;
  const after = DAYS.filter((_, i) => shiftDays.includes(DAYS[(i + 6) % 7]!));
  const free = DAYS.filter((d) => !shiftDays.includes(d));
  const wake = hhmm(r.int(14 * 4, 15 * 4 + 2) * 15);
  const sessionStart = r.int(16 * 4, 17 * 4) * 15;
  const night = p.sleep as { bedtime: string; wake: string };
  return {
    ...p,
    sleep: [
      ...(after.length ? [{ days: after, bedtime: '08:30', wake }] : []),
      ...(free.length ? [{ days: free, ...night }] : []),
    ],
    work: {
      shifts: [{ days: shiftDays, start: hhmm(start), end: hhmm(end) }],
      commuteMinutes: r.pick([0, 15, 30]),
    },
    iop: {
      ...p.iop!,
      sessions: [
        { days: days(r, 2, 3), start: hhmm(sessionStart), end: hhmm(Math.min(start - 60, sessionStart + 150)) },
      ],
      flexible: [],
    },
    habits: [
      ...(p.habits ?? []),
      { id: 'dog-walk', title: 'Dog walk', minutes: 20, window: ['07:00', '10:00'], priority: 'high' as const },
    ],
    events: [],
  };
}

/** An on-site day shift and an in-person evening session soon after it: the trips chain (rule 5a). */
function chained(r: Random, p: ProfileInput): ProfileInput {
  const shiftEnd = r.int(15 * 4 + 2, 17 * 4 + 2) * 15;
  const sessionStart = shiftEnd + r.int(2, 8) * 15;
  return {
    ...p,
    rules: { ...p.rules, minHomeMinutes: r.pick([30, 60, 90]) },
    work: {
      shifts: [{ days: 'weekdays' as const, start: hhmm(shiftEnd - 8 * 60), end: hhmm(shiftEnd) }],
      commuteMinutes: r.pick([15, 20, 30]),
      remoteDays: r.chance(0.3) ? [r.pick(['mon', 'fri'] as const)] : [],
    },
    iop: {
      ...p.iop!,
      mode: 'in-person',
      commuteMinutes: r.pick([10, 20, 30]),
      arriveEarlyMinutes: r.pick([0, 10]),
      ...(r.chance(0.6) && { fromWorkMinutes: r.pick([15, 25, 40]) }),
      sessions: [
        { days: days(r, 2, 4), start: hhmm(sessionStart), end: hhmm(Math.min(21 * 60 + 30, sessionStart + 150)) },
      ],
    },
    events: [],
  };
}

/** Habits and flexible duties at fixed meeting times (`slots`, r2). */
function withSlots(r: Random, p: ProfileInput): ProfileInput {
  const slotted = <T extends { minutes?: number; window?: [string, string]; days?: unknown; perWeek?: number }>(
    item: T,
  ) => {
    if (!r.chance(0.6) || item.minutes === undefined) return item;
    const { window: _w, days: _d, ...rest } = item;
    const slots = Array.from({ length: r.int(1, 3) }, () => ({
      days: days(r, 1, 4),
      start: hhmm(r.int(7 * 4, 20 * 4) * 15),
    }));
    const offered = new Set(slots.flatMap((s) => s.days));
    return { ...rest, slots, ...(item.perWeek !== undefined && { perWeek: Math.min(item.perWeek, offered.size) }) };
  };
  return {
    ...p,
    habits: (p.habits ?? []).map(slotted),
    duties: (p.duties ?? []).map((d) => (d.start === undefined ? slotted(d) : d)),
  };
}

/** Long on-site days under a low cap: only `high` habits (exempt, r2) still fit on them. */
function highOverCap(r: Random, p: ProfileInput): ProfileInput {
  return {
    ...p,
    work: {
      shifts: [{ days: 'weekdays' as const, start: '08:00', end: r.pick(['17:00', '17:30', '18:00']) }],
      commuteMinutes: r.pick([30, 45]),
    },
    habits: [
      ...(p.habits ?? []).map((h, i) => (i % 2 === 0 ? { ...h, priority: 'high' as const } : h)),
      { id: 'peer-call', title: 'Peer call', minutes: 15, window: ['06:00', '22:00'], priority: 'high' as const },
    ],
  };
}

/** One person with 20–25 short flexible items a day (the trial's sixteen habits, and more). */
function largeDay(r: Random, p: ProfileInput): ProfileInput {
  const n = r.int(20, 25);
  const items = Array.from({ length: n }, (_, i) => {
    const minutes = r.pick([5, 10, 10, 15, 20]);
    return {
      id: `item-${i}`,
      title: `Habit ${i}`,
      minutes,
      // Spread over the waking day, each within an hour or two: a day's routine, not a heap.
      window: window(r, minutes, r.int(2, 12) * 15, 7 * 60, 21 * 60),
      priority: r.pick(['high', 'normal', 'normal', 'low'] as const),
      // Most occur every listed day; a few take a number of days a week.
      ...(r.chance(0.15) && { perWeek: r.int(3, 6) }),
      ...(r.chance(0.3) && { days: days(r, 3, 6) }),
    };
  });
  const { work: _work, ...rest } = p;
  return { ...rest, household: [], duties: [], habits: items, iop: { ...p.iop!, flexible: [] }, events: [] };
}

/**
 * Moved work (tier 2): sessions during the shift give work way (with travel and transition), and
 * `work.flexible` lets the displaced time move within the day's hours.
 */
function movedWork(r: Random, p: ProfileInput): ProfileInput {
  const sessionStart = r.int(11 * 4, 14 * 4) * 15;
  const weekdaysPicked = r.subset(DAYS.slice(0, 5), r.int(1, 3));
  return {
    ...p,
    work: {
      shifts: [
        { days: 'weekdays' as const, start: hhmm(r.int(8 * 4, 9 * 4) * 15), end: hhmm(r.int(16 * 4, 17 * 4) * 15) },
      ],
      commuteMinutes: r.pick([0, 15, 30]),
      remoteDays: r.chance(0.4) ? [r.pick(['tue', 'thu'] as const)] : [],
      flexible: {
        days: 'weekdays' as const,
        earliest: r.pick(['06:30', '07:00']),
        latest: r.pick(['19:00', '20:00', '21:00']),
        minBlockMinutes: r.pick([30, 60, 90]),
      },
    },
    iop: {
      ...p.iop!,
      sessions: [
        {
          days: DAYS.filter((d) => weekdaysPicked.includes(d)),
          start: hhmm(sessionStart),
          end: hhmm(sessionStart + r.pick([90, 120, 180])),
        },
      ],
    },
    events: [],
  };
}

/** True when the profile is valid and no two fixed blocks of `me` meet (precedence stays out of play). */
export function hasCleanSkeleton(profile: ProfileInput, weekDate: string): boolean {
  const result = validateProfile(profile);
  if (!result.ok) return false;
  const p = result.profile;
  const mine = buildFixedSkeleton(p, buildWeek(p.timezone, p.weekStart, weekDate))
    .filter((o) => o.owner === 'me')
    .sort((a, b) => a.start - b.start);
  return mine.every((o, i) => i === 0 || mine[i - 1]!.end <= o.start);
}

/** `perClass` instances of each class, the same for the same seed. */
export function generateInstances(
  seed: number,
  perClass: number,
  classes: readonly InstanceClass[] = INSTANCE_CLASSES,
): Instance[] {
  const out: Instance[] = [];
  for (const kind of classes) {
    const r = createRandom(seed * 7919 + INSTANCE_CLASSES.indexOf(kind));
    for (let n = 0; n < perClass; n++) {
      let d = draft(r, kind);
      for (let tries = 0; !hasCleanSkeleton(d.profile, d.weekDate); tries++) {
        if (tries > 200) throw new Error(`${kind}: no valid week drafted in 200 tries`);
        // An event that lands on a session or shift is dropped by precedence; keep such weeks out.
        d = { ...d, profile: { ...d.profile, events: [] } };
        if (!hasCleanSkeleton(d.profile, d.weekDate)) d = draft(r, kind);
      }
      out.push({ name: `${kind}-${seed}-${n}`, kind, ...d });
    }
  }
  return out;
}
