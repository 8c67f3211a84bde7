import { normalizeProfile, type Profile } from '../../../src/domain/profile.js';
import type { ProfileInput } from '../../../src/domain/profile-schema.js';
import { ZONE } from './make-block.js';

/** A normalized profile from a minimal valid input, with `overrides` merged at the top level. */
export function makeProfile(overrides: Partial<ProfileInput> = {}): Profile {
  return normalizeProfile({
    version: 1,
    timezone: ZONE,
    me: { name: 'Sam' },
    sleep: { bedtime: '22:30', wake: '06:30' },
    ...overrides,
  });
}
