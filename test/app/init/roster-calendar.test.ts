import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileFile } from '../../../src/adapters/store/profile-store.js';
import { summarizeWeek } from '../../../src/app/init/summarize-week.js';
import { loadProfile } from '../../../src/app/load-profile.js';
import { runInit } from '../../../src/app/run-init.js';
import { buildPlan } from '../../../src/domain/build-plan.js';
import { verifyPlan } from '../../support/verify-plan.js';
import { ENTER_THROUGH, testContext } from './default-answers.js';
import { fakeIo } from './fake-io.js';
import { ENTER, fakePrompter } from './fake-prompter.js';

const NOW = Date.parse('2026-11-26T17:00:00Z'); // the summary shows the program's first week
const MONDAY = '2026-11-30';
/** A dispatcher's roster: Monday to Friday 07:00–15:30 in New York, with no end. */
const ROSTER = resolve(import.meta.dirname, '../../fixtures/calendars/partner-work.ics');

const deps = (prompter: ReturnType<typeof fakePrompter>['prompter']) => ({
  prompter,
  nowMs: NOW,
  systemZone: 'America/New_York',
  tracks: testContext().tracks,
  newProfileId: () => 'test1234',
});

const storedInput = (env: NodeJS.ProcessEnv) => JSON.parse(readFileSync(profileFile(env), 'utf8'));

describe('init: the work calendar question', () => {
  it('yes: a roster file (relative to the working folder) is stored and the week is planned with it', async () => {
    const { io, root } = fakeIo();
    copyFileSync(ROSTER, join(root, 'roster.ics'));
    const fake = fakePrompter({
      ...ENTER_THROUGH,
      'calendars.roster': true,
      'calendars.roster.file': 'no-such-roster.ics', // a wrong name is said at once and asked again
      'calendars.roster.file#2': 'roster.ics',
      'calendars.roster.label': 'Dispatch',
      review: ENTER,
      'plan.now': false,
    });
    expect(await runInit({ color: false }, io, deps(fake.prompter))).toBe(0);
    fake.assertAllUsed();
    expect(fake.said.some((s) => s.startsWith('That file cannot be used:') && s.includes('no-such-roster.ics'))).toBe(
      true,
    );
    // The section comes right after work, under its own title.
    const titles = fake.said.filter((s) => / \(\d of 9\): /.test(s)).map((s) => s.split(' (')[0]);
    expect(titles.slice(0, 4)).toEqual(['About you', 'Work', 'Work calendar', 'Sleep']);

    const stored = storedInput(io.env);
    expect(stored.calendars).toEqual([{ file: join(root, 'roster.ics'), as: 'work', label: 'Dispatch' }]);
    expect(stored.work.shifts).toEqual([{ days: 'weekdays', start: '09:00', end: '17:00' }]); // for days not covered

    // The stored profile as `plan` reads it: the roster's shifts, not the typed 9 to 5, and valid.
    const { profile } = await loadProfile({ config: profileFile(io.env) }, io);
    expect(profile.calendarReader).toBeDefined();
    const plan = buildPlan(profile, MONDAY, NOW);
    expect(verifyPlan(profile, plan)).toEqual([]);
    const work = plan.blocks.filter((b) => b.owner === 'me' && b.category === 'work');
    expect(work.map((b) => [b.source, b.title, b.start.slice(0, 16), b.end.slice(11, 16)])).toEqual(
      ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04'].map((d) => [
        'calendars.0',
        'Dispatch',
        `${d}T07:00`,
        '15:30',
      ]),
    );
    // The summary before saving was that same plan's.
    const summary = fake.said.find((s) => s.startsWith('Your week of'));
    expect(summary).toBe(summarizeWeek(plan, profile).join('\n'));
  });

  it('no: nothing is added, and the week keeps the typed hours', async () => {
    const { io } = fakeIo();
    const fake = fakePrompter({ ...ENTER_THROUGH, review: ENTER, 'plan.now': false });
    expect(await runInit({ color: false }, io, deps(fake.prompter))).toBe(0);
    fake.assertAllUsed();
    expect(fake.asked).toContain('calendars.roster');
    const stored = storedInput(io.env);
    expect(stored).not.toHaveProperty('calendars');
    const { profile } = await loadProfile({ config: profileFile(io.env) }, io);
    const plan = buildPlan(profile, MONDAY, NOW);
    expect(verifyPlan(profile, plan)).toEqual([]);
    expect(plan.blocks.filter((b) => b.category === 'work').every((b) => b.source.startsWith('work.shifts'))).toBe(
      true,
    );
  });

  it('a re-run keeps the roster on Enter; "not working" drops it', async () => {
    const { io, root } = fakeIo();
    copyFileSync(ROSTER, join(root, 'roster.ics'));
    const first = fakePrompter({
      ...ENTER_THROUGH,
      'calendars.roster': true,
      'calendars.roster.file': join(root, 'roster.ics'),
      'calendars.roster.label': ENTER,
      review: ENTER,
      'plan.now': false,
    });
    await runInit({}, io, deps(first.prompter));
    const roster = { file: join(root, 'roster.ics'), as: 'work', label: 'Work' };
    expect(storedInput(io.env).calendars).toEqual([roster]);

    const again = fakePrompter({
      'calendars.roster': ENTER,
      'calendars.roster.file': ENTER,
      'calendars.roster.label': ENTER,
      review: ENTER,
      'plan.now': false,
    });
    expect(await runInit({ section: 'calendars' }, io, deps(again.prompter))).toBe(0);
    again.assertAllUsed();
    expect(storedInput(io.env).calendars).toEqual([roster]);

    const stopped = fakePrompter({ 'work.kind': 'none', review: ENTER, 'plan.now': false });
    expect(await runInit({ section: 'work' }, io, deps(stopped.prompter))).toBe(0);
    stopped.assertAllUsed();
    const stored = storedInput(io.env);
    expect(stored).not.toHaveProperty('work');
    expect(stored).not.toHaveProperty('calendars');

    // Not working: the calendar part asks nothing.
    const none = fakePrompter({ review: ENTER, 'plan.now': false });
    expect(await runInit({ section: 'calendars' }, io, deps(none.prompter))).toBe(0);
    expect(none.asked).toEqual(['review', 'plan.now']);
    expect(none.said).toContain('Nothing to ask: you are not working at the moment (see Work).');
  });

  it('a roster file gone by the time of the summary is said, and the week is shown without it', async () => {
    const { io, root } = fakeIo();
    copyFileSync(ROSTER, join(root, 'roster.ics'));
    const fake = fakePrompter({
      ...ENTER_THROUGH,
      'calendars.roster': true,
      'calendars.roster.file': 'roster.ics',
      'calendars.roster.label': ENTER,
      review: 'stop',
    });
    const input = fake.prompter.input.bind(fake.prompter);
    fake.prompter.input = async (q) => {
      const answer = await input(q);
      if (q.id === 'calendars.roster.label') rmSync(join(root, 'roster.ics')); // after it was checked
      return answer;
    };
    await expect(runInit({}, io, deps(fake.prompter))).rejects.toMatchObject({ exitCode: 130 });
    const said = fake.said.join('\n');
    expect(said).toMatch(
      /Your calendar files cannot be read \(.*roster\.ics.*\); the week below is planned without them\./,
    );
    expect(said).toContain('Your week of 2026-11-30 to 2026-12-06');
  });
});
