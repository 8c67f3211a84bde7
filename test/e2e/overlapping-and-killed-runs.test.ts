import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './ensure-built.js';
import { type RunResult, runCliAsync, startCli } from './run-cli-async.js';

/**
 * Runs that overlap or die never block the next one (DESIGN §6): the record of written files is
 * never stale, no file is torn, stored state is not lost. Real processes, real SIGKILLs.
 */
const PAIRS = Number(process.env.IOP_PLAN_FAULT_PAIRS ?? 50);
const KILLS = Number(process.env.IOP_PLAN_FAULT_KILLS ?? 20);
const PROFILE = resolve('test/fixtures/profiles/evening-iop-parent.yaml');

let home: string;
let out: string;
let env: Record<string, string>;
beforeAll(() => {
  ensureBuilt();
  home = mkdtempSync(join(tmpdir(), 'iop-faults-'));
  out = join(home, 'plans');
  env = { HOME: home, IOP_PLAN_CONFIG_DIR: join(home, 'config'), IOP_PLAN_DATA_DIR: join(home, 'data') };
});

const args = (format: 'md' | 'html', minute: number) => [
  'plan',
  '--config',
  PROFILE,
  '--week',
  '2026-11-30',
  '--now',
  `2026-11-26T12:${String(minute % 60).padStart(2, '0')}:00Z`,
  '--format',
  format,
  '--ics',
  '--view',
  'all',
  '--out',
  out,
  '--quiet',
];

/** Every file in the folder is whole: a calendar ends its VCALENDAR, a plan ends as its format does. */
function expectNoTornFile(): void {
  for (const name of readdirSync(out)) {
    const text = readFileSync(join(out, name), 'utf8');
    if (name.startsWith('.')) continue; // a temp file of a killed run: never read as output
    if (name.endsWith('.ics')) expect(text.endsWith('END:VCALENDAR\r\n'), name).toBe(true);
    else if (name.endsWith('.html')) expect(text.trimEnd().endsWith('</html>'), name).toBe(true);
    else if (name.endsWith('.md')) expect(text.trimEnd().endsWith('24/7).'), name).toBe(true);
  }
}

function expectStateKept(): void {
  const published = join(env.IOP_PLAN_DATA_DIR!, 'profiles', 'profile', 'weeks', '2026-W49', 'published.json');
  const plan = JSON.parse(readFileSync(published, 'utf8'));
  expect(plan.week.isoWeek).toBe('2026-W49');
  expect(plan.blocks.length).toBeGreaterThan(0);
  JSON.parse(readFileSync(join(env.IOP_PLAN_DATA_DIR!, 'written-files.json'), 'utf8'));
}

async function ordinaryRun(i: number): Promise<RunResult> {
  const run = await runCliAsync(args(i % 2 === 0 ? 'md' : 'html', i), { cwd: home, env });
  expect(run.stderr, `ordinary run ${i}`).toBe('');
  expect(run.code, `ordinary run ${i}`).toBe(0);
  return run;
}

describe('overlapping and killed --out runs', () => {
  it(`${PAIRS} pairs of concurrent runs on one folder, each followed by an ordinary run`, async () => {
    for (let i = 0; i < PAIRS; i++) {
      const [a, b] = await Promise.all([
        runCliAsync(args('md', i), { cwd: home, env }),
        runCliAsync(args('html', i + 1), { cwd: home, env }),
      ]);
      expect([a.code, b.code], `${a.stderr}${b.stderr}`).toEqual([0, 0]);
      expectNoTornFile();
      await ordinaryRun(i);
      expectStateKept();
    }
  }, 1_800_000);

  it(`${KILLS} runs killed with SIGKILL at random moments, each followed by an ordinary run`, async () => {
    let killedMidway = 0;
    // Kill moments spread over the length of an ordinary run on this machine, whatever its speed.
    const started = Date.now();
    await ordinaryRun(0);
    const runMs = Math.max(200, Date.now() - started);
    for (let i = 0; i < KILLS; i++) {
      // Each run changes the calendars (a different week's worth of --add), so a kill can land mid-write.
      const extra = ['--add', `Dentist 2026-12-0${1 + (i % 5)} 1${i % 10}:00-1${i % 10}:30`, '--clear-overrides'];
      const { child, done } = startCli([...args(i % 2 ? 'md' : 'html', i), ...extra], { cwd: home, env });
      const delay = Math.floor(Math.random() * runMs * 0.9);
      setTimeout(() => child.kill('SIGKILL'), delay);
      const killed = await done;
      if (killed.signal === 'SIGKILL') killedMidway++;
      expectNoTornFile();
      await ordinaryRun(i);
      expectNoTornFile();
      expectStateKept();
    }
    // Most kills must land while the run is still going, or the test proves little.
    expect(killedMidway).toBeGreaterThan(KILLS / 2);
  }, 1_800_000);
});
