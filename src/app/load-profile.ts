import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { normalizeProfile, type Profile } from '../domain/profile.js';
import { profileSchema } from '../domain/profile-schema.js';
import type { Io } from './io.js';

// Placeholder loader: replaced by the full parser/validator.
export async function loadProfile(
  options: { config?: string; example?: string | boolean },
  _io: Io,
): Promise<{ profile: Profile; file: string }> {
  const file = options.config ?? 'templates/profiles/evening-iop-parent.yaml';
  const raw = parse(readFileSync(file, 'utf8'));
  return { profile: normalizeProfile(profileSchema.parse(raw)), file };
}
