import { profileSchema } from './profile-schema.js';
import { capProblems, checkProfileRules, type ValidationResult } from './validation/check-profile-rules.js';
import { formatIssues, plainMessages } from './validation/format-issues.js';

export type { ValidationResult } from './validation/check-profile-rules.js';

/**
 * Checks a parsed profile document (DESIGN §2) and returns every problem at once as
 * `path: message` (`duties.1.start: "25:00" is not a time (HH:MM)`), or the normalized profile.
 * The schema comes first; the cross-field rules (references, ids, times, dates, sleep) run only
 * on a document the schema accepted, so their messages never pile onto a type error.
 */
export function validateProfile(raw: unknown): ValidationResult {
  const parsed = profileSchema.safeParse(raw, { reportInput: true, error: plainMessages });
  if (!parsed.success) return { ok: false, problems: capProblems(formatIssues(profileSchema, parsed.error.issues)) };
  return checkProfileRules(parsed.data);
}
