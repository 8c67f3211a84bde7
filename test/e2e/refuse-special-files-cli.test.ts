import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdtempSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './ensure-built.js';

/**
 * `--config` pointing at a FIFO, a device or a huge sparse file is refused at once by the real
 * program (every command that reads the profile), never read or waited on. The in-process test
 * (refuse-unsafe-profiles.test.ts) holds the reading itself to one second; here the limit also
 * covers starting Node on a shared machine.
 */
let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'iop-special-cli-'));
  execFileSync('mkfifo', [join(dir, 'fifo.yaml')]);
  const fd = openSync(join(dir, 'sparse.yaml'), 'w');
  ftruncateSync(fd, 1024 ** 3);
  closeSync(fd);
});

describe.each(['plan', 'today'])('iop-plan %s --config', (command) => {
  it.each([
    ['a FIFO', 'fifo.yaml', /not a regular file/],
    ['/dev/zero', '/dev/zero', /not a regular file/],
    ['/dev/urandom', '/dev/urandom', /not a regular file/],
    ['a 1 GiB sparse file', 'sparse.yaml', /larger than 1 MiB/],
  ])('%s is refused at once', (_name, file, message) => {
    const started = performance.now();
    const run = spawnSync(process.execPath, [resolve('bin/iop-plan.js'), command, '--config', file], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 10_000,
      env: { PATH: process.env.PATH ?? '', IOP_PLAN_CONFIG_DIR: join(dir, 'c'), IOP_PLAN_DATA_DIR: join(dir, 'd') },
    });
    const elapsed = performance.now() - started;
    expect(run.signal, 'the program hung and was killed').toBeNull();
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(elapsed).toBeLessThan(3000);
  });
});
