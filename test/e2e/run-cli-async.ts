import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the built binary without waiting synchronously, so several can run at once (or be killed). */
export function startCli(
  args: string[],
  options: { cwd: string; env: Record<string, string> },
): { child: ChildProcess; done: Promise<RunResult> } {
  const child = spawn(process.execPath, [resolve('bin/iop-plan.js'), ...args], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '', TZ: 'UTC', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => {
    stdout += d;
  });
  child.stderr?.on('data', (d) => {
    stderr += d;
  });
  const done = new Promise<RunResult>((resolveDone) => {
    child.on('close', (code, signal) => resolveDone({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

export function runCliAsync(args: string[], options: { cwd: string; env: Record<string, string> }): Promise<RunResult> {
  return startCli(args, options).done;
}
