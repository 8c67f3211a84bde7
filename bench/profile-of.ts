import type { Profile } from '../src/domain/profile.js';
import { validateProfile } from '../src/domain/validate-profile.js';
import type { Instance } from './generate-instances.js';

/** The normalized profile of an instance, through the project's own validation. */
export function profileOf(instance: Instance): Profile {
  const result = validateProfile(instance.profile);
  if (!result.ok) throw new Error(`${instance.name}: invalid profile: ${result.problems.join('; ')}`);
  return result.profile;
}

/** True when the project's validation accepts the profile. */
export function isValidInstance(instance: Instance): boolean {
  return validateProfile(instance.profile).ok;
}
