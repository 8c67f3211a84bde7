import { describe, expect, it } from 'vitest';
import {
  FORBIDDEN_WORDS,
  findForbiddenWord,
  replaceTreatmentWords,
  TREATMENT_WORDS,
} from '../../../src/domain/privacy/forbidden-words.js';

describe('findForbiddenWord', () => {
  it.each([
    'Group therapy',
    'IOP',
    'iop',
    'AA meeting',
    'na',
    'Smart Recovery',
    'Clinic visit',
    'a session',
    'PROGRAM',
  ])('finds a forbidden word in %j', (text) => {
    expect(findForbiddenWord(text)).toBeDefined();
  });

  it.each(['Out of office', 'out-of-office-2026-W49.ics', 'Banana', 'Naomi', 'Aaron', 'groups', 'programme-free', ''])(
    'accepts %j (whole words only)',
    (text) => {
      expect(findForbiddenWord(text)).toBeUndefined();
    },
  );
});

describe('replaceTreatmentWords', () => {
  it.each([
    ['Your IOP hours are low', 'Your appointments hours are low'],
    ['Group therapy and Counselling', 'Group appointments and appointments'],
    ['treatment, recovery.', 'appointments, appointments.'],
    ['Therapist at the iops', 'Therapist at the iops'],
    ['School run', 'School run'],
  ])('%j reads %j', (text, expected) => {
    expect(replaceTreatmentWords(text, 'appointments')).toBe(expected);
  });

  it('names only words the employer view forbids too', () => {
    for (const word of TREATMENT_WORDS) expect(FORBIDDEN_WORDS).toContain(word);
  });
});
