import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, formatInstant } from '../../src/domain/week.js';
import { readIcs } from '../adapters/calendar/read-ics.js';
import { inCi } from '../support/in-ci.js';
import { runCli } from './calendar-cli.js';
import { ensureBuilt } from './ensure-built.js';

const hasRemind = spawnSync('remind', ['-h']).error === undefined;
const hasKhal = spawnSync('khal', ['--version']).status === 0;

const PROFILE = 'test/fixtures/calendars/roster-and-partner.yaml';
const ZONE = 'America/New_York';
const MONDAY = '2026-10-26';
// A title with remind's special characters: `%` (substitution) and `[` (expression).
const ADD = ['--add', 'Dentist [ortho] 100% covered 2026-10-28 14:00-15:00'];
const WEEK = ['--week', MONDAY, '--now', '2026-10-20T12:00:00Z', ...ADD];

beforeAll(() => {
  ensureBuilt();
});

/** The week's `me` calendar file, as the reference for both exports. */
function meEvents() {
  const out = mkdtempSync(join(tmpdir(), 'iop-me-ics-'));
  const result = runCli(['plan', '--config', PROFILE, ...WEEK, '--ics', '--view', 'me', '--out', out, '--quiet']);
  expect(result.code).toBe(0);
  const file = readdirSync(out).find((f) => f.endsWith('-me.ics'))!;
  return readIcs(readFileSync(join(out, file), 'utf8')).events;
}

const local = (ms: number) => formatInstant(ms, ZONE);

describe('plan --format remind', () => {
  it.runIf(hasRemind || inCi)('is read by remind, which lists every event of the week and the leave-by times', () => {
    expect(hasRemind, 'remind is not installed').toBe(true);
    const result = runCli(['plan', '--config', PROFILE, ...WEEK, '--format', 'remind']);
    expect(result.code).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'iop-remind-'));
    const file = join(dir, 'week.rem');
    writeFileSync(file, result.stdout);
    expect(result.stdout).toContain('MSG Dentist ["["]ortho] 100%% covered');
    const run = spawnSync('remind', ['-m', '-s+1', file, MONDAY], {
      encoding: 'utf8',
      env: { ...process.env, TZ: ZONE },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    // `2026/10/27 * * 180 780 1:00-4:00pm Group therapy`: date, duration and start in minutes, body.
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => {
        const [date, , , , minute, , ...body] = l.split(' ');
        return `${date!.replace(/\//g, '-')} ${minute} ${body.join(' ')}`;
      });
    const events = meEvents();
    expect(events.length).toBeGreaterThan(20);
    for (const e of events) {
      const start = local(e.startMs);
      const minute = Number(start.slice(11, 13)) * 60 + Number(start.slice(14, 16));
      expect(lines).toContain(`${start.slice(0, 10)} ${minute} ${e.summary}`);
    }
    expect(lines).toContain('2026-10-28 * Dentist [ortho] 100% covered'.replace('*', String(14 * 60)));
    // The leave-by reminder comes alarms.leaveByLeadMinutes (default 10) before the leave-by time.
    const leaveBy = lines
      .map((l) => /^2026-10-27 (\d+) Leave by (\d\d):(\d\d) for Group therapy$/.exec(l))
      .find(Boolean);
    expect(leaveBy).toBeDefined();
    const [, fires, hours, minutes] = leaveBy!.map(Number);
    expect(fires).toBe(hours! * 60 + minutes! - 10);
  });
});

describe('plan --vdir', () => {
  it.runIf(hasKhal || inCi)('is read by khal, which lists the same events as the .ics file', () => {
    expect(hasKhal, 'khal is not installed').toBe(true);
    const root = mkdtempSync(join(tmpdir(), 'iop-vdir-'));
    const vdir = join(root, 'plan');
    const result = runCli(['plan', '--config', PROFILE, ...WEEK, '--vdir', vdir, '--quiet', '--format', 'json']);
    expect(result.code).toBe(0);
    const events = meEvents();
    const names = readdirSync(vdir).sort();
    expect(names).toEqual(events.map((e) => `${e.uid}.ics`).sort());
    for (const name of names) {
      const text = readFileSync(join(vdir, name), 'utf8');
      expect(readIcs(text).events).toHaveLength(1);
      expect(text).not.toMatch(/^METHOD:/m);
    }
    const listed = khal(root, vdir, [
      'list',
      '--once',
      '--day-format',
      '',
      '--format',
      '{start} | {end} | {title}',
      addDays(MONDAY, -1),
      '9d',
    ])
      .split('\n')
      .filter((l) => l.includes(' | '))
      .sort();
    const wall = (ms: number) => local(ms).slice(0, 16).replace('T', ' ');
    expect(listed).toEqual(events.map((e) => `${wall(e.startMs)} | ${wall(e.endMs)} | ${e.summary}`).sort());
  });

  it('removes the events that left the plan, and refuses --view all', () => {
    const root = mkdtempSync(join(tmpdir(), 'iop-vdir-'));
    const vdir = join(root, 'plan');
    const env = { IOP_PLAN_DATA_DIR: join(root, 'data'), IOP_PLAN_CONFIG_DIR: join(root, 'config') };
    const first = runCli(['plan', '--config', PROFILE, ...WEEK, '--vdir', vdir, '--quiet'], env);
    expect(first.code).toBe(0);
    const before = readdirSync(vdir).length;
    const args = ['plan', '--config', PROFILE, '--week', MONDAY, '--now', '2026-10-20T12:00:00Z', '--clear-overrides'];
    const second = runCli([...args, '--vdir', vdir, '--quiet'], env);
    expect(second.code).toBe(0);
    expect(readdirSync(vdir).length).toBe(before - 1);
    const all = runCli(['plan', '--config', PROFILE, '--week', MONDAY, '--vdir', vdir, '--view', 'all']);
    expect(all.code).toBe(2);
    expect(all.stderr).toMatch(/--vdir writes one calendar/);
  });
});

function khal(root: string, vdir: string, args: string[]): string {
  const config = join(root, 'khal.conf');
  mkdirSync(join(root, 'data'), { recursive: true });
  writeFileSync(
    config,
    [
      '[calendars]',
      '[[plan]]',
      `path = ${vdir}`,
      'type = calendar',
      '[locale]',
      'timeformat = %H:%M',
      'dateformat = %Y-%m-%d',
      'longdateformat = %Y-%m-%d',
      'datetimeformat = %Y-%m-%d %H:%M',
      'longdatetimeformat = %Y-%m-%d %H:%M',
      `local_timezone = ${ZONE}`,
      `default_timezone = ${ZONE}`,
      '',
    ].join('\n'),
  );
  const env = { ...process.env, XDG_DATA_HOME: join(root, 'data'), XDG_CACHE_HOME: join(root, 'cache'), HOME: root };
  return execFileSync('khal', ['-c', config, ...args], { encoding: 'utf8', env });
}
