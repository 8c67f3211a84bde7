import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

export const SAMPLES = readdirSync('templates/profiles')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => join('templates/profiles', f));

/** The first day of a sample's program: a week in which every view has something to show. */
export function programStart(profilePath: string): string {
  return String(parse(readFileSync(profilePath, 'utf8')).iop.startDate);
}

/** Runs the built binary with a private config and data folder. */
export function runCli(args: string[], env: Record<string, string> = {}) {
  const home = mkdtempSync(join(tmpdir(), 'iop-cal-e2e-'));
  // Run from a scratch folder: without --out, files land in the current folder.
  const result = spawnSync(process.execPath, [resolve('bin/iop-plan.js'), ...args.map(absolutePath)], {
    cwd: home,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '',
      TZ: 'UTC',
      HOME: home,
      IOP_PLAN_CONFIG_DIR: join(home, 'config'),
      IOP_PLAN_DATA_DIR: join(home, 'data'),
      ...env,
    },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, cwd: home };
}

/** Profile paths given relative to the repository, made absolute for the scratch folder. */
function absolutePath(arg: string): string {
  return arg.startsWith('templates/') || arg.startsWith('test/') ? resolve(arg) : arg;
}

/** Writes every calendar view of a sample's week into a fresh folder; returns it and its .ics files. */
export function exportAllViews(
  profilePath: string,
  options: { now?: string | null; env?: Record<string, string>; extra?: string[] } = {},
) {
  const out = mkdtempSync(join(tmpdir(), 'iop-cal-out-'));
  const now = options.now === undefined ? '2026-11-26T12:00:00Z' : options.now;
  const args = ['plan', '--config', profilePath, '--week', programStart(profilePath), '--ics', '--view', 'all'];
  const result = runCli(
    [...args, '--out', out, '--quiet', ...(now === null ? [] : ['--now', now]), ...(options.extra ?? [])],
    options.env,
  );
  if (result.code !== 0) throw new Error(`iop-plan failed (${result.code}): ${result.stderr}`);
  const files = readdirSync(out)
    .filter((f) => f.endsWith('.ics'))
    .sort();
  return { out, files };
}
