import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { todayCacheFile } from '../../src/adapters/plan-cache/today-cache-entry.js';
import type { PlanOptions } from '../../src/app/planned-week.js';
import { runPlan } from '../../src/app/run-plan.js';
import { runToday, type TodayOptions } from '../../src/app/run-today.js';
import { fakeIo } from './fake-io.js';

// Dana (America/Chicago, weeks from Monday); 14:00 in Chicago on Monday 30 Nov 2026.
const NOW = '2026-11-30T20:00:00Z';
const WEEK = '2026-W49';
const MARK = 'FROM-THE-STORED-WEEK';

let root: string;
let io: ReturnType<typeof fakeIo>;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'iop-today-cache-'));
  copyFileSync(resolve('test/fixtures/profiles/evening-iop-parent.yaml'), join(root, 'me.yaml'));
  io = fakeIo({ dataDir: join(root, 'data'), cwd: root });
});

async function plan(extra: Partial<PlanOptions> = {}): Promise<void> {
  const options: PlanOptions = { config: 'me.yaml', week: 'this', format: 'md', view: 'me', color: false, now: NOW };
  expect(await runPlan({ ...options, quiet: true, ...extra }, io)).toBe(0);
}

const publish = (extra: Partial<PlanOptions> = {}) => plan({ out: 'out', ...extra });

async function today(extra: Partial<TodayOptions> = {}): Promise<string> {
  const run = fakeIo({ dataDir: join(root, 'data'), cwd: root });
  expect(await runToday({ config: 'me.yaml', now: NOW, color: false, ...extra }, run)).toBe(0);
  return run.out.join('');
}

/** Marks the stored week's closing line, so that a test can tell whether `today` read it. */
function markStoredWeek(week = WEEK): void {
  const file = todayCacheFile(io.env, week);
  writeFileSync(file, readFileSync(file, 'utf8').replace('"supportNote":"', `"supportNote":"${MARK} `));
}

function editProfile(from: string, to: string): void {
  const file = join(root, 'me.yaml');
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

describe('iop-plan today from the published week', () => {
  it('reads the published week instead of allocating', async () => {
    await publish();
    markStoredWeek();
    expect(await today()).toContain(MARK);
  });

  it.each([
    ['Monday afternoon', {}],
    ['Monday before dawn', { now: '2026-11-30T09:00:00Z' }],
    ['Sunday late evening (still this week in Chicago)', { now: '2026-12-07T05:30:00Z' }],
    ['another day with --date', { date: '2026-12-03' }],
    ['in colour', { color: true }],
  ])('prints exactly what a fresh allocation prints: %s', async (_, extra) => {
    const fresh = await today(extra);
    await publish();
    const stored = await today(extra);
    markStoredWeek();
    expect(await today(extra)).toContain(MARK); // it was the stored week that answered
    expect(stored).toBe(fresh);
  });

  it('never shows a plan made from another profile', async () => {
    await publish();
    markStoredWeek();
    editProfile('name: Dana', 'name: Dana Reyes');
    const text = await today();
    expect(text).not.toContain(MARK);
    expect(text).toContain('Dana Reyes');
  });

  it('notices a change that keeps the file the same size', async () => {
    await publish();
    markStoredWeek();
    editProfile('name: Dana', 'name: Dina');
    const text = await today();
    expect(text).not.toContain(MARK);
    expect(text).toContain('Dina');
  });

  it('never shows a plan made before the week’s overrides changed', async () => {
    await publish();
    markStoredWeek();
    await plan({ add: ['Dentist 2026-11-30 15:00-16:00'] }); // stored, not published
    const text = await today();
    expect(text).not.toContain(MARK);
    expect(text).toContain('Dentist');
  });

  it('uses the stored week again once it is published anew', async () => {
    await publish();
    await plan({ add: ['Dentist 2026-11-30 15:00-16:00'] });
    await publish();
    markStoredWeek();
    const text = await today();
    expect(text).toContain(MARK);
    expect(text).toContain('Dentist');
  });

  it('allocates a new week rather than showing last week', async () => {
    await publish();
    markStoredWeek();
    const text = await today({ now: '2026-12-07T20:00:00Z' });
    expect(text).toMatch(/^Today, Monday 7 Dec\n/);
    expect(text).not.toContain(MARK);
  });

  it('does not use the stored week when the published plan was replaced or removed', async () => {
    await publish();
    markStoredWeek();
    const published = join(root, 'data', 'profiles', 'profile', 'weeks', WEEK, 'published.json');
    writeFileSync(published, readFileSync(published, 'utf8').replace('"generatedAt": "', '"generatedAt": "x'));
    expect(await today()).not.toContain(MARK);
    rmSync(published);
    expect(await today()).not.toContain(MARK);
  });

  it('ignores a stored week from another version, or one that is not JSON', async () => {
    await publish();
    markStoredWeek();
    const file = todayCacheFile(io.env, WEEK);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/"version":"[^"]*"/, '"version":"0.0.0-old"'));
    expect(await today()).not.toContain(MARK);
    writeFileSync(file, '{ half a file');
    expect(await today()).toMatch(/^Today, Monday 30 Nov\n/);
  });

  it('does not answer for another profile file with the same week', async () => {
    await publish();
    markStoredWeek();
    copyFileSync(resolve('test/fixtures/profiles/afternoon-iop-sunday-week.yaml'), join(root, 'other.yaml'));
    expect(await today({ config: 'other.yaml' })).not.toContain(MARK);
  });

  it('never reads or writes stored weeks for the shipped examples', async () => {
    await plan({ config: undefined, example: true, out: 'out' });
    expect(() => readFileSync(todayCacheFile(io.env, WEEK))).toThrow();
    await publish();
    markStoredWeek();
    const run = fakeIo({ dataDir: join(root, 'data'), cwd: root });
    await runToday({ example: true, now: NOW, color: false }, run);
    expect(run.out.join('')).not.toContain(MARK);
  });
});

describe('iop-plan today with a week that starts on Sunday', () => {
  it('finds the published week on its Sunday and agrees with a fresh allocation', async () => {
    copyFileSync(resolve('test/fixtures/profiles/afternoon-iop-sunday-week.yaml'), join(root, 'me.yaml'));
    const sunday = { now: '2026-11-29T20:00:00Z' }; // Sunday noon in Los Angeles: the week of 29 Nov
    const fresh = await today(sunday);
    await publish(sunday);
    const stored = await today(sunday);
    markStoredWeek();
    expect(await today(sunday)).toContain(MARK);
    expect(stored).toBe(fresh);
  });
});
