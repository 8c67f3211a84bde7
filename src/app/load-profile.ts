import { dirname, isAbsolute, resolve } from 'node:path';
import { exampleProfilePath, listExampleProfiles } from '../adapters/files/read-templates.js';
import { readStoredProfileRaw } from '../adapters/store/profile-store.js';
import type { Profile } from '../domain/profile.js';
import type { ProfileInput } from '../domain/profile-schema.js';
import { checkProfileRules, type ValidationResult } from '../domain/validation/check-profile-rules.js';
import { precompiledShapeCheck } from '../domain/validation/precompiled-shape-check.js';
import { EXIT, ProfileError, UsageError, UserError } from '../errors.js';
import type { Io } from './io.js';

export const DEFAULT_EXAMPLE = 'evening-iop-parent';

export interface LoadedProfile {
  profile: Profile;
  /** The profile as written, for commands that show or edit it. */
  input: ProfileInput;
  /** Where it came from, as named in messages. */
  file: string;
}

/**
 * The profile a command works on: `--config FILE` (relative to the working folder), a shipped
 * example (`--example [NAME]`), or else the stored one. Invalid profiles throw a ProfileError
 * listing every problem; nothing is ever repaired or rewritten here.
 */
export async function loadProfile(
  options: { config?: string | undefined; example?: string | boolean | undefined },
  io: Io,
): Promise<LoadedProfile> {
  const { config, example } = options;
  // Flag logic, but here for every command that reads a profile: with `plan`, a `--config` that
  // names a folder is a batch, which reports `--example` its own way (src/app/run-plan-batch.ts).
  if (config !== undefined && example !== undefined && example !== false) {
    throw new UsageError('--config and --example cannot be used together');
  }
  if (config !== undefined) {
    const path = isAbsolute(config) ? config : resolve(io.cwd, config);
    const { readProfileFile } = await import('../adapters/files/read-profile-file.js');
    return await validated(await readProfileFile(path, config), config, dirname(path));
  }
  if (example !== undefined && example !== false) {
    const file = await exampleFile(example === true || example === '' ? DEFAULT_EXAMPLE : example);
    // Imported here: the stored profile is JSON, and the YAML parser costs start-up time.
    const { readProfileFile } = await import('../adapters/files/read-profile-file.js');
    return await validated(await readProfileFile(file), file, dirname(file));
  }
  const stored = await readStoredProfileRaw(io.env);
  if (!stored) throw new UserError('no profile yet: run `iop-plan init`, or pass --config FILE or --example');
  const loaded = await validated(stored.raw, stored.file, dirname(stored.file));
  // State kept by revision 1 for every profile belongs to the stored one (r2 §6).
  const { adoptLegacyState } = await import('../adapters/week-state/adopt-legacy-state.js');
  adoptLegacyState(io.env, loaded.profile.id);
  return loaded;
}

/**
 * Validates, then reads the profile's `calendars` files (paths relative to `dir`, the profile
 * file's folder). Also each profile of `plan --config FOLDER` (run-plan-batch.ts).
 */
export async function validated(raw: unknown, file: string, dir: string): Promise<LoadedProfile> {
  const result = await validateQuickly(raw);
  if (!result.ok) throw new ProfileError(file, result.problems);
  const profile = result.profile;
  if (profile.calendars.length > 0) {
    const { readCalendars } = await import('../adapters/calendar-import/read-calendars.js');
    profile.calendarReader = await readCalendars(profile, dir);
  }
  return { profile, input: result.input, file };
}

/**
 * validateProfile's answer, without loading zod when the precompiled shape check (built from the
 * same schema) accepts the document: then only the cross-field rules remain. Anything it does not
 * accept goes to zod, which says what is wrong.
 */
export async function validateQuickly(raw: unknown): Promise<ValidationResult> {
  if (precompiledShapeCheck?.(raw)) return checkProfileRules(raw as ProfileInput);
  const { validateProfile } = await import('../domain/validate-profile.js');
  return validateProfile(raw);
}

/** Names of the shipped example profiles (file names without `.yaml`), sorted. */
export function listExamples(): Promise<string[]> {
  return listExampleProfiles();
}

async function exampleFile(requested: string): Promise<string> {
  const names = await listExamples();
  const name = requested.replace(/\.ya?ml$/, '');
  if (names.includes(name)) return exampleProfilePath(name);
  const list = names.join(', ');
  // `--example list` is how the help text tells people to see the names.
  if (name === 'list') throw new UserError(`examples: ${list} (use --example NAME)`, EXIT.ok);
  throw new UsageError(`--example: unknown example ${JSON.stringify(requested)}; choose one of: ${list}`);
}
