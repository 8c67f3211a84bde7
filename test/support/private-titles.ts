import fc from 'fast-check';
import { FORBIDDEN_WORDS } from '../../src/domain/privacy/forbidden-words.js';

/** A forbidden word (DESIGN §5) standing as a whole word, in any case. */
export const FORBIDDEN_WORD = new RegExp(`(?<![\\p{L}\\p{N}])(${FORBIDDEN_WORDS.join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/** Titles people give treatment and recovery items: full of the forbidden words, in several scripts. */
export const TREATMENT_TITLES = [
  'Group therapy',
  'IOP check-in',
  'AA meeting',
  'NA',
  'SMART Recovery',
  'Sponsor call',
  'Clinic, screening; labs',
  'Treatment program session',
  'counselling\nfollow-up',
  'Counselling at the clinic',
  'Recovery walk 🚶‍♀️',
  '回復グループ',
  'Therapie & Beratung',
];

/**
 * User text for privacy properties: a canned treatment title, or random text of at least
 * `minLength` graphemes (long enough that finding it in a file is not a coincidence).
 */
export function userTitle(minLength: number, maxLength: number): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...TREATMENT_TITLES),
    fc
      .string({ unit: 'grapheme', minLength, maxLength })
      .map((s) => s.trim())
      .filter((s) => [...s].length >= minLength && [...s].every((c) => (c.codePointAt(0) ?? 0) >= 32)),
  );
}
