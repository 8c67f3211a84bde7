import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Io } from '../../src/app/io.js';

/** A temporary working folder with its own config and data folders, and an Io pointing at them. */
export function makeSandbox(): { dir: string; io: Io; write: (name: string, content: string | Uint8Array) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'iop-plan-load-'));
  const io: Io = {
    stdout: () => {},
    stderr: () => {},
    env: { IOP_PLAN_CONFIG_DIR: join(dir, 'config'), IOP_PLAN_DATA_DIR: join(dir, 'data') },
    cwd: dir,
    stdoutIsTTY: false,
    stdinIsTTY: false,
    columns: undefined,
    now: () => Date.now(),
  };
  const write = (name: string, content: string | Uint8Array) => {
    writeFileSync(join(dir, name), content);
    return name;
  };
  return { dir, io, write };
}

/** The error a promise rejects with (fails the test when it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await promise;
  } catch (error) {
    return error as Error & Record<string, unknown>;
  }
  throw new Error('expected a rejection');
}

export const MINIMAL_YAML = [
  'version: 1',
  'timezone: America/New_York',
  'me: { name: Sam }',
  'sleep: { bedtime: "22:30", wake: "06:30" }',
  'iop:',
  '  startDate: 2026-11-30',
  '  sessions: [{ days: [mon, wed], start: "18:00", end: "21:00" }]',
  '',
].join('\n');
