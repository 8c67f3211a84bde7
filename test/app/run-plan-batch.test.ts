import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPlan } from '../../src/app/run-plan.js';
import { runPlanBatch } from '../../src/app/run-plan-batch.js';
import { UsageError } from '../../src/errors.js';
import { fakeIo } from './fake-io.js';

const FIXTURES = 'test/fixtures/profiles';
const BASE = { week: '2026-11-30', now: '2026-11-26T12:00:00Z', format: 'md', view: 'me', color: false } as const;

function clinic(files: Record<string, string>): { dir: string; io: ReturnType<typeof fakeIo> } {
  const dir = mkdtempSync(join(tmpdir(), 'iop-batch-'));
  mkdirSync(join(dir, 'profiles'));
  for (const [name, from] of Object.entries(files)) {
    if (from.startsWith('test/')) copyFileSync(from, join(dir, 'profiles', name));
    else writeFileSync(join(dir, 'profiles', name), from);
  }
  return { dir, io: fakeIo({ cwd: dir, dataDir: join(dir, 'data') }) };
}

describe('runPlanBatch', () => {
  it('writes one plan per profile of a folder, each what `plan --config` prints for it', async () => {
    const { dir, io } = clinic({
      'dana.yaml': `${FIXTURES}/evening-iop-parent.yaml`,
      'mira.yml': `${FIXTURES}/flexible-hours-freelancer.yaml`,
      'notes.txt': 'not a profile',
    });
    expect(await runPlanBatch(['profiles'], { ...BASE, out: 'plans' }, io)).toBe(0);
    expect(readdirSync(join(dir, 'plans')).sort()).toEqual(['dana-iop-plan-2026-W49.md', 'mira-iop-plan-2026-W49.md']);
    const single = fakeIo({ dataDir: join(dir, 'single-data') });
    await runPlan({ ...BASE, config: `${FIXTURES}/evening-iop-parent.yaml` }, single);
    expect(readFileSync(join(dir, 'plans', 'dana-iop-plan-2026-W49.md'), 'utf8')).toBe(single.out.join(''));
    expect(statSync(join(dir, 'plans', 'dana-iop-plan-2026-W49.md')).mode & 0o777).toBe(0o600);
    expect(io.out.join('')).toBe(
      ['dana', 'mira'].map((n) => `${join(dir, 'plans', `${n}-iop-plan-2026-W49.md`)}\n`).join(''),
    );
    expect(io.err.join('')).toBe('Planned 2 of 2 profiles.\n');
    // The stored state of one person is never read or written for a clinic's batch.
    expect(() => readdirSync(join(dir, 'data', 'weeks'))).toThrow();
  });

  it('plans the others when one profile is broken, reports it, and exits with its code', async () => {
    const { dir, io } = clinic({
      'a.yaml': `${FIXTURES}/virtual-iop-night-shift.yaml`,
      'b.yaml': 'version: 1\ntimezone: Mars/Olympus\n',
    });
    expect(
      await runPlanBatch(['profiles/a.yaml', 'profiles/b.yaml', 'profiles/c.yaml'], { ...BASE, out: 'o' }, io),
    ).toBe(1);
    expect(readdirSync(join(dir, 'o'))).toEqual(['a-iop-plan-2026-W49.md']);
    const err = io.err.join('');
    expect(err).toMatch(/^iop-plan: profiles\/b\.yaml: /m);
    expect(err).toContain('iop-plan: profiles/c.yaml: no such file\n');
    expect(err).toContain('Planned 1 of 3 profiles.\n');
  });

  it.each([
    [{}, '--config with several profiles or a folder needs --out DIR'],
    [{ out: 'o', ics: true }, '--ics is for one profile'],
    [{ out: 'o', clearOverrides: true }, '--clear-overrides is for one profile'],
    [{ out: 'o', add: ['Dentist 2026-12-02 14:00-15:00'] }, '--add, --skip and --closed are for one profile'],
    [{ out: 'o', week: 'someday' }, '--week'],
  ])('refuses %j before writing anything', async (options, message) => {
    const { dir, io } = clinic({ 'a.yaml': `${FIXTURES}/virtual-iop-night-shift.yaml` });
    const failure = runPlanBatch(['profiles'], { ...BASE, ...options }, io);
    await expect(failure).rejects.toThrow(UsageError);
    await expect(failure).rejects.toThrow(message);
    expect(() => readdirSync(join(dir, 'o'))).toThrow();
  });

  it('refuses two profiles that would write the same file, and a folder with no profile', async () => {
    const { dir, io } = clinic({ 'a.yaml': `${FIXTURES}/virtual-iop-night-shift.yaml` });
    mkdirSync(join(dir, 'more'));
    copyFileSync(`${FIXTURES}/virtual-iop-night-shift.yaml`, join(dir, 'more', 'a.json'));
    await expect(runPlanBatch(['profiles', 'more'], { ...BASE, out: 'o' }, io)).rejects.toThrow(
      '--config: profiles/a.yaml and more/a.json would write the same plan file; rename one',
    );
    mkdirSync(join(dir, 'empty'));
    await expect(runPlanBatch(['empty', 'profiles'], { ...BASE, out: 'o' }, io)).rejects.toThrow(
      '--config: empty holds no .yaml, .yml or .json profile',
    );
  });

  it('prints nothing with --quiet, and with --strict fails after writing when anything is unplaced', async () => {
    // In this week the evening parent's profile leaves one item unplaced; the night shift's none.
    const { dir, io } = clinic({
      'a.yaml': `${FIXTURES}/virtual-iop-night-shift.yaml`,
      'b.yaml': `${FIXTURES}/evening-iop-parent.yaml`,
    });
    const strict = { ...BASE, out: 'o', quiet: true, strict: true };
    await expect(runPlanBatch(['profiles'], strict, io)).rejects.toThrow('--strict: 1 item unplaced or uncovered');
    expect(readdirSync(join(dir, 'o'))).toHaveLength(2);
    expect(io.out).toEqual([]);
    expect(io.err).toEqual([]);
    expect(await runPlanBatch(['profiles/a.yaml'], strict, io)).toBe(0);
  });
});
