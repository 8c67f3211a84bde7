import type { Io } from '../../src/app/io.js';

/** An Io that records what was printed; `env` points the data folder at `dataDir`. */
export function fakeIo(overrides: Partial<Io> & { dataDir?: string } = {}): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const { dataDir, ...rest } = overrides;
  return {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    env: {
      IOP_PLAN_DATA_DIR: dataDir ?? '/nonexistent/iop-plan-test-data',
      IOP_PLAN_CONFIG_DIR: '/nonexistent/iop-plan-test-config',
    },
    cwd: process.cwd(),
    stdoutIsTTY: false,
    stdinIsTTY: false,
    columns: undefined,
    now: () => Date.now(),
    ...rest,
    out,
    err,
  };
}
