import { configDir } from '../files/paths.js';

type Env = Record<string, string | undefined>;
type Doc = Record<string, unknown>;

/** A document that could not be parsed when conf opened the store. */
export class CorruptStoreError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'CorruptStoreError';
  }
}

export const PROFILE_FILE_NAME = 'profile.json';

/**
 * Opens the conf store that holds the profile document (`<config>/profile.json`, mode 0600).
 * conf is imported here only, and lazily: it costs ~100 ms at start-up. `tolerateCorrupt` is for
 * writing after a backup was made (import/restore); reading never tolerates it, and
 * `clearInvalidConfig` stays off so conf itself never resets a file.
 */
export async function openConf(env: Env, options: { tolerateCorrupt: boolean }) {
  const { default: Conf } = await import('conf');
  return new Conf<Doc>({
    projectName: 'iop-plan',
    cwd: configDir(env),
    configName: PROFILE_FILE_NAME.replace(/\.json$/, ''),
    configFileMode: 0o600,
    clearInvalidConfig: false,
    accessPropertiesByDotNotation: false,
    serialize: (value) => `${JSON.stringify(value, null, 2)}\n`,
    deserialize: (text) => {
      try {
        return JSON.parse(text.replace(/^\uFEFF/, '')) as Doc;
      } catch (error) {
        if (options.tolerateCorrupt) return {};
        throw new CorruptStoreError(error instanceof Error ? error.message : String(error));
      }
    },
  });
}
