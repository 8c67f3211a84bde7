import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftFile } from '../../../src/adapters/store/init-draft-store.js';
import { profileFile, saveProfile } from '../../../src/adapters/store/profile-store.js';
import { summaryDate } from '../../../src/app/init/review-week.js';
import { NO_TTY_MESSAGE, runInit } from '../../../src/app/run-init.js';
import { CancelledError, EXIT, UsageError } from '../../../src/errors.js';
import { ENTER_THROUGH, ENTER_THROUGH_FROM, testContext } from './default-answers.js';
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
    const fake = fakePrompter({ ...ENTER_THROUGH, review: ENTER, 'plan.now': ENTER, 'plan.out': 'out' });
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
    const fake = fakePrompter({ ...ENTER_THROUGH, review: 'stop' });
    await expect(runInit({}, io, deps(fake.prompter))).rejects.toMatchObject({ exitCode: EXIT.cancelled });
    expect(existsSync(profileFile(io.env))).toBe(false);
    expect(existsSync(draftFile(io.env))).toBe(true); // the answers are kept for next time
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
    await runInit({}, io, deps(fakePrompter({ ...ENTER_THROUGH, review: ENTER, 'plan.now': false }).prompter));
    const fake = fakePrompter({ 'sleep.byDay': ENTER, 'sleep.hours': '23:00-07:00', review: ENTER, 'plan.now': false });
    expect(await runInit({ section: 'sleep' }, io, deps(fake.prompter))).toBe(0);
    fake.assertAllUsed();
    expect(JSON.parse(readFileSync(profileFile(io.env), 'utf8')).sleep).toEqual({ bedtime: '23:00', wake: '07:00' });
    expect(readdirSync(io.env.IOP_PLAN_CONFIG_DIR!).filter((f) => f.includes('backup'))).toHaveLength(1);
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
    const ids = ['me.name', 'timezone', 'weekStart', 'work.kind', 'sleep.byDay', 'sleep.hours', 'iop.track'];
    const more = ['household.add.0', 'duties.add.0', 'habits.chosen', 'habits.own.add.0', 'rules.cap', 'events.add.0'];
    const fake = fakePrompter({
      ...Object.fromEntries([...ids, ...more].map((id) => [id, ENTER])),
      review: ENTER,
      'plan.now': false,
    });
    expect(await runInit({}, io, deps(fake.prompter))).toBe(0);
    fake.assertAllUsed();
    expect(fake.said[0]).toContain('Editing your profile');
    expect(JSON.parse(readFileSync(profileFile(io.env), 'utf8'))).toEqual({ ...stored, weekStart: 'monday' });
  });

  it('Ctrl-C keeps the finished sections in a private draft; the next run resumes there', async () => {
    const { io } = fakeIo();
    const first = fakePrompter({
      ...ENTER_THROUGH,
      'me.name': 'Robin',
      'work.commute': '25',
      'work.remoteDays': [],
      'work.address': ENTER,
    });
    const select = first.prompter.select.bind(first.prompter);
    first.prompter.select = async (q) => {
      if (q.id === 'iop.track') throw new CancelledError(); // Ctrl-C in the program section
      return select(q);
    };
    const stopped = await runInit({}, io, deps(first.prompter)).catch((e: unknown) => e);
    expect(stopped).toMatchObject({
      exitCode: EXIT.cancelled,
      message: expect.stringMatching(/pick up where you left off/),
    });
    expect(existsSync(profileFile(io.env))).toBe(false);
    expect(statSync(draftFile(io.env)).mode & 0o777).toBe(0o600);
    const draft = JSON.parse(readFileSync(draftFile(io.env), 'utf8'));
    expect(draft.done).toEqual(['about', 'work', 'calendars', 'sleep']);
    expect(draft.answers.me.name).toBe('Robin');

    // Resuming asks only the sections not finished, then saves and removes the draft.
    const later = ENTER_THROUGH_FROM('iop.track');
    const second = fakePrompter({
      'draft.resume': ENTER,
      ...later,
      'iop.fromWork': ENTER, // work is on site now, the program in person
      review: ENTER,
      'plan.now': false,
    });
    expect(await runInit({}, io, deps(second.prompter))).toBe(0);
    second.assertAllUsed();
    expect(JSON.parse(readFileSync(profileFile(io.env), 'utf8'))).toMatchObject({
      me: { name: 'Robin' },
      work: { commuteMinutes: 25 },
    });
    expect(existsSync(draftFile(io.env))).toBe(false);
  });

  it('"start over" forgets the draft and asks from the first question', async () => {
    const { io } = fakeIo();
    const first = fakePrompter({ ...ENTER_THROUGH, 'me.name': 'Robin' });
    const select = first.prompter.select.bind(first.prompter);
    first.prompter.select = async (q) => {
      if (q.id === 'iop.track') throw new CancelledError();
      return select(q);
    };
    await runInit({}, io, deps(first.prompter)).catch(() => {});
    expect(existsSync(draftFile(io.env))).toBe(true);
    const again = fakePrompter({ 'draft.resume': false, ...ENTER_THROUGH, review: ENTER, 'plan.now': false });
    expect(await runInit({}, io, deps(again.prompter))).toBe(0);
    again.assertAllUsed();
    expect(JSON.parse(readFileSync(profileFile(io.env), 'utf8')).me.name).toBe('Me');
  });

  it('an unreadable draft is not offered and is replaced by the next one', async () => {
    const { io } = fakeIo();
    mkdirSync(io.env.IOP_PLAN_DATA_DIR!, { recursive: true });
    writeFileSync(draftFile(io.env), '{ half a draft');
    const fake = fakePrompter({ ...ENTER_THROUGH, review: ENTER, 'plan.now': false });
    expect(await runInit({}, io, deps(fake.prompter))).toBe(0);
    fake.assertAllUsed(); // no "pick up where you left off?"
    expect(existsSync(draftFile(io.env))).toBe(false);
  });

  it('the review menu changes an earlier section before saving', async () => {
    const { io } = fakeIo();
    const fake = fakePrompter({
      ...ENTER_THROUGH,
      review: 'work',
      'work.kind#2': ENTER,
      'work.shifts.0.days#2': 'mon,tue,wed',
      'work.shifts.0.hours#2': '9am-1pm',
      'work.shifts.0.more#2': ENTER,
      'work.canMove#2': ENTER,
      'work.commute#2': ENTER,
      'work.fmla#2': ENTER,
      'review#2': ENTER,
      'plan.now': false,
    });
    expect(await runInit({}, io, deps(fake.prompter))).toBe(0);
    fake.assertAllUsed();
    expect(fake.said.filter((s) => s.startsWith('Your week of'))).toHaveLength(2); // the summary again after the change
    expect(JSON.parse(readFileSync(profileFile(io.env), 'utf8')).work.shifts).toEqual([
      { days: ['mon', 'tue', 'wed'], start: '09:00', end: '13:00' },
    ]);
  });

  it('offers the files for the week the summary showed, in the documents folder', async () => {
    const { io, root } = fakeIo();
    io.env.XDG_DOCUMENTS_DIR = join(root, 'Docs');
    const fake = fakePrompter({
      ...ENTER_THROUGH,
      'iop.startDate': '2026-11-23', // already running: the summary shows a week of its own
      review: ENTER,
      'plan.now': ENTER,
      'plan.out': ENTER,
    });
    const saturday = Date.parse('2026-11-28T15:00:00Z');
    expect(await runInit({ color: false }, io, { ...deps(fake.prompter), nowMs: saturday })).toBe(0);
    const summary = fake.said.find((s) => s.startsWith('Your week of'));
    expect(summary).toContain('Your week of 2026-11-30 to 2026-12-06'); // Saturday: next week
    expect(fake.asked).toContain('plan.now');
    expect(readdirSync(join(root, 'Docs', 'iop-plan'))).toContain('iop-plan-2026-W49.md');
  });
});

describe('summaryDate', () => {
  it.each([
    [undefined, '2026-11-26', 'monday', '2026-11-26'], // Thursday: this week
    [undefined, '2026-11-28', 'monday', '2026-11-30'], // Saturday: next week
    [undefined, '2026-11-29', 'monday', '2026-12-01'], // Sunday: next week
    [undefined, '2026-11-26', 'sunday', '2026-11-26'], // Thursday of a Sunday week: this week
    [undefined, '2026-11-28', 'sunday', '2026-11-30'], // Saturday ends a Sunday week: the next
    ['2026-12-07', '2026-11-26', 'monday', '2026-12-07'], // the program's first week
  ] as const)('start %s, today %s (%s) → %s', (start, today, weekStart, expected) => {
    expect(summaryDate(start, today, weekStart)).toBe(expected);
  });
});
