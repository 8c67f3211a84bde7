import { normalizeProfile, type Profile } from './profile.js';
import { type ProfileInput, profileSchema } from './profile-schema.js';
import { checkDates } from './validation/check-dates.js';
import { checkReferences } from './validation/check-references.js';
import { checkSearchLimits } from './validation/check-search-limits.js';
import { checkOwnClashes, checkSleepOverlap } from './validation/check-sleep-overlap.js';
import { checkTimes } from './validation/check-times.js';
import { formatIssues, plainMessages } from './validation/format-issues.js';

export type ValidationResult = { ok: true; profile: Profile; input: ProfileInput } | { ok: false; problems: string[] };

/** More lines than anyone reads; a hostile file can otherwise produce a hundred thousand. */
const MAX_PROBLEMS = 100;

/**
 * Checks a parsed profile document (DESIGN §2) and returns every problem at once as
 * `path: message` (`duties.1.start: "25:00" is not a time (HH:MM)`), or the normalized profile.
 * The schema comes first; the cross-field rules (references, ids, times, dates, sleep) run only
 * on a document the schema accepted, so their messages never pile onto a type error.
 */
export function validateProfile(raw: unknown): ValidationResult {
  const parsed = profileSchema.safeParse(raw, { reportInput: true, error: plainMessages });
  if (!parsed.success) return { ok: false, problems: capped(formatIssues(profileSchema, parsed.error.issues)) };
  const input = parsed.data;
  const shape = [...checkDates(input), ...checkTimes(input)];
  const problems = [...shape, ...checkReferences(input), ...checkSearchLimits(input)];
  // Overlap with sleep is only meaningful once every time and date reads correctly.
  if (shape.length === 0) problems.push(...checkSleepOverlap(input), ...checkOwnClashes(input));
  if (problems.length > 0) return { ok: false, problems: capped(problems) };
  return { ok: true, profile: normalizeProfile(input), input };
}

function capped(problems: string[]): string[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_PROBLEMS), `… and ${problems.length - MAX_PROBLEMS} more problems`];
}
