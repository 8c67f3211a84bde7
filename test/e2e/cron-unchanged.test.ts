import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './ensure-built.js';
import { runCliAsync } from './run-cli-async.js';

/** The README's cron line, word for word, with the folder and --now as the only additions. */
const readmeCron = () => {
  const line = readFileSync('README.md', 'utf8')
    .split('\n')
    .find((l) => l.includes('iop-plan plan --week next') && l.startsWith('0 18 * * 0'));
  if (!line) throw new Error('README has no cron line');
  return line
    .replace(/^.*?iop-plan plan /, '')
    .replace('"$HOME/plans"', 'PLANS')
    .split(/\s+/);
};

let home: string;
let env: Record<string, string>;
beforeAll(() => {
  ensureBuilt();
  home = mkdtempSync(join(tmpdir(), 'iop-cron-'));
  env = { HOME: home, IOP_PLAN_CONFIG_DIR: join(home, 'config'), IOP_PLAN_DATA_DIR: join(home, 'data') };
  execFileSync(
    process.execPath,
    [resolve('bin/iop-plan.js'), 'profile', 'import', resolve('test/fixtures/profiles/evening-iop-parent.yaml')],
    { env: { ...env, PATH: process.env.PATH ?? '' }, cwd: home, stdio: 'ignore' },
  );
});

const snapshot = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, { bytes: readFileSync(join(dir, f), 'utf8'), mtimeMs: statSync(join(dir, f)).mtimeMs }]),
  );

describe("the README's cron command run twice with no profile change", () => {
  it('leaves every file byte for byte and untouched, and says nothing changed', async () => {
    const plans = join(home, 'plans');
    const args = readmeCron().map((a) => (a === 'PLANS' ? plans : a));
    expect(args).toEqual(expect.arrayContaining(['--ics', '--view', 'all', '--quiet', '--strict']));
    // Sunday evening in Chicago, and an hour later: the same next week.
    const first = await runCliAsync(['plan', ...args, '--now', '2026-11-29T23:00:00Z'], { cwd: home, env });
    expect([0, 3]).toContain(first.code);
    const before = snapshot(plans);
    expect(Object.keys(before).filter((f) => f.endsWith('.ics')).length).toBeGreaterThan(1);

    await new Promise((r) => setTimeout(r, 50));
    const second = await runCliAsync(['plan', ...args, '--now', '2026-11-30T00:00:00Z'], { cwd: home, env });
    expect(second.code).toBe(first.code);
    expect(snapshot(plans)).toEqual(before);
    // --quiet: nothing on stdout; stderr holds at most --strict's list, the same as the first time.
    expect(second.stdout).toBe('');
    expect(second.stderr).toBe(first.stderr);

    // Without --quiet the same run says, file by file, that nothing changed.
    const loud = args.filter((a) => a !== '--quiet');
    const third = await runCliAsync(['plan', ...loud, '--now', '2026-11-30T01:00:00Z'], { cwd: home, env });
    expect(snapshot(plans)).toEqual(before);
    expect(third.stdout).toBe('');
    for (const file of Object.keys(before)) expect(third.stderr).toContain(`unchanged: ${join(plans, file)}`);
    expect(third.stderr).toContain('No changes since the plan published before.');
  }, 120_000);
});
