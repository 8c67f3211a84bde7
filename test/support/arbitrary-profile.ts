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

/**
 * The shape of the person's days: `day` (sleep at night, everything between 07:30 and 21:00),
 * `night` (night shifts crossing midnight, with the sleep of each day matching them) and `chain`
 * (an on-site shift followed or preceded by an in-person session the same day, so that trips
 * chain, DESIGN §3 rule 5a).
 */
export type DayShape = 'day' | 'night' | 'chain';

const DAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const days = fc.uniqueArray(fc.constantFrom(...DAY_NAMES), { minLength: 1, maxLength: 7 });
/** A time of day on a 5-minute grid between `from` and `to`. */
const awake = (from = 450, to = 1260) => fc.integer({ min: from / 5, max: to / 5 }).map((x) => x * 5);
/** A span of `minLength`…`maxLength` minutes starting at or after `earliest` and ending by `latest`. */
const span = (minLength: number, maxLength: number, earliest = 450, latest = 1260) =>
  fc
    .tuple(awake(earliest, latest - minLength), fc.integer({ min: minLength / 5, max: maxLength / 5 }))
    .map(([start, len]) => ({ start: hhmm(start), end: hhmm(Math.min(latest, start + len * 5)) }));
const windowOf = fc
  .tuple(awake(420, 1200), fc.integer({ min: 6, max: 60 }))
  .map(([start, len]) => [hhmm(start), hhmm(Math.min(1380, start + len * 5))] as [string, string]);
/** (r2) Meeting times: one to three slots, each on some of the item's days or on all of them. */
const slotsOf = fc.array(fc.record({ pick: fc.option(days, { nil: undefined }), start: awake(420, 1260) }), {
  minLength: 1,
  maxLength: 3,
});

const flexible = (withOwners: string[] | undefined) =>
  fc
    .record(
      {
        title: fc.constantFrom('Walk', 'Peer call', 'Dinner', 'Homework help', 'Meeting', 'Journal', 'Laundry', 'Gym'),
        minutes: fc.constantFrom(10, 15, 20, 30, 45, 60, 90),
        perWeek: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
        days,
        window: windowOf,
        slots: fc.option(slotsOf, { nil: undefined, freq: 3 }),
        priority: fc.constantFrom('high', 'high', 'normal', 'low'),
        commuteMinutes: fc.constantFrom(0, 0, 10, 20),
        owners: withOwners ? fc.shuffledSubarray(['me', ...withOwners], { minLength: 1 }) : fc.constant(undefined),
      },
      { requiredKeys: ['title', 'minutes', 'window'] },
    )
    .map(fitItem);

/**
 * What validation asks of a flexible item: a window at least as long as the item, or (r2) slots on
 * the item's days that end by midnight; `perWeek` no more than the days it may take.
 */
function fitItem(item: any): any {
  const { slots, ...rest } = item;
  const own: string[] = item.days ?? [...DAY_NAMES];
  if (slots !== undefined) {
    const fitted = slots
      .map((s: any) => ({
        ...(s.pick && { days: s.pick.filter((d: string) => own.includes(d)) }),
        start: hhmm(Math.min(s.start, 1440 - item.minutes)),
      }))
      .filter((s: any) => s.days === undefined || s.days.length > 0);
    const offered = new Set(fitted.flatMap((s: any) => s.days ?? own));
    const open = own.filter((d) => offered.has(d));
    if (fitted.length > 0 && open.length > 0) {
      const { window: _w, ...withoutWindow } = rest;
      return withPerWeek({ ...withoutWindow, slots: fitted }, open.length);
    }
  }
  const [h, m] = item.window[0].split(':').map(Number) as [number, number];
  const start = h * 60 + m;
  const [h2, m2] = item.window[1].split(':').map(Number) as [number, number];
  const end = Math.max(h2 * 60 + m2, Math.min(1440, start + item.minutes + 2 * 30));
  return withPerWeek({ ...rest, window: [item.window[0], hhmm(end)] }, own.length);
}

function withPerWeek(item: any, dayCount: number): any {
  if (item.perWeek === undefined) {
    const { perWeek: _p, ...rest } = item;
    return rest;
  }
  return { ...item, perWeek: Math.min(item.perWeek, dayCount) };
}

/** Fixed shifts and sessions of each day shape, with the sleep that goes with them. */
const shapeParts = (shape: DayShape) => {
  if (shape === 'night')
    return fc.record({
      // A night shift crossing midnight: 19:00–21:00 to 05:30–07:30 the next morning.
      shifts: fc.array(
        fc.record({
          days,
          s: fc.tuple(awake(1140, 1260), awake(330, 450)).map(([a, b]) => ({ start: hhmm(a), end: hhmm(b) })),
        }),
        { minLength: 1, maxLength: 1 },
      ),
      sessions: fc.array(
        fc.record({ days, s: span(60, 150, 930, 1170), mode: fc.constantFrom('in-person', 'virtual') }),
        {
          maxLength: 1,
        },
      ),
      daySleepWake: awake(840, 930),
    });
  if (shape === 'chain')
    return fc.oneof(
      // Work, then the program in the evening: home time is short, so the trip chains.
      fc
        .record({
          shiftStart: awake(420, 540),
          shiftEnd: awake(930, 1050),
          gap: fc.integer({ min: 0, max: 24 }).map((x) => x * 5),
          length: fc.constantFrom(120, 150, 180),
          shiftDays: days,
          sessionDays: days,
        })
        .map((c) => ({
          shifts: [{ days: c.shiftDays, s: { start: hhmm(c.shiftStart), end: hhmm(c.shiftEnd) } }],
          sessions: [
            {
              days: c.sessionDays,
              s: {
                start: hhmm(c.shiftEnd + c.gap + 30),
                end: hhmm(Math.min(1290, c.shiftEnd + c.gap + 30 + c.length)),
              },
              mode: 'in-person',
            },
          ],
          daySleepWake: undefined,
        })),
      // The program in the morning, then work.
      fc
        .record({
          gap: fc.integer({ min: 0, max: 18 }).map((x) => x * 5),
          shiftLength: fc.constantFrom(300, 420, 480),
          shiftDays: days,
          sessionDays: days,
        })
        .map((c) => ({
          shifts: [
            {
              days: c.shiftDays,
              s: { start: hhmm(630 + c.gap + 15), end: hhmm(Math.min(1260, 645 + c.gap + c.shiftLength)) },
            },
          ],
          sessions: [{ days: c.sessionDays, s: { start: '08:30', end: '10:30' }, mode: 'in-person' }],
          daySleepWake: undefined,
        })),
    );
  return fc.record({
    // One shift and one session entry: overlapping entries of one kind are a profile error.
    shifts: fc.option(fc.array(fc.record({ days, s: span(240, 540) }), { minLength: 1, maxLength: 1 }), {
      nil: undefined,
    }),
    sessions: fc.array(fc.record({ days, s: span(60, 180, 540), mode: fc.constantFrom('in-person', 'virtual') }), {
      maxLength: 1,
    }),
    daySleepWake: fc.constant(undefined),
  });
};

/**
 * Valid profiles (DESIGN §2, revision 2) for property tests: day workers (sleep 22:00–07:00 give
 * or take, everything fixed for `me` between 07:30 and 21:00), night workers (shifts crossing
 * midnight, sleeping after them) and chained days (an on-site shift and an in-person session the
 * same day); household members with busy times, duties several people can cover, habits with
 * windows that may be too tight or with fixed slots, `high` habits on days past the cap.
 */
export const arbitraryProfile: fc.Arbitrary<ProfileInput> = fc
  .record({
    shape: fc.constantFrom<DayShape>('day', 'day', 'night', 'chain'),
    timezone: fc.constantFrom(...ZONES),
    weekStart: fc.constantFrom('monday', 'sunday'),
    bedtime: fc.integer({ min: 264, max: 287 }).map((x) => hhmm(x * 5)),
    wake: fc.integer({ min: 72, max: 88 }).map((x) => hhmm(x * 5)),
    transition: fc.constantFrom(0, 5, 15, 30),
    cap: fc.constantFrom(8, 10, 12, 14),
    minHome: fc.option(fc.constantFrom(30, 60, 90), { nil: undefined }),
    fromWork: fc.option(fc.constantFrom(10, 25, 40), { nil: undefined }),
    members: fc.uniqueArray(fc.constantFrom('alex', 'sam', 'kim'), { maxLength: 2 }),
    workFlexible: fc.boolean(),
    commute: fc.constantFrom(0, 15, 30),
    iopFlexible: fc.option(flexible(undefined), { nil: undefined }),
    startOffsetWeeks: fc.integer({ min: -3, max: 1 }),
  })
  .chain((base) =>
    fc
      .record({
        parts: shapeParts(base.shape),
        busy: fc.array(span(60, 480), { minLength: base.members.length, maxLength: base.members.length }),
        fixedDuties: fc.array(
          fc.record({
            title: fc.constantFrom('Drop-off', 'Pick-up', 'Bath time'),
            days,
            s: base.shape === 'night' ? span(15, 60, 930, 1140) : span(15, 60),
          }),
          { maxLength: 2 },
        ),
        fixedOwners: fc.shuffledSubarray(['me', ...base.members], { minLength: 1 }),
        duties: fc.array(flexible(base.members), { maxLength: 3 }),
        habits: fc.array(flexible(undefined), { maxLength: 4 }),
        // A night worker's morning walk after the shift (the trial's lost dog walk).
        walk: fc.boolean(),
        event: fc.option(
          fc.record({
            dayOffset: fc.integer({ min: 0, max: 6 }),
            s: base.shape === 'night' ? span(30, 120, 930, 1140) : span(30, 120),
          }),
          { nil: undefined },
        ),
      })
      .map((more) => toProfile(base, more)),
  );

function toProfile(base: any, more: any): ProfileInput {
  const parts = more.parts;
  const shifts = parts.shifts?.map((s: any) => ({ days: s.days, start: s.s.start, end: s.s.end }));
  const night = base.shape === 'night';
  const habits = more.habits.map((h: any, i: number) => ({ ...withoutOwners(h), id: `habit-${i}` }));
  if (night && more.walk)
    habits.push({ id: 'dog-walk', title: 'Dog walk', minutes: 20, window: ['07:00', '09:30'], priority: 'high' });
  const profile: any = {
    version: 1,
    id: 'prop',
    timezone: base.timezone,
    weekStart: base.weekStart,
    me: { name: 'Sam' },
    sleep: night
      ? nightSleep(shifts[0].days, base.bedtime, base.wake, parts.daySleepWake)
      : { bedtime: base.bedtime, wake: base.wake },
    rules: {
      transitionMinutes: base.transition,
      maxCommittedHoursPerDay: base.cap,
      ...(base.minHome !== undefined && { minHomeMinutes: base.minHome }),
    },
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
      ...(base.fromWork !== undefined && { fromWorkMinutes: base.fromWork }),
      arriveEarlyMinutes: 10,
      sessions: parts.sessions.map((s: any) => ({ days: s.days, start: s.s.start, end: s.s.end, mode: s.mode })),
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
    habits,
    events: more.event
      ? [{ title: 'School play', date: addDaysIso('2026-11-30', more.event.dayOffset), ...more.event.s }]
      : [],
  };
  if (shifts) {
    profile.work = { shifts, commuteMinutes: base.commute, daysOff: ['2026-12-25'] };
    if (base.workFlexible)
      profile.work.flexible = night
        ? { days: 'daily', earliest: '15:30', latest: '23:00', minBlockMinutes: 60 }
        : { days: 'weekdays', earliest: '07:30', latest: '20:00', minBlockMinutes: 60 };
  }
  return profile as ProfileInput;
}

/**
 * The sleep of a night worker: after a night shift, from 08:30 to `dayWake`; on a day that starts
 * no night shift, the usual night's sleep (a day may hold both); before a night shift, no night sleep.
 */
function nightSleep(shiftDays: string[], bedtime: string, wake: string, dayWake: number): object[] {
  const after = DAY_NAMES.filter((_, i) => shiftDays.includes(DAY_NAMES[(i + 6) % 7]!));
  const free = DAY_NAMES.filter((d) => !shiftDays.includes(d));
  return [
    ...(after.length > 0 ? [{ days: after, bedtime: '08:30', wake: hhmm(dayWake) }] : []),
    ...(free.length > 0 ? [{ days: free, bedtime, wake }] : []),
  ];
}

const iopItem = ({ owners: _o, priority: _p, commuteMinutes: _c, slots: _s, ...rest }: any) =>
  rest.window ? rest : { ...rest, window: ['09:00', '20:00'] };
const withoutOwners = ({ owners: _o, ...rest }: any) => rest;
const withoutPriority = ({ priority: _p, ...rest }: any) => rest;

function addDaysIso(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
