import { UserError } from '../../errors.js';

type Doc = Record<string, unknown>;

/** The profile format this version writes. */
export const PROFILE_VERSION = 1;

/**
 * Steps from one profile `version` to the next, keyed by the version they upgrade from. Format v1
 * is the first, so there are none yet; a v2 adds `1: (doc) => ({ ...doc, version: 2, … })`.
 * conf's own migrations are keyed by the app's semver and leave an `__internal__` key in the
 * document, so the profile's own version drives them here instead.
 */
export const MIGRATIONS: Record<number, (doc: Doc) => Doc> = {};

/** Upgrades a stored document to PROFILE_VERSION; anything that is not a versioned object is left for validation to report. */
export function migrateProfile(raw: unknown, file: string, migrations = MIGRATIONS, target = PROFILE_VERSION): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  let doc = raw as Doc;
  if (typeof doc.version !== 'number' || !Number.isInteger(doc.version)) return raw;
  if (doc.version > target) {
    throw new UserError(
      `${file}: profile version ${doc.version} was written by a newer iop-plan; update iop-plan (it was left as it is)`,
    );
  }
  while ((doc.version as number) < target) {
    const step = migrations[doc.version as number];
    if (!step) throw new UserError(`${file}: no upgrade from profile version ${doc.version}; it was left as it is`);
    doc = step(doc);
  }
  return doc;
}
