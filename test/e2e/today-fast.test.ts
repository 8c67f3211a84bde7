import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const NOW = '2026-11-30T20:00:00Z';

describe('iop-plan today, built', () => {
  const run = (env: NodeJS.ProcessEnv, ...args: string[]) =>
    execFileSync(process.execPath, ['bin/iop-plan.js', ...args], { env: { ...process.env, ...env }, encoding: 'utf8' });

  it('answers from the published week, and falls back to the full command line when it cannot', () => {
    const home = mkdtempSync(join(tmpdir(), 'iop-today-fast-'));
    const env = { IOP_PLAN_CONFIG_DIR: join(home, 'config'), IOP_PLAN_DATA_DIR: join(home, 'data'), NO_COLOR: '1' };
    run(env, 'profile', 'import', 'templates/profiles/evening-iop-parent.yaml');
    const fresh = run(env, 'today', '--now', NOW);
    run(env, 'plan', '--now', NOW, '--out', join(home, 'out'), '--quiet');
    expect(run(env, 'today', '--now', NOW)).toBe(fresh);

    const file = join(home, 'data', 'weeks', '2026-W49', 'today.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"supportNote":"', '"supportNote":"STORED '));
    expect(run(env, 'today', '--now', NOW)).toContain('STORED');
    expect(run(env, 'today', '--now', NOW, '--date', '2026-12-02')).toContain('STORED');
    // --quiet prints nothing, from the published week and from a fresh allocation alike.
    expect(run(env, 'today', '--now', NOW, '--quiet')).toBe('');
    expect(run(env, 'today', '--now', NOW, '--example', '-q')).toBe('');
    // Flags the fast path does not read go through commander, which still answers.
    expect(run(env, 'today', '--now', NOW, '--help')).toContain('--date <date>');
    expect(() => run(env, 'today', '--now', NOW, '--date', 'tomorrow')).toThrow(/--date: "tomorrow" is not a date/);
  });
});
