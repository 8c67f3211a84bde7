import { loadTracks } from '../../../src/app/init/load-tracks.js';
import { type Answers, ENTER } from './fake-prompter.js';

/** Every question a first run asks when the person presses Enter throughout. */
export const ENTER_THROUGH: Answers = Object.fromEntries(
  [
    'me.name',
    'timezone',
    'weekStart',
    'work.kind',
    'work.shifts.0.days',
    'work.shifts.0.hours',
    'work.shifts.0.more',
    'work.canMove',
    'work.commute',
    'work.fmla',
    'calendars.roster',
    'sleep.byDay',
    'sleep.hours',
    'iop.track',
    'iop.program',
    'iop.startDate',
    'iop.weeks',
    'iop.mode',
    'iop.commute',
    'iop.arriveEarly',
    'iop.address',
    'iop.closed',
    'iop.individual',
    'iop.individual.minutes',
    'iop.individual.perWeek',
    'iop.individual.window',
    'iop.family',
    'household.add.0',
    'duties.add.0',
    'habits.chosen',
    ...['peer-call', 'exercise', 'breathing'].flatMap((h) =>
      ['minutes', 'perWeek', 'when', 'window', 'high'].map((q) => `habits.${h}.${q}`),
    ),
    ...['minutes', 'perWeek', 'when', 'slots', 'commute', 'address', 'high'].map((q) => `habits.meeting.${q}`),
    'habits.own.add.0',
    'rules.cap',
    'events.add.0',
  ].map((id) => [id, ENTER]),
);

export const testContext = () => ({
  today: '2026-11-26',
  systemZone: 'America/New_York',
  isNew: true,
  tracks: loadTracks(),
  newProfileId: () => 'test1234',
});

/** The Enter-through answers from question `id` on (a resumed run starts there). */
export const ENTER_THROUGH_FROM = (id: string): Answers => {
  const keys = Object.keys(ENTER_THROUGH);
  return Object.fromEntries(keys.slice(keys.indexOf(id)).map((k) => [k, ENTER]));
};
