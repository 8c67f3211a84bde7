import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PlanOptions } from '../../src/app/planned-week.js';
import { runPlan } from '../../src/app/run-plan.js';
import { fakeIo } from './fake-io.js';

const EXAMPLE = join(process.cwd(), 'templates', 'profiles', 'evening-iop-parent.yaml');

let root: string;
const data = () => join(root, 'data');
const overridesFile = () => join(data(), 'profiles', 'profile', 'weeks', '2026-W49', 'overrides.json');
const io = () => fakeIo({ dataDir: data(), cwd: root });
const options = (extra: Partial<PlanOptions>): PlanOptions => ({
  config: EXAMPLE,
  week: '2026-12-01',
  now: '2026-11-29T10:00:00Z',
  format: 'md',
  view: 'me',
  color: false,
  add: ['Dentist 2026-12-02 14:00-15:00'],
  ...extra,
});

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'iop-plan-fail-'));
});

describe('runPlan writes nothing when it fails', () => {
  // Flag combinations are refused at the command boundary (test/commands), before runPlan.
  it('keeps no --add when the template cannot be read', async () => {
    const template = join(root, 'missing.md');
    await expect(runPlan(options({ template }), io())).rejects.toThrow(/--template/);
    expect(existsSync(overridesFile())).toBe(false);
  });

  it('keeps no --add when --out cannot be written', async () => {
    writeFileSync(join(root, 'a-file'), 'x');
    await expect(runPlan(options({ out: 'a-file/plans' }), io())).rejects.toThrow(/--out/);
    expect(existsSync(overridesFile())).toBe(false);
  });

  it('writes neither the plan nor its state when a calendar file is not its own', async () => {
    mkdirSync(join(root, 'out'));
    writeFileSync(join(root, 'out', 'iop-plan-2026-W49-me.ics'), 'mine');
    await expect(runPlan(options({ out: 'out', ics: true }), io())).rejects.toThrow(/--force/);
    expect(readdirSync(join(root, 'out'))).toEqual(['iop-plan-2026-W49-me.ics']);
    expect(existsSync(overridesFile())).toBe(false);
    expect(existsSync(join(data(), 'profiles', 'profile', 'weeks', '2026-W49', 'published.json'))).toBe(false);
  });

  it('keeps the --add once the plan is out', async () => {
    await runPlan(options({}), io());
    expect(existsSync(overridesFile())).toBe(true);
  });
});
