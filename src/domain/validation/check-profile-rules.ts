import { normalizeProfile, type Profile } from '../profile.js';
import type { ProfileInput } from '../profile-schema.js';
import { checkDates } from './check-dates.js';
import { checkReferences } from './check-references.js';
import { checkSearchLimits } from './check-search-limits.js';
import { checkOwnClashes, checkSleepOverlap } from './check-sleep-overlap.js';
import { checkTimes } from './check-times.js';

export type ValidationResult = { ok: true; profile: Profile; input: ProfileInput } | { ok: false; problems: string[] };

/** More lines than anyone reads; a hostile file can otherwise produce a hundred thousand. */
const MAX_PROBLEMS = 100;

/**
 * The cross-field rules (references, ids, times, dates, sleep) on a document the schema accepted,
 * and the normalized profile when they hold. Imports no zod: the start-up path that checked the
 * shape with the precompiled validator runs these without loading the schema library.
 */
export function checkProfileRules(input: ProfileInput): ValidationResult {
  const shape = [...checkDates(input), ...checkTimes(input)];
  const problems = [...shape, ...checkReferences(input), ...checkSearchLimits(input)];
  // Overlap with sleep is only meaningful once every time and date reads correctly.
  if (shape.length === 0) problems.push(...checkSleepOverlap(input), ...checkOwnClashes(input));
  if (problems.length > 0) return { ok: false, problems: capProblems(problems) };
  return { ok: true, profile: normalizeProfile(input), input };
}

export function capProblems(problems: string[]): string[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_PROBLEMS), `… and ${problems.length - MAX_PROBLEMS} more problems`];
}
