import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const FIXTURE = 'test/fixtures/profiles/evening-iop-parent.yaml';
const FIXED = ['--week', '2026-11-30', '--now', '2026-11-26T12:00:00Z'];

let home: string;

function run(args: string[]) {
  const result = spawnSync(process.execPath, ['bin/iop-plan.js', ...args], {
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      TZ: 'Pacific/Kiritimati',
      IOP_PLAN_CONFIG_DIR: join(home, 'config'),
      IOP_PLAN_DATA_DIR: join(home, 'data'),
      HOME: home,
    },
    timeout: 20_000,
  });
  return { code: result.status, stdout: result.stdout, stderrLines: result.stderr.split('\n').filter((l) => l !== '') };
}

beforeAll(() => {
  home = mkdtempSync(join(tmpdir(), 'iop-plan-e2e-'));
  writeFileSync(join(home, 'not-a-folder'), '');
  writeFileSync(
    join(home, 'invalid.yaml'),
    'version: 1\ntimezone: America/Chicago\nme: { name: Sam }\nsleep: { bedtime: "22:30", wake: "06:30" }\nduties:\n  - { title: Dinner, start: "25:00", end: "19:00" }\n',
  );
  // Work fills every weekday noon, so a daily lunchtime walk cannot fit on five days.
  writeFileSync(
    join(home, 'crowded.yaml'),
    [
      'version: 1',
      'timezone: America/Chicago',
      'me: { name: Sam }',
      'sleep: { bedtime: "22:30", wake: "06:30" }',
      'work: { shifts: [ { days: weekdays, start: "09:00", end: "17:00" } ] }',
      'habits: [ { id: walk, title: Walk, minutes: 30, perWeek: 7, window: ["12:00", "13:00"] } ]',
      '',
    ].join('\n'),
  );
  mkdirSync(join(home, 'out'));
});

describe('exit codes and stderr', () => {
  it.each([
    ['an unknown flag', ['plan', '--bogus'], /unknown option '--bogus'/],
    ['a bad --week', ['plan', '--config', FIXTURE, '--week', 'someday'], /--week: "someday" is not/],
    ['a bad --format', ['plan', '--config', FIXTURE, '--format', 'pdf'], /--format.*pdf/],
    ['a bad --date', ['today', '--config', FIXTURE, '--date', '2026-13-01'], /--date: "2026-13-01" is not a date/],
    ['an unknown command', ['planz'], /unknown command 'planz'/],
  ])('usage error (%s) → 2 and one stderr line', (_name, args, message) => {
    const result = run(args);
    expect(result.code).toBe(2);
    expect(result.stderrLines).toHaveLength(1);
    expect(result.stderrLines[0]).toMatch(message);
    expect(result.stdout).toBe('');
  });

  it('invalid profile → 1 with `path: message` lines and no stack trace', () => {
    const result = run(['plan', '--config', join(home, 'invalid.yaml'), ...FIXED]);
    expect(result.code).toBe(1);
    expect(result.stderrLines.length).toBeGreaterThanOrEqual(1);
    for (const line of result.stderrLines) expect(line).toMatch(/invalid\.yaml.*duties\.0\.start: .*25:00/);
    expect(result.stderrLines.join('\n')).not.toMatch(/\n\s+at /);
  });

  it('unwritable --out → 1 with one line naming --out', () => {
    const result = run(['plan', '--config', FIXTURE, ...FIXED, '--out', join(home, 'not-a-folder', 'plans')]);
    expect(result.code).toBe(1);
    expect(result.stderrLines).toHaveLength(1);
    expect(result.stderrLines[0]).toMatch(/^iop-plan: --out: cannot write /);
  });

  it('--strict with unplaced items → 3, after printing the plan', () => {
    const result = run(['plan', '--config', join(home, 'crowded.yaml'), ...FIXED, '--strict', '--format', 'md']);
    expect(result.code).toBe(3);
    expect(result.stdout).toContain('## What did not fit');
    // The first line counts; one line per item (repeats on several days as one) says which.
    expect(result.stderrLines[0]).toMatch(/^iop-plan: --strict: 5 items unplaced or uncovered$/);
    expect(result.stderrLines.length).toBeGreaterThan(1);
    for (const line of result.stderrLines.slice(1)) expect(line).toMatch(/^ {2}- \S.* — .* — [a-z-]+: \S/);
  });

  it('success → 0, and --out prints the written path', () => {
    expect(run(['plan', '--config', FIXTURE, ...FIXED]).code).toBe(0);
    const written = run(['plan', '--config', FIXTURE, ...FIXED, '--format', 'md', '--out', join(home, 'out')]);
    expect(written).toMatchObject({ code: 0, stdout: `${join(home, 'out', 'iop-plan-2026-W49.md')}\n` });
    // With --out the terminal still hears what did not fit and the warnings (stderr), unless --quiet.
    for (const line of written.stderrLines)
      expect(line).toMatch(/^(Did not fit \(\d+\):|Warnings \(\d+\):| {2}[-!] \S)/);
    expect(run(['plan', '--config', FIXTURE, ...FIXED, '--out', join(home, 'out'), '--quiet']).stdout).toBe('');
    expect(run(['today', '--config', FIXTURE, '--now', '2026-11-30T20:00:00Z']).code).toBe(0);
  });

  it('--help on every command shows examples', () => {
    const top = run(['--help']);
    expect(top.code).toBe(0);
    expect(top.stdout).toContain('Examples:');
    const commands = commandsOf(top.stdout);
    expect(commands).toEqual(expect.arrayContaining(['plan', 'today']));
    const missing: string[] = [];
    for (const command of commands) {
      const help = run([command, '--help']);
      if (!help.stdout.includes('Examples:')) missing.push(command);
      for (const sub of commandsOf(help.stdout)) {
        if (!run([command, sub, '--help']).stdout.includes('Examples:')) missing.push(`${command} ${sub}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

/** Command names listed under "Commands:" in commander's help, `help` left out. */
function commandsOf(help: string): string[] {
  const section = help.split(/^Commands:$/m)[1] ?? '';
  const block = section.split(/\n\s*\n/)[0] ?? '';
  return [...block.matchAll(/^ {2}([a-z][\w-]*)/gm)].map((m) => m[1] ?? '').filter((c) => c !== 'help');
}
