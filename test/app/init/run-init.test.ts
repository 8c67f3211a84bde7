import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileFile, saveProfile } from '../../../src/adapters/store/profile-store.js';
import { NO_TTY_MESSAGE, runInit } from '../../../src/app/run-init.js';
import { CancelledError, EXIT, UsageError } from '../../../src/errors.js';
import { ENTER_THROUGH, testContext } from './default-answers.js';
import { fakeIo } from './fake-io.js';
import { ENTER, fakePrompter } from './fake-prompter.js';

const NOW = Date.parse('2026-11-26T17:00:00Z');
const deps = (prompter: ReturnType<typeof fakePrompter>['prompter']) => ({
  prompter,
  nowMs: NOW,
  systemZone: 'America/New_York',
  tracks: testContext().tracks,
  newProfileId: () => 'test1234',
});

describe('runInit', () => {
  it('without a terminal stops at once with exit 2 and the way to go instead', async () => {
    const { io } = fakeIo({ stdinIsTTY: false });
    const error = await runInit({}, io).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).exitCode).toBe(EXIT.usage);
    expect((error as Error).message).toBe(NO_TTY_MESSAGE);
  });

  it('saves a profile (0600) after the summary, then writes the plan and calendars', async () => {
    const { io, root } = fakeIo();
    const fake = fakePrompter({ ...ENTER_THROUGH, save: ENTER, 'plan.now': ENTER, 'plan.out': 'out' });
    expect(await runInit({ color: false }, io, deps(fake.prompter))).toBe(0);
    fake.assertAllUsed();
    const file = profileFile(io.env);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ id: 'test1234', me: { name: 'Me' } });
    const summary = fake.said.find((s) => s.startsWith('Your week of'));
    expect(summary).toContain('Your week of 2026-11-30 to 2026-12-06'); // the program's first week
    expect(summary).toMatch(/IOP: .* h a week \(target 9-19 h\)/);
    const written = readdirSync(join(root, 'out'));
    expect(written).toContain('iop-plan-2026-W49.md');
    expect(written.some((f) => f.endsWith('-me.ics'))).toBe(true);
  });

  it('saying no to saving writes nothing', async () => {
    const { io } = fakeIo();
    const fake = fakePrompter({ ...ENTER_THROUGH, save: false });
    await expect(runInit({}, io, deps(fake.prompter))).rejects.toBeInstanceOf(CancelledError);
    expect(existsSync(profileFile(io.env))).toBe(false);
  });

  it('Ctrl-C mid-way writes nothing', async () => {
    const { io } = fakeIo();
    const fake = fakePrompter({ ...ENTER_THROUGH });
    fake.prompter.select = async () => {
      throw new CancelledError();
    };
    await expect(runInit({}, io, deps(fake.prompter))).rejects.toBeInstanceOf(CancelledError);
    expect(existsSync(io.env.IOP_PLAN_CONFIG_DIR!)).toBe(false);
  });

  it('--section edits one section of the stored profile and backs up the old one', async () => {
    const { io } = fakeIo();
    await runInit({}, io, deps(fakePrompter({ ...ENTER_THROUGH, save: ENTER, 'plan.now': false }).prompter));
    const fake = fakePrompter({ 'sleep.hours': '23:00-07:00', save: ENTER, 'plan.now': false });
    expect(await runInit({ section: 'sleep' }, io, deps(fake.prompter))).toBe(0);
    fake.assertAllUsed();
    expect(JSON.parse(readFileSync(profileFile(io.env), 'utf8')).sleep).toEqual({ bedtime: '23:00', wake: '07:00' });
    expect(readdirSync(io.env.IOP_PLAN_CONFIG_DIR!).filter((f) => f.includes('backup'))).toHaveLength(1);
  });

  it('refuses an unknown section as a usage error', async () => {
    const { io } = fakeIo();
    await expect(runInit({ section: 'meals' }, io, deps(fakePrompter({}).prompter))).rejects.toThrow(
      /--section: "meals" is not one of about, sleep, work/,
    );
  });

  it('leaves a corrupt stored profile alone and asks nothing', async () => {
    const { io } = fakeIo();
    mkdirSync(io.env.IOP_PLAN_CONFIG_DIR!, { recursive: true });
    writeFileSync(profileFile(io.env), '{ oops');
    const fake = fakePrompter({});
    await expect(runInit({}, io, deps(fake.prompter))).rejects.toThrow(/is not valid JSON.*left as it is/);
    expect(readFileSync(profileFile(io.env), 'utf8')).toBe('{ oops');
    expect(fake.asked).toEqual([]);
  });

  it('an edit run starts from the stored answers: Enter through keeps them', async () => {
    const { io } = fakeIo();
    const stored = {
      version: 1 as const,
      id: 'abc',
      timezone: 'Europe/London',
      me: { name: 'Sam' },
      sleep: { bedtime: '23:00', wake: '07:00' },
    };
    await saveProfile(io.env, stored);
    const ids = ['me.name', 'timezone', 'weekStart', 'sleep.hours', 'work.kind', 'iop.track', 'household.add.0'];
    const more = ['duties.add.0', 'habits.chosen', 'habits.own.add.0', 'events.add.0', 'save'];
    const fake = fakePrompter({ ...Object.fromEntries([...ids, ...more].map((id) => [id, ENTER])), 'plan.now': false });
    expect(await runInit({}, io, deps(fake.prompter))).toBe(0);
    fake.assertAllUsed();
    expect(fake.said[0]).toContain('Editing your profile');
    expect(JSON.parse(readFileSync(profileFile(io.env), 'utf8'))).toEqual({ ...stored, weekStart: 'monday' });
  });
});
