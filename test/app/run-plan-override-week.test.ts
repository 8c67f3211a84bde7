import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlanOptions } from '../../src/app/planned-week.js';
import { runPlan } from '../../src/app/run-plan.js';
import { UsageError } from '../../src/errors.js';
import { fakeIo } from './fake-io.js';

const EXAMPLE = join(process.cwd(), 'templates', 'profiles', 'evening-iop-parent.yaml');
const options = (extra: Partial<PlanOptions>): PlanOptions => ({
  config: EXAMPLE,
  week: '2026-W49',
  now: '2026-11-26T12:00:00Z',
  format: 'json',
  view: 'me',
  color: false,
  ...extra,
});

describe('one-off changes must fall in the week planned', () => {
  it('refuses a --closed date of another week as a usage error, and keeps nothing', async () => {
    const data = join(mkdtempSync(join(tmpdir(), 'iop-plan-outside-')), 'data');
    const io = fakeIo({ dataDir: data });
    const run = runPlan(options({ closed: ['2026-12-31'] }), io);
    await expect(run).rejects.toThrow(UsageError);
    await expect(run).rejects.toThrow('--closed: 2026-12-31 is not in the week planned (2026-W49');
    expect(io.out).toEqual([]);
    expect(existsSync(join(data, 'weeks'))).toBe(false);
  });

  it('takes the same change inside the week', async () => {
    const io = fakeIo({ dataDir: join(mkdtempSync(join(tmpdir(), 'iop-plan-inside-')), 'data') });
    await runPlan(options({ closed: ['2026-12-02'], add: ['Dentist 2026-12-04 09:00-10:00'] }), io);
    const plan = JSON.parse(io.out.join(''));
    expect(plan.blocks.some((b: { title: string }) => b.title === 'Dentist')).toBe(true);
    const iopOn = (date: string) =>
      plan.blocks.some((b: { category: string; start: string }) => b.category === 'iop' && b.start.startsWith(date));
    expect([iopOn('2026-12-02'), iopOn('2026-12-03')]).toEqual([false, true]);
  });
});
