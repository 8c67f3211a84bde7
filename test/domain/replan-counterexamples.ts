import type { ProfileInput } from '../../src/domain/profile-schema.js';

/** A generated case for the re-planning property: profile, week, and the `--add` (day, start, length). */
export type ReplanCase = [ProfileInput, string, { day: number; start: number; length: number }];

/**
 * Cases the property found, kept so that they run first on every run.
 *
 * MOVED_WORK_NOT_OPTIMAL: shifts Mon and Sun 07:30–12:20, a school play Mon 08:45–10:05, and
 * `--add "Dentist 2026-12-06 08:10-10:45"` (Sunday). 320 displaced work minutes may move within
 * work.flexible (weekdays 07:30–20:00, blocks of at least 60). A fresh plan moves 315 (Mon
 * 14:45–20:00, 5 minutes left as leave); the re-plan pinned to the first plan moves all 320 (Mon
 * 15:50–19:50 and Tue 07:30–08:50), and is valid: the fresh plan is not at the optimum of tier 2.
 *
 * UNRELATED_BLOCK_MOVED: `--add "Dentist 2026-03-04 14:25-17:05"` (Wed). Wednesday's duty (14:25)
 * must move and the day's cap is reached, so only Wednesday is touched. Pinning every other block
 * keeps the optimum (habit-0 goes from Wed 13:55 to Fri 14:10–14:40; Fri's duty stays at 14:00),
 * but the re-plan keeps Wednesday's habit-0 pin too, cannot place Wednesday's duty beside it,
 * drops every pin and takes the unpinned optimum, which moves Friday's duty from 14:00 to 14:25.
 */
export const MOVED_WORK_NOT_OPTIMAL: ReplanCase = [
  {
    version: 1,
    id: 'prop',
    timezone: 'America/New_York',
    weekStart: 'monday',
    me: { name: 'Sam' },
    sleep: { bedtime: '22:00', wake: '06:00' },
    rules: { transitionMinutes: 0, maxCommittedHoursPerDay: 14 },
    household: [],
    iop: {
      startDate: '2026-02-09',
      weeks: 12,
      mode: 'hybrid',
      commuteMinutes: 15,
      arriveEarlyMinutes: 10,
      sessions: [],
      flexible: [],
      closedDates: ['2026-03-04', '2026-10-28', '2026-12-24'],
    },
    duties: [],
    habits: [
      { title: 'Walk', minutes: 10, window: ['11:35', '12:45'], id: 'habit-0' },
      { title: 'Walk', minutes: 10, window: ['14:10', '15:25'], commuteMinutes: 10, id: 'habit-1' },
    ],
    events: [{ title: 'School play', date: '2026-11-30', start: '08:45', end: '10:05' }],
    work: {
      shifts: [{ days: ['mon', 'sun'], start: '07:30', end: '12:20' }],
      commuteMinutes: 15,
      daysOff: ['2026-12-25'],
      flexible: { days: 'weekdays', earliest: '07:30', latest: '20:00', minBlockMinutes: 60 },
    },
  },
  '2026-11-30',
  { day: 6, start: 490, length: 155 },
];

export const UNRELATED_BLOCK_MOVED: ReplanCase = [
  {
    version: 1,
    id: 'prop',
    timezone: 'America/Chicago',
    weekStart: 'sunday',
    me: { name: 'Sam' },
    sleep: { bedtime: '22:45', wake: '07:00' },
    rules: { transitionMinutes: 0, maxCommittedHoursPerDay: 10 },
    household: [],
    iop: {
      startDate: '2026-10-12',
      weeks: 12,
      mode: 'hybrid',
      commuteMinutes: 30,
      arriveEarlyMinutes: 10,
      sessions: [{ days: ['sun', 'mon', 'wed', 'thu', 'sat', 'tue'], start: '09:35', end: '11:40', mode: 'in-person' }],
      flexible: [
        { title: 'Individual counselling', minutes: 60, perWeek: 4, window: ['19:45', '22:20'], id: 'counselling' },
      ],
      closedDates: ['2026-03-04', '2026-10-28', '2026-12-24'],
    },
    duties: [{ title: 'Walk', minutes: 10, window: ['14:00', '15:10'], id: 'duty-0', rotate: true }],
    habits: [
      {
        title: 'Walk',
        minutes: 30,
        perWeek: 2,
        days: ['wed', 'fri', 'mon'],
        window: ['11:00', '14:40'],
        id: 'habit-0',
      },
      { title: 'Walk', minutes: 20, window: ['07:00', '08:20'], id: 'habit-1' },
    ],
    events: [],
    work: {
      shifts: [{ days: ['wed', 'sat', 'thu', 'mon', 'tue', 'fri', 'sun'], start: '08:00', end: '13:25' }],
      commuteMinutes: 30,
      daysOff: ['2026-12-25'],
    },
  },
  '2026-03-02',
  { day: 3, start: 865, length: 160 },
];
