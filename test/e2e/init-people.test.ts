import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/domain/build-plan.js';
import { normalizeProfile } from '../../src/domain/profile.js';
import { validateProfile } from '../../src/domain/validate-profile.js';
import { inCi } from '../support/in-ci.js';
import { verifyPlan } from '../support/verify-plan.js';
import { ensureBuilt } from './ensure-built.js';
import {
  CTRL_C,
  DOWN,
  ENTER,
  hasTmux,
  type Key,
  NO,
  SPACE,
  type Step,
  Terminal,
  type,
  UP,
  YES,
} from './init-terminal.js';

/**
 * Three people set up their week with `iop-plan init` in a real terminal, typed key by key. Each
 * ends with a stored profile that plans a valid week (DESIGN §3, checked by verify-plan), and
 * the screens they saw are kept as reviewed snapshots in __snapshots__/.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/iop-plan.js');
const NOW = '2026-11-26T17:00:00Z'; // a Thursday: programs start on Monday 30 Nov
const MONDAY = '2026-11-30';

const ask = (pattern: RegExp | string, keys: Key[]): Step => ({
  ask: typeof pattern === 'string' ? new RegExp(literal(pattern)) : pattern,
  keys,
});
const see = (pattern: string, keys: Key[]): Step => ({ see: new RegExp(literal(pattern)), keys });
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const enter = (...questions: string[]) => questions.map((q) => ask(q, [ENTER]));
const backspaces = (n: number): Key[] => Array.from({ length: n }, () => ({ key: 'BSpace' }));

function person(zone: string) {
  const home = mkdtempSync(join(tmpdir(), 'iop-e2e-person-'));
  const env = {
    PATH: process.env.PATH,
    HOME: home,
    IOP_PLAN_CONFIG_DIR: join(home, 'config'),
    IOP_PLAN_DATA_DIR: join(home, 'data'),
    XDG_CONFIG_HOME: join(home, 'xdg'),
    SOURCE_DATE_EPOCH: String(Date.parse(NOW) / 1000),
    TZ: zone,
    TERM: 'xterm-256color',
    NO_COLOR: '1',
    LANG: 'C.UTF-8',
  };
  return { home, env };
}

const open: Terminal[] = [];
function init(env: NodeJS.ProcessEnv, home: string): Terminal {
  const terminal = new Terminal([process.execPath, BIN, 'init'], env, home);
  open.push(terminal);
  return terminal;
}

/** The screen as a person saw it, with the temporary home folder written as ~. */
const shown = (t: Terminal, home: string) => t.screen().replaceAll(home, '~');

function storedPlanProblems(home: string) {
  const raw = JSON.parse(readFileSync(join(home, 'config', 'profile.json'), 'utf8'));
  const checked = validateProfile(raw);
  if (!checked.ok) return { raw, problems: checked.problems };
  const profile = normalizeProfile(checked.input);
  const plan = buildPlan(profile, MONDAY, Date.parse(NOW));
  return { raw, plan, problems: verifyPlan(profile, plan) };
}

const habitsEnterThrough = [
  ask('Which habits should the plan make room for', [ENTER]),
  ...enter('Peer support call: minutes', 'Peer support call: times a week', 'Peer support call: when'),
  ...enter('Peer support call: between what hours', 'Peer support call: a must'),
];

describe.runIf(hasTmux() || inCi)('iop-plan init, as three people use it (tmux)', () => {
  beforeAll(() => ensureBuilt(), 60_000);
  afterEach(() => {
    for (const t of open.splice(0)) t.close();
  });

  it('an office worker with two children and an evening program stops mid-way and picks up again', async () => {
    const { home, env } = person('America/New_York');
    const first = init(env, home);
    await first.run([
      ask('What should the plan call you', type('Dana')),
      ...enter('Your time zone', 'Your week starts on', 'How do you work', 'Shift 1: which days'),
      ask('Shift 1: hours', type('8:30am-5pm')),
      ...enter('Another shift', 'Can you make up missed work hours'),
      ask('Minutes of travel to work', type('30')),
      ask('Days you work from home', [DOWN, DOWN, DOWN, DOWN, SPACE, ENTER]),
      ask('Workplace address', type('100 Main St, Springfield')),
      ask('Will you take leave from work for treatment', YES),
      ask('worked for this employer 12 months', [UP, UP, ENTER]),
      ask('1,250 hours', [UP, UP, ENTER]),
      ask('50+ employees', [ENTER]), // I don't know
      ask('Your normal hours a week', [ENTER]),
      ask('Do you have your work schedule as a calendar file', [ENTER]),
      ask('Does your sleep change from day to day', [ENTER]),
      ask('When do you sleep', type('10:30pm-6:30am')),
      ...enter('Which schedule does your program follow', 'Name of the program', 'First day of the program'),
      ...enter('How many weeks', 'How do you attend', 'Minutes of travel to the program', 'Minutes to arrive early'),
      ask('Address of the program', [ENTER]),
      ask('Minutes from work straight to the program', type('25')),
      ask('Days the program is closed', [DOWN, ENTER]),
      ask('Closed dates', type('2026-12-24, 12/25')),
      see('12/25: not a day', [...backspaces(5), ...type('2026-12-25')]),
      ...enter('Individual counselling sessions to fit', 'Individual counselling sessions: minutes'),
      ...enter('Individual counselling sessions: how many', 'Individual counselling sessions: between'),
      ask('Family sessions to fit', [ENTER]),
      ask('Does anyone live with you', YES),
      ask('Their name', type('Sam')),
      ask('Is Sam busy at regular times', YES),
      ...enter('What is it? (e.g. School, Work)', 'Work: which days'),
      ask('Work: hours', type('9-5:30pm')),
      ask('Another busy time for Sam', [ENTER]),
      ask('Add someone else', YES),
      ask('Their name', type('Mia')),
      ask('Is Mia busy at regular times', YES),
      ask('What is it? (e.g. School, Work)', type('School')),
      ask('School: which days', [ENTER]),
      ask('School: hours', type('8:15am-3pm')),
      ask('Another busy time for Mia', [ENTER]),
      ask('Add someone else', YES),
      ask('Their name', type('Leo')),
      ask('Is Leo busy at regular times', YES),
      ask('What is it? (e.g. School, Work)', type('School')),
      ask('School: which days', [ENTER]),
      ask('School: hours', type('8:15am-3pm')),
      ask('Another busy time for Leo', [ENTER]),
      ask('Add someone else', [ENTER]),
      ask('Any family duties', [CTRL_C]), // the phone rings
    ]);
    expect(await first.exitCode()).toBe(130);
    expect(first.screen()).toContain('pick up where you left off');
    expect(existsSync(join(home, 'config', 'profile.json'))).toBe(false);
    expect(statSync(join(home, 'data', 'init-draft.json')).mode & 0o777).toBe(0o600);

    const second = init(env, home);
    await second.run([
      ask('You have unsaved answers', [ENTER]),
      ask('Any family duties', YES),
      ask('What is it? (e.g. School drop-off)', type('School drop-off')),
      ...enter('School drop-off: at a set time', 'School drop-off: which days'),
      ask('School drop-off: from when to when', type('7:45-8:15am')),
      ask('School drop-off: who can do it', [DOWN, SPACE, ENTER]),
      ask('School drop-off: take turns a week each', YES),
      ask('Add another duty', YES),
      ask('What is it? (e.g. School drop-off)', type('Dinner')),
      ask('Dinner: at a set time', [DOWN, ENTER]),
      ask('Dinner: which days', type('daily')),
      ask('Dinner: how many minutes', [ENTER]),
      ask('Dinner: between what hours', type('5-7:30pm')),
      ask('Dinner: how many times a week', [ENTER]),
      ask('Dinner: who can do it', [DOWN, SPACE, ENTER]),
      ask('Dinner: share it out', YES),
      ask('Add another duty', [ENTER]),
      ...habitsEnterThrough,
      ...enter('Mutual-help meeting: minutes', 'Mutual-help meeting: times a week', 'Mutual-help meeting: when'),
      ask('Mutual-help meeting: days and start times', type('wed 7pm; sat 10am')),
      ...enter('Mutual-help meeting: minutes of travel', 'Mutual-help meeting: address', 'Mutual-help meeting: a must'),
      ...enter(
        'Exercise: minutes',
        'Exercise: times a week',
        'Exercise: when',
        'Exercise: between',
        'Exercise: a must',
      ),
      ...enter('Breathing practice: minutes', 'Breathing practice: times a week', 'Breathing practice: when'),
      ...enter('Breathing practice: between', 'Breathing practice: a must'),
      ...enter('Add a habit of your own', 'Most hours to plan in a day'),
      ask('Any one-off events', YES),
      ask('What is it?', type('School play')),
      ask('School play: which day', type('2026-12-06')),
      ask('School play: from when to when', type('2-3:30pm')),
      ask('Add another one-off event', [ENTER]),
      ask('Save this profile', [ENTER]),
      ask('Make the plan and calendar files for the week shown', [ENTER]),
      ask('Folder for the plan and calendar files', [ENTER]),
    ]);
    expect(await second.exitCode()).toBe(0);

    const { raw, problems } = storedPlanProblems(home);
    expect(problems).toEqual([]);
    expect(raw).toMatchObject({
      me: { name: 'Dana' },
      timezone: 'America/New_York',
      sleep: { bedtime: '22:30', wake: '06:30' },
      work: {
        shifts: [{ days: 'weekdays', start: '08:30', end: '17:00' }],
        remoteDays: ['fri'],
        address: '100 Main St, Springfield',
        leave: { fmla: true, eligible: 'unsure' },
      },
      iop: { program: 'Evening IOP', fromWorkMinutes: 25, closedDates: ['2026-12-24', '2026-12-25'] },
      household: [{ id: 'sam' }, { id: 'mia' }, { id: 'leo' }],
      duties: [
        { id: 'school-drop-off', start: '07:45', end: '08:15', owners: ['me', 'sam'], rotate: true },
        { id: 'dinner', window: ['17:00', '19:30'], owners: ['me', 'sam'], rotate: true },
      ],
    });
    expect(raw.habits.find((h: { id: string }) => h.id === 'meeting').slots).toEqual([
      { days: ['wed'], start: '19:00' },
      { days: ['sat'], start: '10:00' },
    ]);
    expect(existsSync(join(home, 'data', 'init-draft.json'))).toBe(false);
    expect(readdirSync(join(home, 'Documents', 'iop-plan'))).toContain('iop-plan-2026-W49-me.ics');

    await expect(`${shown(first, home)}\n----- run again -----\n\n${shown(second, home)}`).toMatchFileSnapshot(
      '__snapshots__/init-office-worker.txt',
    );
  }, 60_000);

  it('a night-shift nurse with a virtual morning program and a dog gives sleep day by day', async () => {
    const { home, env } = person('America/Chicago');
    const t = init(env, home);
    await t.run([
      ask('What should the plan call you', type('Jordan')),
      ...enter('Your time zone', 'Your week starts on', 'How do you work'),
      ask('Shift 1: which days', type('fri,sat,sun')),
      ask('Shift 1: hours', type('9-5')),
      see('is 20 hours long', [...backspaces(3), ...type('7pm-7:30am')]),
      ...enter('Another shift', 'Can you make up missed work hours'),
      ask('Minutes of travel to work', type('25')),
      ask('Days you work from home', [ENTER]),
      ask('Workplace address', [ENTER]),
      ask('Will you take leave from work for treatment', YES),
      ...enter('worked for this employer 12 months', '1,250 hours', '50+ employees', 'Your normal hours a week'),
      ask('Do you have your work schedule as a calendar file', [ENTER]),
      ask('Your shifts run overnight: plan your sleep day by day', [ENTER]),
      ask('Monday: sleep starting that day', type('8:30am-1:30pm, 11pm-7am')),
      ...enter('Tuesday: sleep', 'Wednesday: sleep', 'Thursday: sleep'),
      ask('Friday: sleep', type('3pm-8pm')),
      see('overlaps your Fri shift 19:00-07:30', [...backspaces(7), ...type('1-5pm')]),
      ...enter('Saturday: sleep', 'Sunday: sleep'),
      ...enter('Which schedule does your program follow', 'Name of the program', 'First day of the program'),
      ...enter('How many weeks', 'How do you attend', 'Days the program is closed'),
      ...enter('Individual counselling sessions to fit', 'Individual counselling sessions: minutes'),
      ...enter('Individual counselling sessions: how many', 'Individual counselling sessions: between'),
      ...enter('Family sessions to fit', 'Does anyone live with you'),
      ask('Any family duties', YES),
      ask('What is it? (e.g. School drop-off)', type('Walk the dog')),
      ask('Walk the dog: at a set time', [DOWN, ENTER]),
      ask('Walk the dog: which days', type('daily')),
      ask('Walk the dog: how many minutes', type('45')),
      ask('Walk the dog: between what hours', type('9pm-1am')),
      see('runs past midnight: a duty must end by 24:00', [...backspaces(7), ...type('4pm-6:30pm')]),
      ...enter('Walk the dog: how many times a week', 'Add another duty'),
      ...habitsEnterThrough,
      ...enter('Mutual-help meeting: minutes', 'Mutual-help meeting: times a week'),
      ask('Mutual-help meeting: when', [UP, ENTER]), // an online meeting, any time
      ask('Mutual-help meeting: between what hours', type('10am-6pm')),
      ask('Mutual-help meeting: minutes of travel', type('0')),
      ask('Mutual-help meeting: a must', [ENTER]),
      ...enter(
        'Exercise: minutes',
        'Exercise: times a week',
        'Exercise: when',
        'Exercise: between',
        'Exercise: a must',
      ),
      ...enter('Breathing practice: minutes', 'Breathing practice: times a week', 'Breathing practice: when'),
      ...enter('Breathing practice: between', 'Breathing practice: a must'),
      ask('Add a habit of your own', YES),
      ask('What is it?', type('Journaling')),
      ...enter('Journaling: minutes', 'Journaling: times a week', 'Journaling: when'),
      ask('Journaling: between what hours', type('9pm-1am')),
      ask('Journaling: which hours', [DOWN, DOWN, ENTER]), // both: two windows
      ask('Journaling: a must', [ENTER]),
      ...enter('Add a habit of your own', 'Most hours to plan in a day', 'Any one-off events'),
      ask('Save this profile', [ENTER]),
      ask('Make the plan and calendar files', NO),
    ]);
    expect(await t.exitCode()).toBe(0);

    const { raw, plan, problems } = storedPlanProblems(home);
    expect(problems).toEqual([]);
    expect(raw.sleep).toEqual([
      { days: ['mon'], bedtime: '08:30', wake: '13:30' },
      { days: ['mon', 'tue', 'wed', 'thu'], bedtime: '23:00', wake: '07:00' },
      { days: ['fri'], bedtime: '13:00', wake: '17:00' },
      { days: ['sat', 'sun'], bedtime: '08:30', wake: '16:00' },
    ]);
    expect(raw.iop).toMatchObject({ program: 'Virtual morning IOP', mode: 'virtual' });
    expect(raw.work.shifts).toEqual([{ days: ['fri', 'sat', 'sun'], start: '19:00', end: '07:30' }]);
    expect(raw.habits.filter((h: { title: string }) => h.title.startsWith('Journaling'))).toMatchObject([
      { window: ['21:00', '24:00'], perWeek: 2 },
      { id: 'journaling-early', window: ['00:00', '01:00'], perWeek: 1 },
    ]);
    // One short-sleep warning (the nap before the first shift), not seven.
    expect(plan?.warnings.filter((w) => w.code === 'sleep-short')).toHaveLength(1);
    await expect(shown(t, home)).toMatchFileSnapshot('__snapshots__/init-night-nurse.txt');
  }, 60_000);

  it('a part-time remote worker caring for a parent goes back and changes an earlier answer', async () => {
    const { home, env } = person('America/Los_Angeles');
    const t = init(env, home);
    await t.run([
      ask('What should the plan call you', type('Ray')),
      ...enter('Your time zone', 'Your week starts on'),
      ask('How do you work', [DOWN, ENTER]),
      ask('Hours of work a week', type('20')),
      ask('Which days can you work', [ENTER]),
      ask('Between what hours', type('1pm-6pm')),
      ...enter('Minutes of travel to work', 'Will you take leave from work for treatment'),
      ...enter('Do you have your work schedule as a calendar file', 'Does your sleep change from day to day'),
      ask('When do you sleep', type('11pm-7am')),
      ask('Which schedule does your program follow', [DOWN, DOWN, DOWN, DOWN, ENTER]), // type my own
      ask('Group sessions 1: which days', type('mon,tue,wed,thu')),
      ask('Group sessions 1: hours', type('9am-12pm')),
      ask('Sessions on other days', [ENTER]),
      ask('Name of the program', type('Riverside IOP')),
      ask('First day of the program', [ENTER]),
      ask('How many weeks', type('8')),
      ask('How do you attend', [ENTER]),
      ask('Minutes of travel to the program', type('15')),
      ask('Minutes to arrive early', [ENTER]),
      ask('Address of the program', type('12 River Rd')),
      ask('Days the program is closed', [ENTER]),
      ask('Individual counselling sessions to fit', YES),
      ask('Individual counselling sessions: minutes', [ENTER]),
      ...enter('Individual counselling sessions: how many', 'Individual counselling sessions: between'),
      ask('Family sessions to fit', YES),
      ...enter('Family sessions: minutes', 'Family sessions: how many', 'Family sessions: between'),
      ask('Does anyone live with you', YES),
      ask('Their name', type('Mom')),
      ask('Is Mom busy at regular times', [ENTER]),
      ask('Add someone else', [ENTER]),
      ask('Any family duties', YES),
      ask('What is it? (e.g. School drop-off)', type('Lunch with Mom')),
      ask('Lunch with Mom: at a set time', [ENTER]),
      ask('Lunch with Mom: which days', type('daily')),
      ask('Lunch with Mom: from when to when', type('12:30-1:15pm')),
      ask('Lunch with Mom: who can do it', [ENTER]),
      ask('Add another duty', YES),
      ask('What is it? (e.g. School drop-off)', type("Mom's evening medicine")),
      ask("Mom's evening medicine: at a set time", [ENTER]),
      ask("Mom's evening medicine: which days", type('daily')),
      ask("Mom's evening medicine: from when to when", type('8pm')), // one time: 15 minutes
      ask("Mom's evening medicine: who can do it", [ENTER]),
      ask('Add another duty', [ENTER]),
      ...habitsEnterThrough,
      ...enter('Mutual-help meeting: minutes', 'Mutual-help meeting: times a week', 'Mutual-help meeting: when'),
      ask('Mutual-help meeting: days and start times', type('mon,wed 7pm; sat 9am')),
      ...enter('Mutual-help meeting: minutes of travel', 'Mutual-help meeting: address', 'Mutual-help meeting: a must'),
      ...enter(
        'Exercise: minutes',
        'Exercise: times a week',
        'Exercise: when',
        'Exercise: between',
        'Exercise: a must',
      ),
      ...enter('Breathing practice: minutes', 'Breathing practice: times a week', 'Breathing practice: when'),
      ...enter('Breathing practice: between', 'Breathing practice: a must'),
      ...enter('Add a habit of your own', 'Most hours to plan in a day', 'Any one-off events'),
      // The summary shows 20 hours of work is too much next to the program: back to Work.
      ask('Save this profile, or change something first', [DOWN, DOWN, ENTER]),
      ask('How do you work', [ENTER]),
      ask('Hours of work a week', type('16')),
      ...enter('Which days can you work', 'Between what hours', 'Minutes of travel to work'),
      ask('Will you take leave from work for treatment', [ENTER]),
      ask('Save now, or change something else', [ENTER]),
      ask('Make the plan and calendar files', [ENTER]),
      ask('Folder for the plan and calendar files', type('~/plans')),
    ]);
    expect(await t.exitCode()).toBe(0);

    const { raw, problems } = storedPlanProblems(home);
    expect(problems).toEqual([]);
    expect(raw.work).toEqual({
      flexible: { days: 'weekdays', earliest: '13:00', latest: '18:00', weeklyHours: 16 },
      commuteMinutes: 0,
    });
    expect(raw.iop).toMatchObject({
      program: 'Riverside IOP',
      weeks: 8,
      address: '12 River Rd',
      sessions: [{ days: ['mon', 'tue', 'wed', 'thu'], start: '09:00', end: '12:00' }],
    });
    expect(raw.duties).toMatchObject([
      { id: 'lunch-with-mom', start: '12:30', end: '13:15', owners: ['me'] },
      { id: 'mom-s-evening-medicine', start: '20:00', end: '20:15', owners: ['me'] },
    ]);
    expect(readdirSync(join(home, 'plans'))).toContain('iop-plan-2026-W49.md');
    const screen = shown(t, home);
    expect(screen.match(/^Your week of 2026-11-30/gm)).toHaveLength(2); // the summary again after the change
    await expect(screen).toMatchFileSnapshot('__snapshots__/init-remote-caregiver.txt');
  }, 60_000);
});
