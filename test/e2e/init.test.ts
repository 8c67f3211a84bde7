import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/iop-plan.js');
const DRIVER = join(ROOT, 'test/e2e/pty-driver.py');
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const ENTER = ['\r'];
const DOWN = '\x1b[B';

function tempEnv() {
  const root = mkdtempSync(join(tmpdir(), 'iop-e2e-init-'));
  const env = {
    ...process.env,
    IOP_PLAN_CONFIG_DIR: join(root, 'config'),
    IOP_PLAN_DATA_DIR: join(root, 'data'),
    HOME: root,
    SOURCE_DATE_EPOCH: String(Date.parse('2026-11-26T17:00:00Z') / 1000),
    TERM: 'xterm-256color',
    NO_COLOR: '1',
  };
  return { root, env };
}

/** Drives `iop-plan init` through a real pseudo-terminal, answering each prompt as it appears. */
function drive(steps: [string, string[]][], env: NodeJS.ProcessEnv, cwd: string) {
  const input = JSON.stringify({ argv: [process.execPath, BIN, 'init'], steps, timeout: 20 });
  const run = spawnSync(PYTHON, [DRIVER], { input, env, cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: run.status, transcript: run.stdout + run.stderr };
}

const type = (text: string) => [`${text}\r`];
const yes = ['y', '\r'];

describe('iop-plan init in a real terminal', () => {
  beforeAll(() => {
    if (!existsSync(join(ROOT, 'dist/main.js'))) spawnSync('npm', ['run', 'build'], { cwd: ROOT });
  });

  it('answers every section, stores the profile (0600) and writes the plan and calendars', () => {
    const { root, env } = tempEnv();
    const steps: [string, string[]][] = [
      ['What should the plan call you\\?', type('Robin')],
      ['Your time zone', type('America/Chicago')],
      ['Your week starts on', ENTER],
      ['How do you work\\?', ENTER],
      ['Shift 1: which days\\?', ENTER],
      ['Shift 1: hours', type('8am-4:30pm')],
      ['Another shift', ENTER],
      ['Can you make up missed work hours', yes],
      ['Between what hours may work be moved', ENTER],
      ['Minutes of travel to work', type('25')],
      ['Days you work from home', [DOWN, DOWN, DOWN, DOWN, ' ', '\r']],
      ['Workplace address', ENTER],
      ['Will you take leave from work', yes],
      ['12 months or more', ENTER],
      ['1,250 hours', ENTER],
      ['50\\+ employees', ENTER],
      ['Your normal hours a week', ENTER],
      ['Do you have your work schedule as a calendar file', ENTER],
      ['Does your sleep change from day to day', ENTER],
      ['When do you sleep\\?', ENTER],
      ['Which schedule does your program follow\\?', ENTER],
      ['Name of the program', ENTER],
      ['First day of the program', type('2026-11-30')],
      ['How many weeks', ENTER],
      ['How do you attend\\?', ENTER],
      ['Minutes of travel to the program', ENTER],
      ['Minutes to arrive early', ENTER],
      ['Address of the program', ENTER],
      ['Minutes from work straight to the program', ENTER],
      ['Days the program is closed', ENTER],
      ['Individual counselling sessions to fit', ENTER],
      ['Individual counselling sessions: minutes each', ENTER],
      ['Individual counselling sessions: how many a week', ENTER],
      ['Individual counselling sessions: between what hours', ENTER],
      ['Family sessions to fit', ENTER],
      ['Does anyone live with you', yes],
      ['Their name', type('Alex')],
      ['Is Alex busy at regular times', yes],
      ['What is it\\? \\(e\\.g\\. School, Work\\)', ENTER],
      ['Work: which days\\?', ENTER],
      ['Work: hours', type('08:00-17:30')],
      ['Another busy time for Alex', ENTER],
      ['Add someone else', ENTER],
      ['Any family duties', yes],
      ['What is it\\? \\(e\\.g\\. School drop-off\\)', type('School drop-off')],
      ['School drop-off: at a set time', ENTER],
      ['School drop-off: which days\\?', ENTER],
      ['School drop-off: from when to when', type('07:15-07:35')],
      ['School drop-off: who can do it', [DOWN, ' ', '\r']],
      ['School drop-off: take turns', yes],
      ['Add another duty', ENTER],
      ['Which habits should the plan make room for', ENTER],
      ...['Peer support call', 'Mutual-help meeting', 'Exercise', 'Breathing practice'].flatMap((h) => {
        const timing: [string, string[]][] =
          h === 'Mutual-help meeting'
            ? [
                [`${h}: days and start times`, ENTER],
                [`${h}: minutes of travel`, ENTER],
                [`${h}: address`, ENTER],
              ]
            : [[`${h}: between what hours`, ENTER]];
        return [
          [`${h}: minutes each time`, ENTER],
          [`${h}: times a week`, h === 'Mutual-help meeting' ? type('1') : ENTER],
          [`${h}: when\\?`, ENTER],
          ...timing,
          [`${h}: a must`, ENTER],
        ] as [string, string[]][];
      }),
      ['Add a habit of your own', ENTER],
      ['Most hours to plan in a day', ENTER],
      ['Any one-off events', yes],
      ['What is it\\?', type('School play')],
      ['School play: which day\\?', type('2026-12-05')],
      ['School play: from when to when', type('10:00-11:30')],
      ['Add another one-off event', ENTER],
      ['Save this profile', ENTER],
      ['Make the plan and calendar files', ENTER],
      ['Folder for the plan', type('out')],
    ];
    const { code, transcript } = drive(steps, env, root);
    expect(code, transcript).toBe(0);
    expect(transcript).toContain('Your week of 2026-11-30 to 2026-12-06');

    const file = join(root, 'config', 'profile.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const profile = JSON.parse(readFileSync(file, 'utf8'));
    expect(profile).toMatchObject({
      version: 1,
      timezone: 'America/Chicago',
      me: { name: 'Robin' },
      work: {
        shifts: [{ start: '08:00', end: '16:30' }],
        commuteMinutes: 25,
        remoteDays: ['fri'],
        leave: { fmla: true },
      },
      iop: { program: 'Evening IOP', startDate: '2026-11-30' },
      household: [{ id: 'alex', name: 'Alex' }],
      duties: [{ id: 'school-drop-off', owners: ['me', 'alex'], rotate: true }],
      events: [{ id: 'school-play', date: '2026-12-05' }],
    });
    expect(profile.id).toMatch(/^[a-z0-9-]+$/);

    const out = readdirSync(join(root, 'out'));
    expect(out).toContain('iop-plan-2026-W49.md');
    expect(out).toContain('iop-plan-2026-W49-me.ics');
    const ics = readFileSync(join(root, 'out', 'iop-plan-2026-W49-me.ics'), 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('School play');
    expect(statSync(join(root, 'out', 'iop-plan-2026-W49-me.ics')).mode & 0o777).toBe(0o600);
  });

  it('Ctrl-C in the first section exits 130 and writes nothing', () => {
    const { root, env } = tempEnv();
    const { code, transcript } = drive(
      [
        ['What should the plan call you\\?', type('Robin')],
        ['Your time zone', ['\x03']],
      ],
      env,
      root,
    );
    expect(code, transcript).toBe(130);
    expect(existsSync(join(root, 'config'))).toBe(false);
    expect(existsSync(join(root, 'data', 'init-draft.json'))).toBe(false); // no section was finished
  });

  it('with stdin from /dev/null exits 2 at once', () => {
    const { root, env } = tempEnv();
    const started = Date.now();
    const run = spawnSync(process.execPath, [BIN, 'init'], {
      env,
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      timeout: 10_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('init is interactive; use `iop-plan profile import FILE` or `--config FILE`');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('a corrupt stored profile is left intact with a message naming the file', () => {
    const { root, env } = tempEnv();
    mkdirSync(join(root, 'config'));
    writeFileSync(join(root, 'config', 'profile.json'), '{"version": 1,');
    const { code, transcript } = drive([], env, root);
    expect(code).toBe(1);
    expect(transcript).toContain(`${join(root, 'config', 'profile.json')} is not valid JSON`);
    expect(readFileSync(join(root, 'config', 'profile.json'), 'utf8')).toBe('{"version": 1,');
  });
});
