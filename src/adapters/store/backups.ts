import { chmodSync, constants, copyFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Backups older than the newest KEEP are removed: enough to undo a bad week of edits. */
const KEEP = 20;
const PATTERN = /^profile\.backup-\d{8}T\d{6}\.\d{3}Z\.json$/;

/** `profile.backup-20261126T184012.345Z.json`: sorts by time, readable, no characters a shell dislikes. */
function backupName(ms: number): string {
  const iso = new Date(ms).toISOString().replace(/[-:]/g, '');
  return `profile.backup-${iso}.json`;
}

/**
 * Copies `file` (whatever it holds, even corrupt JSON) to a timestamped backup beside it,
 * mode 0600, and returns the backup's path; undefined when there is nothing to back up.
 */
export function backupFile(file: string, nowMs: number = Date.now()): string | undefined {
  if (!existsSync(file)) return undefined;
  const folder = dirname(file);
  let ms = nowMs;
  while (existsSync(join(folder, backupName(ms)))) ms += 1;
  const target = join(folder, backupName(ms));
  copyFileSync(file, target, constants.COPYFILE_EXCL);
  chmodSync(target, 0o600);
  pruneBackups(folder);
  return target;
}

/** Backups in `folder`, newest first. */
export function listBackups(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => PATTERN.test(name))
    .sort()
    .reverse()
    .map((name) => join(folder, name));
}

function pruneBackups(folder: string): void {
  for (const old of listBackups(folder).slice(KEEP)) rmSync(old, { force: true });
}
