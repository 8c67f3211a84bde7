import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { ProfileInput } from '../../domain/profile-schema.js';
import { ProfileError, UserError } from '../../errors.js';
import { configDir } from '../files/paths.js';
import { backupFile, listBackups } from './backups.js';
import { migrateProfile } from './migrate-profile.js';
import { openConf, PROFILE_FILE_NAME } from './open-conf.js';

type Env = Record<string, string | undefined>;

/** Where the stored profile lives (it may not exist yet). */
export function profileFile(env: Env): string {
  return join(configDir(env), PROFILE_FILE_NAME);
}

function isReadableJson(file: string): boolean {
  try {
    JSON.parse(readFileSync(file, 'utf8'));
    return true;
  } catch {
    return false;
  }
}

/**
 * How to get a working profile back, naming the newest backup when there is one. `profile edit`
 * is offered only for a file it can open (`readable`: valid JSON that failed validation).
 */
export function restoreHint(env: Env, readable = true): string {
  // A backup of a corrupt file (made before an import over it) is no way back: skip those.
  const newest = listBackups(configDir(env)).find(isReadableJson);
  return newest
    ? `restore it with \`iop-plan profile import ${newest}\` (the newest backup) or \`iop-plan profile import FILE\``
    : readable
      ? 'restore it with `iop-plan profile import FILE`, or fix it with `iop-plan profile edit`'
      : 'restore it with `iop-plan profile import FILE`';
}

/**
 * The stored profile as its raw document (upgraded to the current version) and the file it lives
 * in, or undefined when no profile has been stored yet. A corrupt store throws a UserError naming
 * the file and how to restore it; the file is left exactly as it is.
 *
 * Read directly, not through conf (which loads ajv and more: about as long as the rest of `plan`),
 * the way conf reads it: UTF-8, a BOM ignored, a JSON document whose own keys form the store.
 * conf stays the one writer (saveProfile), with its 0600 mode and atomic writes.
 */
export async function readStoredProfileRaw(env: Env): Promise<{ raw: unknown; file: string } | undefined> {
  const file = profileFile(env);
  const text = readSmallFile(file);
  if (text === undefined) return undefined;
  if (text === TOO_LARGE)
    throw new UserError(`${file} is over 1 MiB; it was left as it is; ${restoreHint(env, false)}`);
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserError(`${file} is not valid JSON (${reason}); it was left as it is; ${restoreHint(env, false)}`);
  }
  // As conf's store: the document's own enumerable keys (nothing for a number or null).
  return { raw: migrateProfile({ ...Object.assign(Object.create(null), doc) }, file), file };
}

const MAX_STORED_BYTES = 1024 * 1024;
const TOO_LARGE = Symbol('too large');

/** The file's text, undefined when there is none, TOO_LARGE over 1 MiB; read in one call of its exact size. */
function readSmallFile(file: string): string | typeof TOO_LARGE | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const { size } = fstatSync(fd);
    if (size > MAX_STORED_BYTES) return TOO_LARGE;
    const buffer = Buffer.allocUnsafe(size);
    let length = 0;
    while (length < size) {
      const read = readSync(fd, buffer, length, size - length, null);
      if (read === 0) break;
      length += read;
    }
    return buffer.toString('utf8', 0, length);
  } finally {
    closeSync(fd);
  }
}

/** The stored profile, validated; an invalid one throws a ProfileError whose last line says how to restore it. */
export async function readStoredProfile(env: Env): Promise<{ input: ProfileInput; file: string } | undefined> {
  const stored = await readStoredProfileRaw(env);
  if (!stored) return undefined;
  const { validateProfile } = await import('../../domain/validate-profile.js');
  const checked = validateProfile(stored.raw);
  if (!checked.ok)
    throw new ProfileError(stored.file, [...checked.problems, `it was left as it is; ${restoreHint(env)}`]);
  return { input: checked.input, file: stored.file };
}

/**
 * Validates `raw` and stores it, after copying the previous file (valid or not) to a timestamped
 * backup. Nothing is written when `raw` is invalid. Returns the file and the backup made, if any.
 */
export async function saveProfile(
  env: Env,
  raw: unknown,
  source = 'profile',
): Promise<{ file: string; backup: string | undefined }> {
  const file = profileFile(env);
  const { validateProfile } = await import('../../domain/validate-profile.js');
  const checked = validateProfile(migrateProfile(raw, source));
  if (!checked.ok) throw new ProfileError(source, checked.problems);
  mkdirSync(configDir(env), { recursive: true, mode: 0o700 });
  const backup = backupFile(file);
  const conf = await openConf(env, { tolerateCorrupt: true });
  conf.store = structuredClone(checked.input) as Record<string, unknown>;
  return { file, backup };
}
