import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireOutputLock } from '../../../src/adapters/files/output-lock.js';

const freshEnv = () => {
  const data = join(mkdtempSync(join(tmpdir(), 'iop-lock-')), 'data');
  return { env: { IOP_PLAN_DATA_DIR: data }, lock: join(data, 'write.lock') };
};

/** The process id of a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid;

describe('acquireOutputLock', () => {
  it('is taken and released', async () => {
    const { env, lock } = freshEnv();
    const release = await acquireOutputLock(env);
    expect(existsSync(lock)).toBe(true);
    release();
    expect(existsSync(lock)).toBe(false);
  });

  it('takes over the lock of a run that was killed', async () => {
    const { env, lock } = freshEnv();
    mkdirSync(join(lock, '..'), { recursive: true });
    writeFileSync(lock, `${deadPid()} abc\n`);
    const started = Date.now();
    const release = await acquireOutputLock(env, { waitMs: 5000 });
    expect(Date.now() - started).toBeLessThan(1000);
    release();
  });

  it('waits for a live run, and gives up with a clear message', async () => {
    const { env } = freshEnv();
    const release = await acquireOutputLock(env);
    await expect(acquireOutputLock(env, { waitMs: 200 })).rejects.toThrow(/another iop-plan run .* is writing files/);
    const waiting = acquireOutputLock(env, { waitMs: 5000 });
    setTimeout(release, 100);
    (await waiting)();
  });
});
