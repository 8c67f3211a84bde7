import { isAbsolute, join } from 'node:path';

type Env = Record<string, string | undefined>;

/**
 * Where plan and calendar files go by default: an `iop-plan` folder in the person's documents
 * folder (XDG_DOCUMENTS_DIR, from the environment or ~/.config/user-dirs.dirs; else ~/Documents),
 * never the current directory, which may be a shared or version-controlled folder.
 * `readText` returns a file's text or undefined (passed in so this stays testable).
 */
export function defaultOutputFolder(env: Env, home: string, readText: (file: string) => string | undefined): string {
  const fromEnv = env.XDG_DOCUMENTS_DIR;
  if (fromEnv && isAbsolute(fromEnv)) return join(fromEnv, 'iop-plan');
  const dirs = readText(join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'user-dirs.dirs'));
  const line = dirs?.match(/^XDG_DOCUMENTS_DIR="([^"]+)"/m)?.[1];
  const documents = line?.replace(/^\$HOME(?=\/|$)/, home);
  if (documents && isAbsolute(documents) && documents.replace(/\/+$/, '') !== home) return join(documents, 'iop-plan');
  return join(home, 'Documents', 'iop-plan');
}

/** `~/plans` → the home folder's `plans`; anything else as typed. */
export function expandHome(folder: string, home: string): string {
  return folder === '~' ? home : folder.startsWith('~/') ? join(home, folder.slice(2)) : folder;
}
