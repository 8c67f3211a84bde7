import { homedir } from 'node:os';
import { join } from 'node:path';

type Env = Record<string, string | undefined>;

/**
 * Where the profile lives (config) and where stored state lives (data: published plans,
 * check-ins, overrides, the record of files written). XDG on Linux; the IOP_PLAN_* variables
 * override both, which is how tests keep away from the real home folder.
 */
export function configDir(env: Env): string {
  return env.IOP_PLAN_CONFIG_DIR ?? join(env.XDG_CONFIG_HOME ?? join(env.HOME ?? homedir(), '.config'), 'iop-plan');
}

export function dataDir(env: Env): string {
  return env.IOP_PLAN_DATA_DIR ?? join(env.XDG_DATA_HOME ?? join(env.HOME ?? homedir(), '.local', 'share'), 'iop-plan');
}
