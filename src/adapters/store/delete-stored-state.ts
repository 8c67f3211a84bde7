import { existsSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { UserError } from '../../errors.js';
import { configDir, dataDir } from '../files/paths.js';
import { listBackups } from './backups.js';
import { PROFILE_FILE_NAME } from './open-conf.js';

type Env = Record<string, string | undefined>;

/** True when removing `dir` would take the home folder (or the root) with it. */
function isTooBroad(dir: string, env: Env): boolean {
  const target = resolve(dir);
  const home = resolve(env.HOME ?? homedir());
  return target === dirname(target) || relative(target, home) === '' || !relative(target, home).startsWith('..');
}

/**
 * Removes the stored profile, its backups and the whole data folder (published plans, check-ins,
 * the record of written files). The config folder itself goes too when nothing else is in it.
 * Returns what was removed. Refuses a data folder that would include the home folder.
 */
export function deleteStoredState(env: Env): string[] {
  const config = configDir(env);
  const data = dataDir(env);
  if (isTooBroad(data, env))
    throw new UserError(`refusing to delete ${data}: it contains your home folder (check IOP_PLAN_DATA_DIR)`);
  const removed: string[] = [];
  for (const file of [join(config, PROFILE_FILE_NAME), ...listBackups(config)]) {
    if (existsSync(file)) {
      rmSync(file, { force: true });
      removed.push(file);
    }
  }
  if (existsSync(config) && readdirSync(config).length === 0) rmdirSync(config);
  if (existsSync(data)) {
    rmSync(data, { recursive: true, force: true });
    removed.push(data);
  }
  return removed;
}
