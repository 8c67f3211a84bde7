import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Profile } from '../../src/domain/profile.js';
import type { ProfileInput } from '../../src/domain/profile-schema.js';
import { validateProfile } from '../../src/domain/validate-profile.js';
import { addDays } from '../../src/domain/week.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'profiles');

/**
 * A sample profile moved to `zone`, with its IOP program running from two weeks before `monday`
 * to two weeks after, so that the whole planned week is inside the program. `patch` replaces
 * top-level keys before validation (the real validation runs: no profile a user could not write).
 */
export function loadDstProfile(
  file: string,
  zone: string,
  monday: string,
  patch: (input: ProfileInput) => ProfileInput = (input) => input,
): Profile {
  const input = parse(readFileSync(join(FIXTURES, file), 'utf8')) as ProfileInput;
  input.timezone = zone;
  if (input.iop) input.iop = { ...input.iop, startDate: addDays(monday, -14), weeks: 5 };
  const result = validateProfile(patch(input));
  if (!result.ok) throw new Error(`${file} in ${zone}: ${result.problems.join('; ')}`);
  return result.profile;
}
