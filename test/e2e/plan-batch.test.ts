import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The shipped examples (each is also run alone through `--example` below).
const FIXTURES = 'templates/profiles';
const FIXED = ['--week', '2026-11-30', '--now', '2026-11-26T12:00:00Z', '--format', 'md'];

describe('iop-plan plan --config FOLDER, built (worker threads)', () => {
  it('writes the plan of each of 120 profiles, the same as one `plan --config` each', () => {
    const home = mkdtempSync(join(tmpdir(), 'iop-batch-e2e-'));
    const env = { ...process.env, IOP_PLAN_CONFIG_DIR: join(home, 'config'), IOP_PLAN_DATA_DIR: join(home, 'data') };
    const examples = readdirSync(FIXTURES).filter((f) => f.endsWith('.yaml'));
    mkdirSync(join(home, 'profiles'));
    for (let i = 0; i < 120; i++) {
      const example = examples[i % examples.length] as string;
      copyFileSync(join(FIXTURES, example), join(home, 'profiles', `${String(i).padStart(3, '0')}-${example}`));
    }
    writeFileSync(join(home, 'profiles', 'zz-broken.yaml'), 'version: 1\n');
    const run = spawnSync(
      process.execPath,
      ['bin/iop-plan.js', 'plan', '--config', join(home, 'profiles'), '--out', join(home, 'plans'), ...FIXED],
      { env, encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/zz-broken\.yaml: /);
    expect(run.stderr).toContain('Planned 120 of 121 profiles.');
    const written = readdirSync(join(home, 'plans')).sort();
    expect(written).toHaveLength(120);
    expect(run.stdout.trim().split('\n')).toEqual(written.map((f) => join(home, 'plans', f)));
    for (const example of examples) {
      const single = execFileSync(
        process.execPath,
        ['bin/iop-plan.js', 'plan', '--example', example.replace('.yaml', ''), ...FIXED],
        {
          env,
          encoding: 'utf8',
        },
      );
      for (const file of written.filter((f) => f.includes(example.replace('.yaml', '')))) {
        expect(readFileSync(join(home, 'plans', file), 'utf8')).toBe(single);
      }
    }
  });
});
