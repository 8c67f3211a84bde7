// biome-ignore-all lint/suspicious/noExplicitAny: the generator assembles loosely shaped records that validateProfile then checks.
import fc from 'fast-check';
import type { ProfileInput } from '../../src/domain/profile-schema.js';

/** Zones with ordinary, half-hour and southern-hemisphere DST changes. */
export const ZONES = [
  'America/New_York',
  'America/Chicago',
  'Europe/London',
  'Europe/Berlin',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Asia/Tokyo',
] as const;

/** Weeks that hold a DST change in one of the zones above, and two ordinary ones. */
export const WEEKS = [
  '2026-03-02',
  '2026-03-23',
  '2026-03-30',
  '2026-09-28',
  '2026-10-19',
  '2026-10-26',
  '2026-11-30',
  '2026-12-21',
];

const DAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const days = fc.uniqueArray(fc.constantFrom(...DAY_NAMES), { minLength: 1, maxLength: 7 });
/** A time of day between 07:30 and 21:00 on a 5-minute grid: awake for every generated sleep. */
const awake = (from = 450, to = 1260) => fc.integer({ min: from / 5, max: to / 5 }).map((x) => x * 5);
const span = (minLength: number, maxLength: number, earliest = 450) =>
  fc
    .tuple(awake(earliest, 1260 - minLength), fc.integer({ min: minLength / 5, max: maxLength / 5 }))
    .map(([start, len]) => ({ start: hhmm(start), end: hhmm(Math.min(1260, start + len * 5)) }));
const windowOf = fc
  .tuple(awake(420, 1200), fc.integer({ min: 6, max: 60 }))
  .map(([start, len]) => [hhmm(start), hhmm(Math.min(1380, start + len * 5))] as [string, string]);

const flexible = (withOwners: string[] | undefined) =>
  fc
    .record(
      {
        title: fc.constantFrom('Walk', 'Peer call', 'Dinner', 'Homework help', 'Meeting', 'Journal', 'Laundry', 'Gym'),
        minutes: fc.constantFrom(10, 15, 20, 30, 45, 60, 90),
        perWeek: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
        days,
        window: windowOf,
        priority: fc.constantFrom('high', 'normal', 'low'),
        commuteMinutes: fc.constantFrom(0, 0, 10, 20),
        owners: withOwners ? fc.shuffledSubarray(['me', ...withOwners], { minLength: 1 }) : fc.constant(undefined),
      },
      { requiredKeys: ['title', 'minutes', 'window'] },
    )
    .map(fitItem);

/** A window at least as long as the item and perWeek no more than its days: what validation asks. */
function fitItem<T extends { minutes: number; window: [string, string]; perWeek?: number; days?: string[] }>(
  item: T,
): T {
  const [h, m] = item.window[0].split(':').map(Number) as [number, number];
  const start = h * 60 + m;
  const [h2, m2] = item.window[1].split(':').map(Number) as [number, number];
  const end = Math.max(h2 * 60 + m2, Math.min(1440, start + item.minutes + 2 * 30));
  const perWeek = item.perWeek === undefined ? undefined : Math.min(item.perWeek, item.days?.length ?? 7);
  const fitted = { ...item, window: [item.window[0], hhmm(end)] as [string, string] };
  if (perWeek === undefined) delete fitted.perWeek;
  else fitted.perWeek = perWeek;
  return fitted;
}

/**
 * Valid profiles (DESIGN §2) for property tests: sleep 22:00–07:00 give or take, everything
 * fixed for `me` between 07:30 and 21:00, household members with busy times, duties several
 * people can cover, habits with windows that may be too tight.
 */
export const arbitraryProfile: fc.Arbitrary<ProfileInput> = fc
  .record({
    timezone: fc.constantFrom(...ZONES),
    weekStart: fc.constantFrom('monday', 'sunday'),
    bedtime: fc.integer({ min: 264, max: 287 }).map((x) => hhmm(x * 5)),
    wake: fc.integer({ min: 72, max: 88 }).map((x) => hhmm(x * 5)),
    transition: fc.constantFrom(0, 5, 15, 30),
    cap: fc.constantFrom(8, 10, 12, 14),
    members: fc.uniqueArray(fc.constantFrom('alex', 'sam', 'kim'), { maxLength: 2 }),
    // One shift and one session entry: overlapping entries of one kind are a profile error.
    shifts: fc.option(fc.array(fc.record({ days, s: span(240, 540) }), { minLength: 1, maxLength: 1 }), {
      nil: undefined,
    }),
    workFlexible: fc.boolean(),
    commute: fc.constantFrom(0, 15, 30),
    sessions: fc.array(fc.record({ days, s: span(60, 180, 540), mode: fc.constantFrom('in-person', 'virtual') }), {
      maxLength: 1,
    }),
    iopFlexible: fc.option(flexible(undefined), { nil: undefined }),
    startOffsetWeeks: fc.integer({ min: -3, max: 1 }),
  })
  .chain((base) =>
    fc
      .record({
        busy: fc.array(span(60, 480), { minLength: base.members.length, maxLength: base.members.length }),
        fixedDuties: fc.array(
          fc.record({ title: fc.constantFrom('Drop-off', 'Pick-up', 'Bath time'), days, s: span(15, 60) }),
          { maxLength: 2 },
        ),
        fixedOwners: fc.shuffledSubarray(['me', ...base.members], { minLength: 1 }),
        duties: fc.array(flexible(base.members), { maxLength: 3 }),
        habits: fc.array(flexible(undefined), { maxLength: 4 }),
        event: fc.option(fc.record({ dayOffset: fc.integer({ min: 0, max: 6 }), s: span(30, 120) }), {
          nil: undefined,
        }),
      })
      .map((more) => toProfile(base, more)),
  );

function toProfile(base: any, more: any): ProfileInput {
  const shifts = base.shifts?.map((s: any) => ({ days: s.days, start: s.s.start, end: s.s.end }));
  const profile: any = {
    version: 1,
    id: 'prop',
    timezone: base.timezone,
    weekStart: base.weekStart,
    me: { name: 'Sam' },
    sleep: { bedtime: base.bedtime, wake: base.wake },
    rules: { transitionMinutes: base.transition, maxCommittedHoursPerDay: base.cap },
    household: base.members.map((id: string, i: number) => ({
      id,
      name: id,
      busy: [{ days: 'weekdays', ...more.busy[i] }],
    })),
    iop: {
      startDate: ['2026-02-09', '2026-03-02', '2026-09-07', '2026-10-12', '2026-11-16'][
        Math.abs(base.startOffsetWeeks) % 5
      ],
      weeks: 12,
      mode: 'hybrid',
      commuteMinutes: base.commute,
      arriveEarlyMinutes: 10,
      sessions: base.sessions.map((s: any) => ({ days: s.days, start: s.s.start, end: s.s.end, mode: s.mode })),
      flexible: base.iopFlexible
        ? [{ ...iopItem(base.iopFlexible), title: 'Individual counselling', id: 'counselling' }]
        : [],
      closedDates: ['2026-03-04', '2026-10-28', '2026-12-24'],
    },
    duties: [
      ...more.fixedDuties.map((d: any, i: number) => ({
        id: `fixed-${i}`,
        title: d.title,
        days: d.days,
        start: d.s.start,
        end: d.s.end,
        owners: more.fixedOwners,
      })),
      ...more.duties.map((d: any, i: number) => ({ ...withoutPriority(d), id: `duty-${i}`, rotate: i % 2 === 0 })),
    ],
    habits: more.habits.map((h: any, i: number) => ({ ...withoutOwners(h), id: `habit-${i}` })),
    events: more.event
      ? [{ title: 'School play', date: addDaysIso('2026-11-30', more.event.dayOffset), ...more.event.s }]
      : [],
  };
  if (shifts) {
    profile.work = { shifts, commuteMinutes: base.commute, daysOff: ['2026-12-25'] };
    if (base.workFlexible)
      profile.work.flexible = { days: 'weekdays', earliest: '07:30', latest: '20:00', minBlockMinutes: 60 };
  }
  return profile as ProfileInput;
}

const iopItem = ({ owners: _o, priority: _p, commuteMinutes: _c, ...rest }: any) => rest;
const withoutOwners = ({ owners: _o, ...rest }: any) => rest;
const withoutPriority = ({ priority: _p, ...rest }: any) => rest;

function addDaysIso(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
