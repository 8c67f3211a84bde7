import { describe, expect, it } from 'vitest';
import { computeBudget } from '../../src/domain/budget.js';
import type { TimedBlock, Unplaced } from '../../src/domain/plan-types.js';
import type { ProfileInput } from '../../src/domain/profile-schema.js';
import { collectWarnings, WARNING_CODES, type WarningInput } from '../../src/domain/warnings.js';
import { buildWeek, type Week } from '../../src/domain/week.js';
import { makeBlock, ZONE } from './warnings/make-block.js';
import { makeProfile } from './warnings/make-profile.js';

const WEEK = buildWeek(ZONE, 'monday', '2026-11-30');
const NOW = Date.parse('2026-11-26T18:00:00Z');
const IOP: NonNullable<ProfileInput['iop']> = { startDate: '2026-11-02', weeks: 12 };

interface Scenario {
  profile?: Partial<ProfileInput>;
  week?: Week;
  blocks?: TimedBlock[];
  unplaced?: Unplaced[];
  iopHours?: number;
  nowMs?: number;
}

/** IOP session blocks adding up to `hours`, one per day from Monday, at most 20 h a day. */
function sessionBlocks(hours: number): TimedBlock[] {
  const blocks: TimedBlock[] = [];
  let left = Math.round(hours * 60);
  for (const day of WEEK.days) {
    if (left <= 0) break;
    const minutes = Math.min(left, 20 * 60);
    const end = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    blocks.push(
      makeBlock({ category: 'iop', source: `iop.sessions.${blocks.length}`, date: day.date, start: '00:00', end }),
    );
    left -= minutes;
  }
  return blocks;
}

/** Runs collectWarnings on a scenario; `iopHours` adds IOP session blocks adding up to that many hours. */
function warn(s: Scenario = {}) {
  const week = s.week ?? WEEK;
  const blocks = [...(s.blocks ?? []), ...(s.iopHours === undefined ? [] : sessionBlocks(s.iopHours))];
  const input: WarningInput = {
    profile: makeProfile(s.profile),
    week,
    blocks,
    unplaced: s.unplaced ?? [],
    budget: computeBudget(blocks, week, []),
    nowMs: s.nowMs ?? NOW,
  };
  return collectWarnings(input);
}

const rank = (code: string) => (WARNING_CODES as readonly string[]).indexOf(code);

function codes(s: Scenario, code: string) {
  return warn(s).filter((w) => w.code === code);
}

/** A day with a normal night's sleep after it, so only the rule under test can fire. */
function restfulWeek(): TimedBlock[] {
  return WEEK.days.map((d) =>
    makeBlock({ category: 'sleep', source: 'sleep', date: d.date, start: '22:30', end: '06:30' }),
  );
}

function unplaced(over: Partial<Unplaced>): Unplaced {
  return {
    source: 'dropoff',
    title: 'School drop-off',
    owner: null,
    date: '2026-12-01',
    minutes: 30,
    code: 'no-cover',
    reason: 'Nobody free',
    ...over,
  };
}

describe('collectWarnings', () => {
  it('gives no warnings for a calm week', () => {
    expect(warn({ blocks: restfulWeek() })).toEqual([]);
  });

  describe('iop-hours-low / iop-hours-high', () => {
    it.each([
      {
        label: 'below the minimum',
        iop: IOP,
        hours: 7.5,
        code: 'iop-hours-low',
        text: /7\.5 h .*9–19 h.*ASAM level 2\.1/,
      },
      {
        label: 'above the maximum',
        iop: IOP,
        hours: 21,
        code: 'iop-hours-high',
        text: /21 h .*partial-hospitalisation/,
      },
      {
        label: 'above a custom maximum',
        iop: { ...IOP, hoursTarget: { min: 6, max: 12 } },
        hours: 15,
        code: 'iop-hours-high',
        text: /15 h .*6–12 h\. Check/,
      },
      {
        label: 'below a custom minimum',
        iop: { ...IOP, hoursTarget: { min: 6, max: 12 } },
        hours: 5.25,
        code: 'iop-hours-low',
        text: /5\.25 h/,
      },
    ])('warns when IOP time is $label', ({ iop, hours, code, text }) => {
      const found = codes({ profile: { iop }, iopHours: hours }, code);
      expect(found).toHaveLength(1);
      expect(found[0]?.message).toMatch(text);
    });

    it.each([
      { label: 'on target', iop: IOP, hours: 9.5 },
      { label: 'exactly at the minimum', iop: IOP, hours: 9 },
      { label: 'exactly at the maximum', iop: IOP, hours: 19 },
      { label: 'the program starting mid-week', iop: { ...IOP, startDate: '2026-12-02' }, hours: 3 },
      { label: 'the program ending mid-week', iop: { ...IOP, startDate: '2026-09-18', weeks: 11 }, hours: 3 },
      { label: 'a closure in the week', iop: { ...IOP, closedDates: ['2026-12-03'] }, hours: 6 },
      { label: 'the week before the program', iop: { ...IOP, startDate: '2026-12-07' }, hours: 0 },
      { label: 'no iop section', iop: undefined, hours: 0 },
    ])('is quiet when $label', ({ iop, hours }) => {
      const found = warn({ profile: iop ? { iop } : {}, iopHours: hours });
      expect(found.filter((w) => w.code.startsWith('iop-hours'))).toEqual([]);
    });

    it.each([
      ['with a role', { role: 'arrive-early' as const }],
      ['without a role, running straight into its session', {}],
    ])('counts session hours without arrive-early minutes (%s)', (_, early) => {
      // 8.5 h of sessions and 30 min early: 9 h in the budget, 8.5 h of care.
      const blocks = [
        makeBlock({
          category: 'iop',
          source: 'iop.sessions.0',
          date: '2026-11-30',
          start: '09:30',
          end: '10:00',
          ...early,
        }),
        makeBlock({ category: 'iop', source: 'iop.sessions.0', date: '2026-11-30', start: '10:00', end: '13:00' }),
        makeBlock({ category: 'iop', source: 'iop.sessions.0', date: '2026-12-02', start: '10:00', end: '13:00' }),
        makeBlock({ category: 'iop', source: 'iop.sessions.0', date: '2026-12-04', start: '10:00', end: '12:30' }),
      ];
      expect(computeBudget(blocks, WEEK, []).week.iop).toBe(540);
      const found = codes({ profile: { iop: IOP }, blocks }, 'iop-hours-low');
      expect(found[0]?.message).toMatch(/^This week has 8\.5 h of IOP time/);
    });

    it('reads the hours from the IOP blocks of the week', () => {
      const sessions = ['2026-11-30', '2026-12-02'].map((date) =>
        makeBlock({ category: 'iop', date, start: '18:00', end: '21:00' }),
      );
      expect(codes({ profile: { iop: IOP }, blocks: sessions }, 'iop-hours-low')[0]?.message).toMatch(/ 6 h of IOP/);
    });
  });

  describe('sleep-short', () => {
    const tuesday = makeBlock({ date: '2026-12-01', start: '00:00' }).startMs;
    const wednesday = makeBlock({ date: '2026-12-02', start: '00:00' }).startMs;

    it.each([
      { label: 'a 6-hour night', start: '23:30', end: '05:30', hours: '6 h' },
      { label: 'a 6 h 45 min night', start: '23:45', end: '06:30', hours: '6 h 45 min' },
      { label: 'a 6-hour sleep after a night shift', start: '08:00', end: '14:00', hours: '6 h' },
    ])('warns on $label, naming the day it begins', ({ start, end, hours }) => {
      const blocks = [...restfulWeek().filter((b) => b.startMs < tuesday || b.startMs >= wednesday)];
      blocks.push(makeBlock({ category: 'sleep', date: '2026-12-01', start, end }));
      const found = codes({ blocks }, 'sleep-short');
      expect(found.map((w) => w.message)).toEqual([
        expect.stringMatching(new RegExp(`^Tue 1 Dec: only ${hours} of sleep`)),
      ]);
    });

    it.each([
      {
        label: 'exactly 7 hours',
        blocks: [makeBlock({ category: 'sleep', date: '2026-12-01', start: '23:30', end: '06:30' })],
      },
      {
        label: 'a short night plus a nap that start the same day',
        blocks: [
          makeBlock({ category: 'sleep', date: '2026-12-01', start: '14:00', end: '15:30' }),
          makeBlock({ category: 'sleep', date: '2026-12-01', start: '23:30', end: '05:00' }),
        ],
      },
      {
        label: 'a night cut into two blocks at midnight',
        blocks: [
          makeBlock({ category: 'sleep', date: '2026-12-01', start: '22:30', end: '24:00' }),
          makeBlock({ category: 'sleep', date: '2026-12-02', start: '00:00', end: '06:30' }),
        ],
      },
      {
        label: 'the night before the week is short',
        blocks: [makeBlock({ category: 'sleep', date: '2026-11-29', start: '02:00', end: '06:30' })],
      },
      {
        label: 'only a household member sleeps short',
        blocks: [makeBlock({ category: 'sleep', owner: 'alex', date: '2026-12-01', start: '02:00', end: '06:00' })],
      },
      { label: 'a day has no sleep starting on it', blocks: [] },
    ])('is quiet when $label', ({ blocks }) => {
      expect(codes({ blocks }, 'sleep-short')).toEqual([]);
    });

    it('counts the last night whole even though it ends after the week', () => {
      const blocks = [makeBlock({ category: 'sleep', date: '2026-12-06', start: '01:00', end: '06:30' })];
      expect(codes({ blocks }, 'sleep-short')[0]?.message).toMatch(/^Sun 6 Dec: only 5 h 30 min/);
    });
  });

  describe('day-overcommitted', () => {
    const shift = (date: string, start: string, end: string, fixed = true) =>
      makeBlock({ category: 'work', date, start, end, fixed });

    it.each([
      {
        label: 'a 13-hour fixed day',
        blocks: [shift('2026-12-02', '07:00', '20:00')],
        text: /^Wed 2 Dec: .*13 h, .*12 h/,
      },
      {
        label: 'a shift and a session passing the cap together',
        blocks: [
          shift('2026-12-02', '06:00', '15:00'),
          makeBlock({ category: 'iop', date: '2026-12-02', start: '15:00', end: '18:30' }),
        ],
        text: /12 h 30 min/,
      },
      {
        label: 'a custom cap of 8 h',
        profile: { rules: { maxCommittedHoursPerDay: 8 } },
        blocks: [shift('2026-12-02', '09:00', '17:30')],
        text: /8 h 30 min, more than your daily limit of 8 h/,
      },
      {
        label: 'a day shift plus the evening part of a night shift',
        blocks: [shift('2026-12-01', '10:00', '16:00'), shift('2026-12-01', '17:00', '06:30')],
        text: /^Tue 1 Dec: fixed commitments alone take 13 h,/,
      },
    ])('warns on $label', ({ blocks, text, profile }) => {
      const found = codes({ blocks, profile }, 'day-overcommitted');
      expect(found).toHaveLength(1);
      expect(found[0]?.message).toMatch(text);
    });

    it.each([
      { label: 'exactly at the cap', blocks: [shift('2026-12-02', '07:00', '19:00')] },
      {
        label: 'flexible time makes the excess',
        blocks: [shift('2026-12-02', '08:00', '18:00'), shift('2026-12-02', '18:00', '21:00', false)],
      },
      {
        label: 'sleep is long',
        blocks: [makeBlock({ category: 'sleep', date: '2026-12-02', start: '08:00', end: '22:00' })],
      },
      {
        label: 'a household member is busy all day',
        blocks: [makeBlock({ category: 'busy', owner: 'alex', date: '2026-12-02', start: '06:00', end: '23:00' })],
      },
    ])('is quiet when $label', ({ blocks }) => {
      expect(codes({ blocks }, 'day-overcommitted')).toEqual([]);
    });
  });

  describe('free-time-low', () => {
    // Sleep 22:30–06:30 leaves Thursday 16 h; a long work day from 06:30 leaves the rest free.
    it.each([
      {
        label: 'half an hour free',
        workEnd: '22:00',
        profile: {},
        text: /^Thu 3 Dec: only 30 min of free time, less than the 1 h/,
      },
      {
        label: 'less than a custom minimum',
        workEnd: '21:00',
        profile: { rules: { minFreeMinutesPerDay: 120 } },
        text: /only 1 h 30 min .*the 2 h you/,
      },
    ])('warns with $label', ({ workEnd, profile, text }) => {
      const blocks = [
        ...restfulWeek(),
        makeBlock({ category: 'work', date: '2026-12-03', start: '06:30', end: workEnd, fixed: false }),
      ];
      const found = codes({ blocks, profile }, 'free-time-low');
      expect(found.map((w) => w.message)).toEqual([expect.stringMatching(text)]);
    });

    it.each([
      { label: 'exactly the minimum is free', minFree: 30 },
      { label: 'the minimum is zero', minFree: 0 },
    ])('is quiet when $label', ({ minFree }) => {
      const blocks = [
        ...restfulWeek(),
        makeBlock({ category: 'work', date: '2026-12-03', start: '06:30', end: '22:00', fixed: false }),
      ];
      // 22:00–22:30 is the only free time on Thursday.
      expect(codes({ blocks, profile: { rules: { minFreeMinutesPerDay: minFree } } }, 'free-time-low')).toEqual([]);
    });
  });

  describe('uncovered-duty and conflict', () => {
    it.each([
      {
        entry: unplaced({}),
        code: 'uncovered-duty',
        text: /^Nobody is free to do "School drop-off" on Tue 1 Dec\. Ask someone/,
      },
      { entry: unplaced({ date: null }), code: 'uncovered-duty', text: /"School drop-off" this week/ },
      {
        entry: unplaced({
          code: 'conflict',
          title: 'School play',
          date: '2026-12-03',
          reason: 'It overlaps Group therapy (18:00–21:00).',
        }),
        code: 'conflict',
        text: /^"School play" on Thu 3 Dec is not in your plan: It overlaps Group therapy \(18:00–21:00\)\. Decide/,
      },
      {
        entry: unplaced({
          code: 'conflict',
          title: 'School play',
          reason: 'TypeError: x is undefined\n    at place (/src/a.ts:1:1)',
        }),
        code: 'conflict',
        text: /is not in your plan because it clashes with something that comes first\./,
      },
    ])('$code: $text', ({ entry, code, text }) => {
      const found = codes({ unplaced: [entry] }, code);
      expect(found).toHaveLength(1);
      expect(found[0]?.message).toMatch(text);
      expect(found[0]?.message).not.toMatch(/\n|\bat \S+ \(/);
    });

    it.each(['closed', 'cap', 'no-room'] as const)('says nothing about %s entries', (code) => {
      expect(warn({ unplaced: [unplaced({ code })] })).toEqual([]);
    });

    it('gives one warning per entry', () => {
      const entries = [
        unplaced({ date: '2026-12-01' }),
        unplaced({ date: '2026-12-02' }),
        unplaced({ code: 'conflict' }),
      ];
      expect(warn({ unplaced: entries }).map((w) => w.code)).toEqual(['conflict', 'uncovered-duty', 'uncovered-duty']);
    });
  });

  describe('leave-notice', () => {
    const shifts = [{ days: 'weekdays' as const, start: '09:00', end: '17:00' }];
    const work = { shifts, leave: { fmla: true, eligible: 'yes' as const } };
    /** An afternoon session on a work day: the program takes work time. */
    const sessions = [{ days: ['tue' as const], start: '13:00', end: '16:00' }];
    it.each([
      { label: '4 days ahead', startDate: '2026-11-30', nowMs: NOW, text: /starts in 4 days \(Mon 30 Nov\)/ },
      { label: 'tomorrow', startDate: '2026-11-27', nowMs: NOW, text: /starts in 1 day \(Fri 27 Nov\)/ },
      { label: '29 days ahead', startDate: '2026-12-25', nowMs: NOW, text: /in 29 days/ },
      // 23:30 in New York on 26 Nov is already 27 Nov in UTC: days count in the profile's zone.
      {
        label: 'late evening local time',
        startDate: '2026-11-30',
        nowMs: Date.parse('2026-11-27T04:30:00Z'),
        text: /in 4 days/,
      },
    ])('warns when the program starts $label', ({ startDate, nowMs, text }) => {
      const found = codes({ profile: { work, iop: { startDate, sessions } }, nowMs }, 'leave-notice');
      expect(found).toHaveLength(1);
      expect(found[0]?.message).toMatch(text);
      expect(found[0]?.message).toContain("FMLA asks for 30 days' notice");
    });

    it('names FMLA only when the person is eligible', () => {
      const found = codes(
        { profile: { work: { shifts }, iop: { startDate: '2026-11-30', sessions } } },
        'leave-notice',
      );
      expect(found[0]?.message).toMatch(/takes some of your work hours\. Employers usually want notice/);
      expect(found[0]?.message).not.toContain('FMLA');
    });

    it.each([
      ['an evening program after the shift', { days: ['tue' as const], start: '18:30', end: '21:00' }],
      ['sessions on days without work', { days: ['sat' as const], start: '10:00', end: '13:00' }],
    ])('is quiet when the program displaces no work: %s', (_, session) => {
      const profile = { work, iop: { startDate: '2026-11-30', sessions: [session] } };
      expect(codes({ profile }, 'leave-notice')).toEqual([]);
    });

    it('an event in work hours is not treatment: no notice for it', () => {
      const profile = {
        work,
        iop: { startDate: '2026-11-30', sessions: [{ days: ['tue' as const], start: '18:30', end: '21:00' }] },
        events: [{ title: 'Court date', date: '2026-12-01', start: '10:00', end: '12:00' }],
      };
      expect(codes({ profile }, 'leave-notice')).toEqual([]);
    });

    it('a flexible-hours week that loses hours to the program gets the notice', () => {
      const profile = {
        work: {
          flexible: {
            days: 'weekdays' as const,
            earliest: '09:00',
            latest: '17:00',
            minBlockMinutes: 60,
            weeklyHours: 38,
          },
        },
        iop: {
          startDate: '2026-11-30',
          sessions: [{ days: ['mon' as const, 'wed' as const], start: '12:00', end: '15:00' }],
        },
      };
      expect(codes({ profile }, 'leave-notice')).toHaveLength(1);
    });

    it.each([
      { label: 'the program starts today', profile: { work, iop: { startDate: '2026-11-26', sessions } } },
      { label: 'the program has started', profile: { work, iop: { startDate: '2026-11-02', sessions } } },
      { label: 'the start is 30 days away', profile: { work, iop: { startDate: '2026-12-26', sessions } } },
      { label: 'there is no work section', profile: { iop: { startDate: '2026-11-30', sessions } } },
      { label: 'there is no iop section', profile: { work } },
    ])('is quiet when $label', ({ profile }) => {
      expect(codes({ profile }, 'leave-notice')).toEqual([]);
    });
  });

  describe('ordering and wording', () => {
    it('sorts by code, then day, whatever order the inputs come in', () => {
      const blocks = [
        makeBlock({ category: 'sleep', date: '2026-12-04', start: '01:00', end: '06:00' }),
        makeBlock({ category: 'sleep', date: '2026-12-01', start: '01:00', end: '06:00' }),
        makeBlock({ category: 'work', date: '2026-12-02', start: '07:00', end: '20:30' }),
      ];
      const entries = [
        unplaced({ date: '2026-12-05' }),
        unplaced({ code: 'conflict', title: 'Play' }),
        unplaced({ date: '2026-12-01' }),
      ];
      const scenario = {
        profile: {
          work: { shifts: [{ days: 'weekdays' as const, start: '09:00', end: '17:00' }] },
          iop: { startDate: '2026-11-30', sessions: [{ days: ['tue' as const], start: '13:00', end: '16:00' }] },
        },
        blocks,
        unplaced: entries,
        iopHours: 0,
      };
      const forward = warn(scenario);
      const backward = warn({ ...scenario, blocks: [...blocks].reverse(), unplaced: [...entries].reverse() });
      expect(backward).toEqual(forward);
      const order = forward.map((w) => w.code);
      expect(order).toEqual([...order].sort((a, b) => rank(a) - rank(b)));
      expect(order.slice(0, 6)).toEqual([
        'leave-notice',
        'conflict',
        'uncovered-duty',
        'uncovered-duty',
        'iop-hours-low',
        'sleep-short',
      ]);
      expect(forward.filter((w) => w.code === 'sleep-short').map((w) => w.message.slice(0, 9))).toEqual([
        'Tue 1 Dec',
        'Fri 4 Dec',
      ]);
    });

    it('writes each warning as plain sentences without technical words', () => {
      const scenario = {
        profile: {
          work: { shifts: [{ days: 'weekdays' as const, start: '09:00', end: '17:00' }] },
          iop: { startDate: '2026-11-30', sessions: [{ days: ['tue' as const], start: '13:00', end: '16:00' }] },
        },
        blocks: [
          makeBlock({ category: 'sleep', date: '2026-12-01', start: '01:00', end: '06:00' }),
          makeBlock({ category: 'work', date: '2026-12-02', start: '00:00', end: '23:30' }),
        ],
        unplaced: [unplaced({}), unplaced({ code: 'conflict' })],
        iopHours: 25,
      };
      const found = warn(scenario);
      expect(new Set(found.map((w) => w.code))).toEqual(new Set(WARNING_CODES.filter((c) => c !== 'iop-hours-low')));
      for (const w of found) {
        expect(w.message).toMatch(/^[A-Z"].*\.$/);
        expect(w.message).not.toMatch(/undefined|NaN|null|\[object|minutes:|\bms\b|\n/);
      }
    });
  });
});
