import { describe, expect, it } from 'vitest';
import { findForbiddenWord } from '../../../src/domain/calendar/forbidden-words.js';

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
