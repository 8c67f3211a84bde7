/** Words that must never reach an employer (DESIGN §5): they name treatment or the tool. */
export const FORBIDDEN_WORDS = [
  'therapy',
  'IOP',
  'treatment',
  'recovery',
  'counselling',
  'group',
  'meeting',
  'screening',
  'sponsor',
  'program',
  'clinic',
  'session',
  'AA',
  'NA',
  'SMART',
] as const;

const PATTERN = new RegExp(`(?<![\\p{L}\\p{N}])(${FORBIDDEN_WORDS.join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/** The first forbidden word in `text` as a whole word (any case), or undefined. */
export function findForbiddenWord(text: string): string | undefined {
  return PATTERN.exec(text)?.[1];
}
