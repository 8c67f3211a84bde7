import { loadTracks } from '../../../src/app/init/load-tracks.js';
import { type Answers, ENTER } from './fake-prompter.js';

/** Every question a first run asks when the person presses Enter throughout. */
export const ENTER_THROUGH: Answers = Object.fromEntries(
  [
    'me.name',
    'timezone',
    'weekStart',
    'sleep.hours',
    'work.kind',
    'work.shifts.0.days',
    'work.shifts.0.hours',
    'work.shifts.0.more',
    'work.canMove',
    'work.commute',
    'work.fmla',
    'iop.track',
    'iop.program',
    'iop.startDate',
    'iop.weeks',
    'iop.mode',
    'iop.commute',
    'iop.arriveEarly',
    'iop.individual',
    'iop.individual.minutes',
    'iop.individual.perWeek',
    'iop.individual.window',
    'iop.family',
    'household.add.0',
    'duties.add.0',
    'habits.chosen',
    ...['peer-call', 'meeting', 'exercise', 'breathing'].flatMap((h) => [`habits.${h}.minutes`, `habits.${h}.perWeek`]),
    'habits.own.add.0',
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
