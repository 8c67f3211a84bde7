import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Io } from '../../src/app/io.js';
import type { PlannedWeek, PlanOptions } from '../../src/app/planned-week.js';
import { writeCalendarFiles } from '../../src/app/write-calendar-files.js';
import { UserError } from '../../src/errors.js';
import { readIcs } from '../adapters/calendar/read-ics.js';
import { makeProfile, profileInput, sampleWeekPlan } from '../domain/calendar/calendar-fixtures.js';

let root: string;
let out: string[];
let err: string[];

const fakeIo = (overrides: Partial<Io> = {}): Io => ({
  stdout: (t) => out.push(t),
  stderr: (t) => err.push(t),
  env: { IOP_PLAN_DATA_DIR: join(root, 'data'), IOP_PLAN_CONFIG_DIR: join(root, 'config') },
  cwd: root,
  stdoutIsTTY: false,
  stdinIsTTY: false,
  columns: undefined,
  now: () => Date.now(),
  ...overrides,
});

const options = (overrides: Partial<PlanOptions> = {}): PlanOptions => ({
  config: join(root, 'profile.json'),
  week: '2026-11-30',
  format: 'text',
  view: 'me',
  color: false,
  ics: true,
  out: 'cal',
  ...overrides,
});

const planned = (profile = makeProfile()): PlannedWeek => {
  const plan = sampleWeekPlan();
  return { profile, plan, nowMs: Date.parse(plan.generatedAt) };
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'iop-cal-'));
  // Weeks after the planned one are planned from this file, like `plan --week DATE`.
  writeFileSync(join(root, 'profile.json'), JSON.stringify(profileInput()));
  out = [];
  err = [];
});

describe('writeCalendarFiles', () => {
  it('writes the me file into --out, owner-only, and says so on stdout', async () => {
    await writeCalendarFiles(planned(), options(), fakeIo());
    const path = join(root, 'cal', 'iop-plan-2026-W49-me.ics');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readIcs(readFileSync(path, 'utf8')).events).toHaveLength(9);
    expect(out).toEqual([`${path}\n`]);
  });

  it('writes every view with --view all, one line per file, and says which file it did not make', async () => {
    await writeCalendarFiles(planned(), options({ view: 'all' }), fakeIo());
    // The sample week's program is after work: nothing is out of office, so no empty file.
    expect(readdirSync(join(root, 'cal')).sort()).toEqual([
      'household-2026-W49.ics',
      'household-rose-2026-W49.ics',
      'iop-plan-2026-W49-me.ics',
    ]);
    expect(out).toHaveLength(3);
    expect(err.join('')).toContain(
      'Not written: out-of-office-2026-W49.ics (nothing takes you away from scheduled work)',
    );
  });

  it('writes no household file for someone who lives alone, and says so', async () => {
    await writeCalendarFiles(planned(makeProfile({ household: [] })), options({ view: 'family' }), fakeIo());
    expect(out).toEqual([]);
    expect(err.join('')).toContain('No household calendar');
  });

  it('writes into the current folder without --out and keeps stdout for the plan', async () => {
    await writeCalendarFiles(planned(), options({ out: undefined }), fakeIo());
    expect(readdirSync(root)).toContain('iop-plan-2026-W49-me.ics');
    expect(out).toEqual([]);
    expect(err).toEqual([`${join(root, 'iop-plan-2026-W49-me.ics')}\n`]);
  });

  it('prints nothing with --quiet, and a re-run leaves identical files alone', async () => {
    await writeCalendarFiles(planned(), options({ quiet: true }), fakeIo());
    expect(out).toEqual([]);
    const path = join(root, 'cal', 'iop-plan-2026-W49-me.ics');
    const before = statSync(path).mtimeMs;
    await writeCalendarFiles(planned(), options({ quiet: true }), fakeIo());
    expect(statSync(path).mtimeMs).toBe(before);
  });

  it('refuses to overwrite a file it did not write, unless --force', async () => {
    const dir = join(root, 'cal');
    await writeCalendarFiles(planned(), options({ view: 'family' }), fakeIo());
    writeFileSync(join(dir, 'iop-plan-2026-W49-me.ics'), 'mine');
    rmSync(join(dir, 'household-2026-W49.ics'));
    await expect(writeCalendarFiles(planned(), options({ view: 'all' }), fakeIo())).rejects.toThrow(/--force/);
    expect(readFileSync(join(dir, 'iop-plan-2026-W49-me.ics'), 'utf8')).toBe('mine');
    expect(readdirSync(dir)).not.toContain('household-2026-W49.ics');
    await writeCalendarFiles(planned(), options({ view: 'all', force: true }), fakeIo());
    expect(readFileSync(join(dir, 'iop-plan-2026-W49-me.ics'), 'utf8')).toMatch(/^BEGIN:VCALENDAR/);
  });

  it('names a multi-week file by its first and last ISO week and shows progress on a terminal', async () => {
    await writeCalendarFiles(planned(), options({ weeks: 3 }), fakeIo({ stderrIsTTY: true }));
    expect(readdirSync(join(root, 'cal'))).toEqual(['iop-plan-2026-W49--2026-W51-me.ics']);
    expect(err.join('')).toContain('Planning week 3 of 3');
  });

  it('shows no progress when stderr is not a terminal or with --quiet', async () => {
    await writeCalendarFiles(planned(), options({ weeks: 3 }), fakeIo());
    await writeCalendarFiles(planned(), options({ weeks: 3, quiet: true }), fakeIo({ stderrIsTTY: true }));
    expect(err).toEqual([]);
  });

  it('spans the whole program with --program', async () => {
    await writeCalendarFiles(planned(), options({ program: true, view: 'me' }), fakeIo());
    expect(readdirSync(join(root, 'cal'))).toEqual(['iop-plan-2026-W49--2027-W07-me.ics']);
  });

  // --weeks with --program: test/commands/plan-options.test.ts.
  it('rejects --program without program dates', async () => {
    const openEnded = makeProfile();
    openEnded.iop!.weeks = undefined;
    await expect(writeCalendarFiles(planned(openEnded), options({ program: true }), fakeIo())).rejects.toThrow(
      /--program needs iop\.weeks/,
    );
    expect(readdirSync(root)).toEqual(['profile.json']);
  });

  it('names --out when the folder cannot be written', async () => {
    writeFileSync(join(root, 'file'), '');
    const error = await writeCalendarFiles(planned(), options({ out: 'file/sub' }), fakeIo()).catch((e) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toMatch(/^--out: cannot write calendar files into .*file\/sub \(ENOTDIR\)$/);
  });
});
