import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../../errors.js';
import { dataDir } from './paths.js';
import { readTextIfAny } from './read-text-if-any.js';

type Env = Record<string, string | undefined>;

/** How long a run waits for another one to finish writing before giving up. */
const WAIT_MS = 60_000;
/** No run writes for this long: a lock this old is left over whatever its process id says. */
const STALE_MS = 10 * 60_000;
const POLL_MS = 25;

/**
 * Takes the lock that serialises runs writing output files and stored state (the record of
 * written files, published plans, calendar records), so that two runs at once never leave a
 * stale record. A lock left by a run that died (its process is gone, or it is very old) is
 * taken over, so a killed run never blocks the next one. Returns the function that releases it.
 */
export async function acquireOutputLock(env: Env, options: { waitMs?: number } = {}): Promise<() => void> {
  const dir = dataDir(env);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const path = join(dir, 'write.lock');
  const token = `${process.pid} ${randomBytes(6).toString('hex')}\n`;
  const deadline = Date.now() + (options.waitMs ?? WAIT_MS);
  for (;;) {
    try {
      writeFileSync(path, token, { flag: 'wx', mode: 0o600 });
      return () => release(path, token);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw lockError(path, error);
    }
    const holder = readTextIfAny(path);
    if (holder !== undefined && isStale(path, holder)) takeOver(path, holder);
    else if (Date.now() > deadline)
      throw new UserError(
        `another iop-plan run (process ${holder?.split(' ')[0] ?? '?'}) is writing files; try again when it ends (or delete ${path} if no run is going)`,
      );
    else await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

function isStale(path: string, holder: string): boolean {
  const pid = Number(holder.split(' ')[0]);
  let ageMs = 0;
  try {
    ageMs = Date.now() - statSync(path).mtimeMs;
  } catch {
    return false;
  }
  // An empty or half-written lock: its writer died between creating and filling it.
  if (!Number.isInteger(pid) || pid <= 0) return ageMs > 1000;
  if (ageMs > STALE_MS) return true;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Moves a dead run's lock aside. If another run took it over first and already holds a fresh
 * lock, what was moved is that fresh lock: it is put back (link fails if a third run holds it).
 */
function takeOver(path: string, holder: string): void {
  const aside = `${path}.${randomBytes(6).toString('hex')}.stale`;
  try {
    renameSync(path, aside);
  } catch {
    return;
  }
  if (readTextIfAny(aside) !== holder) {
    try {
      linkSync(aside, path);
    } catch {
      // Someone else holds the lock now; the moved one belonged to a run that will find it gone.
    }
  }
  rmSync(aside, { force: true });
}

function release(path: string, token: string): void {
  if (readTextIfAny(path) === token) rmSync(path, { force: true });
}

function lockError(path: string, error: unknown): UserError {
  return new UserError(`cannot create ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
}
