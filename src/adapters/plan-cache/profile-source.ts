import { isAbsolute, join, resolve } from 'node:path';
import { configDir } from '../files/paths.js';
import { PROFILE_FILE_NAME } from '../store/open-conf.js';

/**
 * The file a stateful command reads its profile from: `--config FILE` (relative to the working
 * folder) or the stored profile. Mirrors src/app/load-profile.ts without loading anything.
 */
export function profileSourceFile(
  config: string | undefined,
  io: { cwd: string; env: Record<string, string | undefined> },
): string {
  if (config !== undefined) return isAbsolute(config) ? config : resolve(io.cwd, config);
  return join(configDir(io.env), PROFILE_FILE_NAME);
}
