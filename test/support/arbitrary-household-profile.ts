// biome-ignore-all lint/suspicious/noExplicitAny: the generator assembles loosely shaped records that validateProfile then checks.
import fc from 'fast-check';
import type { ProfileInput } from '../../src/domain/profile-schema.js';
import { arbitraryProfile } from './arbitrary-profile.js';
import { userTitle } from './private-titles.js';

/** Titles the person writes for the household: neutral, so any forbidden word in a household file is the tool's. */
const HOUSEHOLD_TITLES = ['Noon meds', 'School run', 'Bath time', 'Feed the cat', 'Laundry'];

/**
 * Profiles for the calendar privacy and visibility properties: the general generator's week,
 * with treatment-like or random text in every place the person writes about IOP items and
 * habits, `privacy.familyDetail` off, and a fixed duty that nobody can often cover (its owners
 * work or are busy then), so that `no-cover` occurrences are common.
 */
export const arbitraryHouseholdProfile: fc.Arbitrary<ProfileInput> = fc
  .record({
    base: arbitraryProfile,
    program: userTitle(6, 20),
    sessionTitles: fc.array(userTitle(6, 20), { minLength: 1, maxLength: 2 }),
    habitTitles: fc.array(userTitle(6, 20), { minLength: 4, maxLength: 4 }),
    iopItemTitle: userTitle(6, 20),
    hardDuty: fc.record({
      title: fc.constantFrom(...HOUSEHOLD_TITLES),
      start: fc.constantFrom('09:30', '12:00', '14:00', '18:30'),
      minutes: fc.constantFrom(15, 30),
    }),
  })
  .map(({ base, program, sessionTitles, habitTitles, iopItemTitle, hardDuty }) => {
    const p: any = structuredClone(base);
    p.privacy = { familyDetail: false };
    p.iop.program = program;
    p.iop.sessions = p.iop.sessions.map((s: any, i: number) => ({
      ...s,
      title: sessionTitles[i % sessionTitles.length],
    }));
    p.iop.flexible = p.iop.flexible.map((f: any) => ({ ...f, title: iopItemTitle }));
    p.habits = p.habits.map((h: any, i: number) => ({ ...h, title: habitTitles[i % habitTitles.length] }));
    // A night worker sleeps from 08:30 into the afternoon after each shift, and sleep is kept
    // whole (a duty of theirs over it is a profile error): their own duty goes between the two.
    const ownDuty = p.household.length === 0;
    const start = ownDuty && Array.isArray(p.sleep) ? '16:00' : hardDuty.start;
    const [h, m] = start.split(':').map(Number) as [number, number];
    const end = h * 60 + m + hardDuty.minutes;
    const endText = `${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}`;
    p.duties = [
      ...p.duties,
      {
        id: 'hard-duty',
        title: hardDuty.title,
        days: 'weekdays',
        start,
        end: endText,
        owners: ownDuty ? ['me'] : p.household.map((m: any) => m.id),
      },
    ];
    return p as ProfileInput;
  });

/** Every text the person wrote for IOP items and habits (never in a household file without familyDetail). */
export function privateTexts(input: ProfileInput): string[] {
  const p: any = input;
  return [
    p.iop?.program,
    ...(p.iop?.sessions ?? []).map((s: any) => s.title),
    ...(p.iop?.flexible ?? []).map((f: any) => f.title),
    ...(p.habits ?? []).map((h: any) => h.title),
  ].filter((t: unknown): t is string => typeof t === 'string' && t.length > 0);
}
