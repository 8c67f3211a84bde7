import type { z } from 'zod';
import { normalizeProfile, type Profile } from '../../src/domain/profile.js';
import { profileSchema } from '../../src/domain/profile-schema.js';

/** The fields a test may override: any top-level key of the profile as a person writes it. */
export type ProfileOverrides = Partial<z.input<typeof profileSchema>>;

/**
 * A normalized profile from a partial profile input: America/New_York, sleep 23:00–07:00,
 * version 1 and `me.name` unless overridden (top-level keys replace the defaults whole).
 * Runs the real schema, so a test cannot build a profile a user could not write.
 */
export function makeProfile(overrides: ProfileOverrides = {}): Profile {
  const input = profileSchema.parse({
    version: 1,
    timezone: 'America/New_York',
    me: { name: 'Sam' },
    sleep: { bedtime: '23:00', wake: '07:00' },
    ...overrides,
  });
  return normalizeProfile(input);
}
