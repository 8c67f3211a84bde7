import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PlanOptions } from '../../src/app/planned-week.js';
import { runPlan } from '../../src/app/run-plan.js';
import { fakeIo } from './fake-io.js';

const PROFILE = resolve('templates/profiles/evening-iop-parent.yaml');

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'iop-vdir-'));
});

/** One `iop-plan plan --vdir vdir --format json`; returns the folder's `.ics` names. */
async function run(extra: Partial<PlanOptions> = {}): Promise<string[]> {
  const io = fakeIo({ dataDir: join(root, 'data'), cwd: root });
  const options: PlanOptions = {
    config: PROFILE,
    week: '2026-11-30',
    format: 'json',
    view: 'me',
    color: false,
    vdir: 'vdir',
    quiet: true,
    now: '2026-11-26T12:00:00Z',
    ...extra,
  };
  expect(await runPlan(options, io)).toBe(0);
  return readdirSync(join(root, 'vdir'))
    .filter((f) => f.endsWith('.ics'))
    .sort();
}

describe('plan --vdir', () => {
  it('writes one .ics per event, and the same again on a re-run', async () => {
    const first = await run();
    expect(first.length).toBeGreaterThan(5);
    expect(await run()).toEqual(first);
  });

  it('removes its own events of the week that are gone, and keeps a file someone else wrote', async () => {
    const first = await run();
    const before = new Map(first.map((f) => [f, readFileSync(join(root, 'vdir', f), 'utf8')]));
    writeFileSync(
      join(root, 'vdir', 'someone-else.ics'),
      'BEGIN:VCALENDAR\r\nDTSTART:20261201T080000Z\r\nEND:VCALENDAR\r\n',
    );
    // An added event, and an item skipped that day: the skipped occurrence really leaves the plan.
    const second = await run({ add: ['Dentist 2026-12-01 06:30-07:30'], skip: ['peer-call@2026-12-03'] });
    expect(second).toContain('someone-else.ics');
    const gone = first.filter((f) => !second.includes(f));
    expect(gone.length).toBeGreaterThan(0);
    expect(
      gone.some((f) => /Peer support call/.test(before.get(f) ?? '') && /20261203/.test(before.get(f) ?? '')),
    ).toBe(true);
    const texts = second.map((f) => readFileSync(join(root, 'vdir', f), 'utf8'));
    expect(texts.some((t) => t.includes('Dentist'))).toBe(true);
  });
});
