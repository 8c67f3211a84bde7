/**
 * The tool's own words for treatment: a household view (family sheet without
 * `privacy.familyDetail`) says "appointments" instead (DESIGN §5 r2).
 */
export const TREATMENT_WORDS = ['therapy', 'IOP', 'treatment', 'recovery', 'counselling'] as const;

/** Words that must never reach an employer (DESIGN §5): they name treatment or the tool. */
export const FORBIDDEN_WORDS = [
  ...TREATMENT_WORDS,
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

const TREATMENT_PATTERN = new RegExp(`\\b(${TREATMENT_WORDS.join('|')})\\b`, 'gi');

/** `text` with each of the tool's words for treatment (whole words, any case) replaced by `replacement`. */
export function replaceTreatmentWords(text: string, replacement: string): string {
  return text.replace(TREATMENT_PATTERN, replacement);
}
