// Starts a throw-away Radicale (Debian's `radicale` package, run by /usr/bin/python3) on
// 127.0.0.1 with a free port, a temporary storage folder and htpasswd (plain) authentication.
// Used by the sync end-to-end tests and by `npm run bench`.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const RADICALE_PYTHON = '/usr/bin/python3';

/** True when Debian's Python can run Radicale. */
export function hasRadicale() {
  return existsSync(RADICALE_PYTHON) && spawnSync(RADICALE_PYTHON, ['-m', 'radicale', '--version']).status === 0;
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

async function waitForPort(port, child, log) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`radicale exited (${child.exitCode}): ${log()}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/.web/`, { method: 'GET' });
      await response.arrayBuffer();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`radicale did not answer on port ${port}: ${log()}`);
}

/**
 * Starts Radicale with one user. Returns its URL, the storage folder, the requests it logged
 * (method and path, in order) and `stop()`, which ends the process and removes the folder.
 */
export async function startRadicale({ username = 'sam', password = 'correct horse' } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'iop-radicale-'));
  const users = join(dir, 'users');
  writeFileSync(users, `${username}:${password}\n`);
  const port = await freePort();
  const logPath = join(dir, 'radicale.log');
  const logFd = openSync(logPath, 'a');
  const child = spawn(
    RADICALE_PYTHON,
    [
      '-m',
      'radicale',
      '--config',
      '',
      '--server-hosts',
      `127.0.0.1:${port}`,
      '--auth-type',
      'htpasswd',
      '--auth-htpasswd-filename',
      users,
      '--auth-htpasswd-encryption',
      'plain',
      '--auth-delay',
      '0',
      '--rights-type',
      'owner_only',
      '--storage-filesystem-folder',
      join(dir, 'collections'),
      '--logging-level',
      'info',
    ],
    // Into a file, not a pipe: a test that blocks on spawnSync would stop draining a pipe, and
    // Radicale would hang on a full one.
    { stdio: ['ignore', logFd, logFd] },
  );
  closeSync(logFd);
  const output = () => readFileSync(logPath, 'utf8');
  await waitForPort(port, child, output);
  return {
    url: `http://127.0.0.1:${port}/`,
    username,
    password,
    storage: join(dir, 'collections'),
    /** Requests logged since start, in order, as `METHOD path`. */
    requests: () => [...output().matchAll(/\b([A-Z]+) request for '([^']*)'/g)].map((m) => `${m[1]} ${m[2]}`),
    log: output,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
