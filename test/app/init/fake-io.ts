import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Io } from '../../../src/app/io.js';

/** An Io over temporary config, data and working folders, collecting what is printed. */
export function fakeIo(overrides: Partial<Io> = {}) {
  const root = mkdtempSync(join(tmpdir(), 'iop-init-'));
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    env: {
      IOP_PLAN_CONFIG_DIR: join(root, 'config'),
      IOP_PLAN_DATA_DIR: join(root, 'data'),
      HOME: root,
      NO_COLOR: '1',
    },
    cwd: root,
    stdoutIsTTY: false,
    stdinIsTTY: true,
    columns: 80,
    now: () => Date.now(),
    ...overrides,
  };
  return { io, root, out, err };
}
