import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { PlanOptions } from '../../src/app/planned-week.js';
import { runPlan } from '../../src/app/run-plan.js';
import { UserError } from '../../src/errors.js';
import { fakeIo } from './fake-io.js';

/** (r2 §6) Two profiles under one account never share or mix stored state. */
let root: string;
const data = () => join(root, 'data');

function profileFile(name: string, id: string, from: string): string {
  const profile = parse(readFileSync(from, 'utf8'));
  profile.id = id;
  const file = join(root, `${name}.json`);
  writeFileSync(file, JSON.stringify(profile));
  return file;
}

const options = (config: string, out: string, extra: Partial<PlanOptions> = {}): PlanOptions => ({
  config,
  week: '2026-11-30',
  now: '2026-11-26T12:00:00Z',
  format: 'md',
  view: 'all',
  ics: true,
  out,
  color: false,
  ...extra,
});

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'iop-two-profiles-'));
});

const allText = (dir: string) =>
  readdirSync(dir)
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');

describe('two profiles planned under one account', () => {
  it("never see each other's blocks, in files or in stored state", async () => {
    const dana = profileFile('dana', 'dana', 'test/fixtures/profiles/evening-iop-parent.yaml');
    const robin = profileFile('robin', 'robin', 'test/fixtures/sheets/crowded-week.yaml');
    const io = () => fakeIo({ dataDir: data(), cwd: root });
    await runPlan(options(dana, join(root, 'dana')), io());
    await runPlan(options(robin, join(root, 'robin')), io());
    // Again, now that the other one has published the same week.
    const again = io();
    await runPlan(options(dana, join(root, 'dana')), again);
    expect(again.err.join('')).toContain('No changes since the plan published before.');
    await runPlan(options(robin, join(root, 'robin')), io());

    const robinFiles = allText(join(root, 'robin'));
    const danaFiles = allText(join(root, 'dana'));
    for (const title of ['Homework help', 'Dinner', 'Maya', 'Grandma Rose']) expect(robinFiles).not.toContain(title);
    for (const title of ["Lee's mother", 'Robin', 'Gratitude list']) expect(danaFiles).not.toContain(title);

    const published = (id: string) =>
      JSON.parse(readFileSync(join(data(), 'profiles', id, 'weeks', '2026-W49', 'published.json'), 'utf8'));
    expect(published('robin').blocks.map((b: { title: string }) => b.title)).not.toContain('Homework help');
    expect(published('dana').blocks.map((b: { title: string }) => b.title)).not.toContain('Journal three lines');
  });
});

describe('corrupt stored state', () => {
  it.each([
    [
      'published.json',
      '{}',
      /published\.json is not a plan this tool published \(version is not 1\); it was left as it is \(move it away or delete it/,
    ],
    ['published.json', '[1, 2', /published\.json is not valid JSON; it was left as it is/],
    [
      'overrides.json',
      '{"add":"x"}',
      /overrides\.json is not a record of this week's changes \("add" is not a list\); it was left as it is/,
    ],
  ])('%s holding %s names the file and how to recover, and is left as it is', async (file, text, message) => {
    const config = profileFile('dana', 'dana', 'test/fixtures/profiles/evening-iop-parent.yaml');
    const week = join(data(), 'profiles', 'dana', 'weeks', '2026-W49');
    mkdirSync(week, { recursive: true });
    writeFileSync(join(week, file), text);
    const run = runPlan(options(config, join(root, 'out')), fakeIo({ dataDir: data(), cwd: root }));
    await expect(run).rejects.toThrow(UserError);
    await expect(run).rejects.toThrow(message);
    expect(readFileSync(join(week, file), 'utf8')).toBe(text);
  });
});
