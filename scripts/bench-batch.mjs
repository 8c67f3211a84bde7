// Batch mode for clinics: one `iop-plan plan --config FOLDER --out DIR` over 1,000 profiles (the
// shipped examples, each copied under many names with its own person's name), timed as one
// process from start to exit, with its peak RSS. Goal: 15 s.
//   npm run bench:batch                 1,000 profiles, Markdown
//   npm run bench:batch -- --count 200 --format html
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const flagValue = (flag, fallback) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : fallback);
const count = Number(flagValue('--count', 1000));
const format = flagValue('--format', 'md');
const GOAL_S = 15;

const home = mkdtempSync(join(tmpdir(), 'iop-plan-batch-'));
process.on('exit', () => rmSync(home, { recursive: true, force: true }));
const built = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (built.status !== 0) throw new Error('the build failed');

const examples = readdirSync('templates/profiles')
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => readFileSync(join('templates/profiles', f), 'utf8'));
const profiles = join(home, 'profiles');
mkdirSync(profiles);
for (let i = 0; i < count; i++) {
  const text = examples[i % examples.length].replace(
    /^(me:\s*\n\s*name:\s*).*$|^(me:\s*\{\s*name:\s*)[^}]*/m,
    (_m, a, b) => (a ? `${a}Person ${i}` : `${b}Person ${i} `),
  );
  writeFileSync(join(profiles, `person-${String(i).padStart(4, '0')}.yaml`), text);
}

const rssFile = join(home, 'rss');
const hook = join(home, 'report-rss.cjs');
writeFileSync(
  hook,
  `process.on('exit', () => { const u = process.resourceUsage(); require('node:fs').writeFileSync(${JSON.stringify(rssFile)}, JSON.stringify(u)); });\n`,
);
const out = join(home, 'plans');
const env = { ...process.env, IOP_PLAN_CONFIG_DIR: join(home, 'config'), IOP_PLAN_DATA_DIR: join(home, 'data') };
const start = process.hrtime.bigint();
const run = spawnSync(
  process.execPath,
  [
    '--require',
    hook,
    resolve('bin/iop-plan.js'),
    'plan',
    '--config',
    profiles,
    '--format',
    format,
    '--out',
    out,
    '--quiet',
    '--now',
    '2026-11-30T20:00:00Z',
  ],
  { env, stdio: ['ignore', 'ignore', 'pipe'] },
);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
if (run.status !== 0)
  throw new Error(`exit ${run.status}: ${run.stderr.toString().split('\n').slice(0, 3).join(' | ')}`);
const written = readdirSync(out).length;
if (written !== count) throw new Error(`${written} plan files for ${count} profiles`);
// The process's own account, worker threads included: CPU time says what the work costs when
// the machine is shared (wall time then also holds the waits for a core).
const usage = JSON.parse(readFileSync(rssFile, 'utf8'));
const cpu = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
const [load] = loadavg();
console.log(
  `Batch: ${count} profiles → ${written} ${format} plans in one process: ${seconds.toFixed(1)} s ` +
    `(${((seconds * 1000) / count).toFixed(1)} ms each), CPU ${cpu.toFixed(1)} s on ${availableParallelism()} cores, ` +
    `peak RSS ${(usage.maxRSS / 1024).toFixed(0)} MB; goal ${GOAL_S} s for 1,000 ` +
    `(Node ${process.version}, load average ${load.toFixed(1)})`,
);
if (args.includes('--check') && seconds > (GOAL_S * count) / 1000) process.exitCode = 1;
