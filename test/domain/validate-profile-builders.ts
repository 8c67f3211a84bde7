import { validateProfile } from '../../src/domain/validate-profile.js';

// biome-ignore lint/suspicious/noExplicitAny: tests mutate arbitrary parts of a raw document.
export type RawProfile = Record<string, any>;

/** A small valid profile touching every section, as a person would write it. */
export function makeRawProfile(): RawProfile {
  return {
    version: 1,
    timezone: 'America/New_York',
    me: { name: 'Sam' },
    sleep: { bedtime: '22:30', wake: '06:30' },
    household: [{ id: 'alex', name: 'Alex', busy: [{ days: 'weekdays', start: '08:00', end: '17:30' }] }],
    work: { shifts: [{ days: 'weekdays', start: '09:00', end: '17:00' }] },
    iop: {
      startDate: '2026-11-30',
      sessions: [{ days: ['mon', 'wed'], start: '18:00', end: '21:00' }],
      flexible: [
        { title: 'Individual counselling', minutes: 60, perWeek: 1, days: ['tue', 'fri'], window: ['17:30', '20:30'] },
      ],
    },
    duties: [
      {
        id: 'dropoff',
        title: 'School drop-off',
        days: 'weekdays',
        start: '07:45',
        end: '08:15',
        owners: ['me', 'alex'],
      },
      { title: 'Dinner', minutes: 60, window: ['17:00', '19:30'], owners: ['me', 'alex'] },
    ],
    habits: [{ title: 'Peer support call', minutes: 15, perWeek: 7, window: ['07:00', '21:00'] }],
    events: [{ title: 'School play', date: '2026-12-03', start: '18:30', end: '20:00' }],
  };
}

/** The base profile changed by `mutate`. */
export function changed(mutate: (p: RawProfile) => void): RawProfile {
  const profile = makeRawProfile();
  mutate(profile);
  return profile;
}

/** The problems of a profile, or [] when it is valid. */
export function problemsOf(raw: unknown): string[] {
  const result = validateProfile(raw);
  return result.ok ? [] : result.problems;
}
