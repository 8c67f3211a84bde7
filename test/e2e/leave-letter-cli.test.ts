import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './ensure-built.js';

const NOW = ['--now', '2026-11-16T12:00:00Z'];
let home: string;

function run(args: string[]) {
  const result = spawnSync(process.execPath, ['bin/iop-plan.js', ...args, ...NOW, '--no-color'], {
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      TZ: 'Pacific/Kiritimati',
      IOP_PLAN_CONFIG_DIR: join(home, 'config'),
      IOP_PLAN_DATA_DIR: join(home, 'data'),
      HOME: home,
    },
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  ensureBuilt();
  home = mkdtempSync(join(tmpdir(), 'iop-plan-leave-e2e-'));
});

describe('the built CLI: leave and letter', () => {
  it('letter: no letter needed when the program takes no work time (exit 0); --anyway drafts one', () => {
    const none = run(['letter', '--config', 'test/fixtures/profiles/evening-iop-parent.yaml']);
    expect(none.code).toBe(0);
    expect(none.stdout).toMatch(/^No letter needed/);
    expect(none.stderr).toContain('not legal advice');
    const anyway = run(['letter', '--anyway', '--config', 'test/fixtures/profiles/evening-iop-parent.yaml']);
    expect(anyway.code).toBe(0);
    expect(anyway.stdout).toContain('I do not expect to miss any work');
    expect(anyway.stdout).not.toContain('not legal advice');
  });

  it('leave --program: a 20 h/week part-timer is shown 240 h, with the eligibility conditions', () => {
    const { code, stdout } = run(['leave', '--program', '--config', 'test/fixtures/leave/part-time-20h.yaml']);
    expect(code).toBe(0);
    expect(stdout).toContain('= 240 h');
    expect(stdout).toContain('(29 CFR 825.110)');
    expect(stdout).toContain('not legal advice');
  });
});
