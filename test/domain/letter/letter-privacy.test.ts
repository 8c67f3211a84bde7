import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderLetter } from '../../../src/app/run-letter.js';
import { buildPlan } from '../../../src/domain/build-plan.js';
import { buildLetterViewModel } from '../../../src/domain/letter/letter-view-model.js';
import { normalizeProfile } from '../../../src/domain/profile.js';
import { profileSchema } from '../../../src/domain/profile-schema.js';
import { formatTime } from '../../../src/domain/time-of-day.js';
import { FORBIDDEN_WORD, userTitle } from '../../support/private-titles.js';

const WORD = FORBIDDEN_WORD;
const title = userTitle(1, 30);

const scenario = fc.record({
  zone: fc.constantFrom('America/New_York', 'America/Chicago', 'Europe/London', 'Australia/Lord_Howe'),
  startDate: fc.constantFrom('2026-03-02', '2026-10-26', '2026-11-30'),
  weeks: fc.integer({ min: 1, max: 2 }),
  program: title,
  sessionTitle: title,
  flexTitle: title,
  habitTitle: title,
  eventTitle: title,
  sessionStart: fc.integer({ min: 8, max: 17 }),
  shiftStart: fc.integer({ min: 6, max: 10 }),
  flexibleWork: fc.boolean(),
  fmla: fc.boolean(),
  eligible: fc.constantFrom<'yes' | 'no' | 'unsure'>('yes', 'no', 'unsure'),
  incrementMinutes: fc.constantFrom(1, 15, 30, 60),
});
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function profileOf(
  s: Scenario,
  titles: (s: Scenario) => Pick<Scenario, 'program' | 'sessionTitle' | 'flexTitle' | 'habitTitle'>,
) {
  const t = titles(s);
  return normalizeProfile(
    profileSchema.parse({
      version: 1,
      id: 'letter',
      timezone: s.zone,
      me: { name: 'Sam' },
      sleep: { bedtime: '23:00', wake: '06:00' },
      work: {
        shifts: [{ days: 'weekdays', start: formatTime(s.shiftStart * 60), end: formatTime((s.shiftStart + 8) * 60) }],
        ...(s.flexibleWork && {
          flexible: { days: 'weekdays', earliest: '06:00', latest: '21:00', minBlockMinutes: 30 },
        }),
        commuteMinutes: 20,
        leave: { fmla: s.fmla, eligible: s.eligible, incrementMinutes: s.incrementMinutes },
      },
      iop: {
        program: t.program,
        startDate: s.startDate,
        weeks: s.weeks,
        commuteMinutes: 15,
        arriveEarlyMinutes: 10,
        sessions: [
          {
            days: ['mon', 'wed'],
            start: formatTime(s.sessionStart * 60),
            end: formatTime((s.sessionStart + 3) * 60),
            title: t.sessionTitle,
          },
        ],
        flexible: [
          { id: 'flex', title: t.flexTitle, minutes: 60, perWeek: 1, days: ['tue', 'thu'], window: ['09:00', '17:00'] },
        ],
      },
      habits: [{ id: 'habit', title: t.habitTitle, minutes: 30, perWeek: 2, window: ['10:00', '15:00'] }],
      events: [{ id: 'event', title: s.eventTitle, date: s.startDate, start: '11:00', end: '12:00' }],
    }),
  );
}

function letterOf(s: Scenario, titles: Parameters<typeof profileOf>[1], format: 'md' | 'html') {
  const profile = profileOf(s, titles);
  const plans = Array.from({ length: s.weeks }, (_, i) => {
    const [y, m, d] = s.startDate.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d + 7 * i)).toISOString().slice(0, 10);
    return buildPlan(profile, date, Date.parse('2026-01-01T00:00:00Z'));
  });
  return renderLetter(buildLetterViewModel(profile, plans), format);
}

const asWritten = (s: Scenario) => s;
const neutral = () => ({ program: 'P', sessionTitle: 'S', flexTitle: 'F', habitTitle: 'H' });

describe('the employer letter never names care', () => {
  it('contains no forbidden word and nothing of what the person wrote for IOP items or habits, whatever the eligibility', () => {
    let asking = 0;
    const requests = new Set<string>();
    fc.assert(
      fc.property(scenario, fc.constantFrom<'md' | 'html'>('md', 'html'), (s, format) => {
        const letter = letterOf(s, asWritten, format);
        if (letter.includes('I am writing to ask for')) asking++;
        if (letter.includes('intermittent leave under the Family and Medical Leave Act')) requests.add('eligible');
        if (letter.includes('Could you let me know whether I am eligible')) requests.add('unsure');
        if (letter.includes('temporary adjustment to my work schedule')) requests.add('not-eligible');
        // FMLA is named only for a person who is eligible or unsure, and never outside the US unless eligible.
        if (s.eligible === 'no' || (s.eligible === 'unsure' && !s.zone.startsWith('America/'))) {
          expect(letter).not.toContain('FMLA');
        }
        expect(WORD.exec(letter)).toBeNull();
        // The titles do not reach the letter at all: the same week with neutral titles gives the same letter.
        expect(letter).toBe(letterOf(s, neutral, format));
      }),
      { numRuns: 60 },
    );
    // The property means something only if many letters list times away during work, in each wording.
    expect(asking).toBeGreaterThan(10);
    expect([...requests].sort()).toEqual(['eligible', 'not-eligible', 'unsure']);
  });

  it('refuses to render a letter whose text would name care (a last line of defence)', () => {
    const profile = profileOf({ ...fc.sample(scenario, { numRuns: 1, seed: 1 })[0]!, weeks: 1 }, neutral);
    const vm = { ...buildLetterViewModel(profile, []), name: 'Sam from group' };
    expect(() => renderLetter(vm, 'md')).toThrow('the letter would contain "group"');
  });

  it('puts a placeholder in place of a name that would hint at care', () => {
    const profile = { ...profileOf(fc.sample(scenario, { numRuns: 1, seed: 2 })[0]!, neutral), name: 'Sam (AA)' };
    expect(buildLetterViewModel(profile, []).name).toBe('[Your name]');
  });
});
