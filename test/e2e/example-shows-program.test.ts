import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './ensure-built.js';
import { runCliAsync } from './run-cli-async.js';

/** `IOP  9.5 h   target 9–19 h` in the terminal plan's budget. */
const iopHours = (text: string) => Number(/^ {2}IOP +([\d.]+) h/m.exec(text)?.[1] ?? Number.NaN);

let home: string;
const env = () => ({ HOME: home, IOP_PLAN_CONFIG_DIR: join(home, 'c'), IOP_PLAN_DATA_DIR: join(home, 'd') });
beforeAll(() => {
  ensureBuilt();
  home = mkdtempSync(join(tmpdir(), 'iop-example-'));
});

const EXAMPLES = readdirSync('templates/profiles').map((f) => f.replace(/\.yaml$/, ''));

describe('the first thing a newcomer runs', () => {
  it('`plan --example` today shows IOP hours above zero', async () => {
    const run = await runCliAsync(['plan', '--example', '--no-color'], { cwd: home, env: env() });
    expect(run.code).toBe(0);
    expect(iopHours(run.stdout)).toBeGreaterThan(0);
  }, 60_000);

  it.each(EXAMPLES)(
    '%s, on a day before or after its program, shows the first week and says so',
    async (name) => {
      for (const now of ['2026-01-05T12:00:00Z', '2031-06-01T12:00:00Z']) {
        const run = await runCliAsync(['plan', '--example', name, '--no-color', '--now', now], {
          cwd: home,
          env: env(),
        });
        expect(run.code).toBe(0);
        expect(iopHours(run.stdout)).toBeGreaterThan(0);
        // Every example's program starts after January 2026; an open-ended one never ends.
        if (now.startsWith('2026'))
          expect(run.stderr).toMatch(/program starts on \d{4}-\d{2}-\d{2}: showing its first week \(\d{4}-W\d{2}\)/);
      }
    },
    60_000,
  );

  it('keeps the week asked for with --week, and says nothing about it', async () => {
    const run = await runCliAsync(
      ['plan', '--example', '--week', '2026-01-05', '--no-color', '--now', '2026-01-05T12:00:00Z'],
      {
        cwd: home,
        env: env(),
      },
    );
    expect(run.stdout).toContain('2026-W02');
    expect(run.stderr).toBe('');
  }, 60_000);
});
