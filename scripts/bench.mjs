// Start-up figures, measured side by side in one run: each round spawns every command once, in a
// rotating order, so machine noise hits them alike. Prints medians, ratios to `node -e 0`, and
// each command's CPU time and peak RSS (extra rounds, reported by the process itself at exit).
// `today` and `plan` are measured the way people use them: a stored profile and a published week
// (the cron job runs `plan --format md` from the stored profile).
//   npm run bench                 15 rounds (after one warm-up round)
//   npm run bench -- --runs 31    more rounds
//   npm run bench -- --check      exit 1 when a ratio or a peak RSS misses its goal
// Then `iop-plan sync` of one example week against a local Radicale (when it is installed):
// the first sync and an unchanged re-sync, with the writes each sent.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { hasRadicale, startRadicale } from './radicale-server.mjs';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt === -1 ? 15 : Number(args[runsAt + 1]);
const check = args.includes('--check');

const home = mkdtempSync(join(tmpdir(), 'iop-plan-bench-'));
process.on('exit', () => rmSync(home, { recursive: true, force: true }));

// A fresh build in a package folder of its own, so that a rebuild of dist/ meanwhile cannot
// break a run (and this run does not rebuild dist/ under anyone else).
const pkg = join(home, 'package');
mkdirSync(join(pkg, 'bin'), { recursive: true });
copyFileSync('package.json', join(pkg, 'package.json'));
copyFileSync('bin/iop-plan.js', join(pkg, 'bin', 'iop-plan.js'));
for (const shared of ['templates', 'node_modules']) symlinkSync(resolve(shared), join(pkg, shared));
const built = spawnSync(process.execPath, ['scripts/build.mjs', '--outdir', join(pkg, 'dist')], { stdio: 'inherit' });
if (built.status !== 0) throw new Error('the build failed');
const BIN = join(pkg, 'bin', 'iop-plan.js');

// Node's compile cache (Node ≥ 22.1) goes into a folder of this run, warmed by the first round.
const env = {
  ...process.env,
  IOP_PLAN_CONFIG_DIR: join(home, 'config'),
  IOP_PLAN_DATA_DIR: join(home, 'data'),
  NODE_COMPILE_CACHE: join(home, 'compile-cache'),
};
const NOW = ['--now', '2026-11-30T20:00:00Z'];
const OUT = join(home, 'out');

// A stored profile and this week's plan published by `plan --out`, as after `init` and one run.
for (const setup of [
  ['profile', 'import', 'templates/profiles/evening-iop-parent.yaml'],
  ['plan', '--out', OUT, '--quiet', ...NOW],
]) {
  const result = spawnSync(process.execPath, [BIN, ...setup], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  if (result.status !== 0) throw new Error(`iop-plan ${setup.join(' ')}: ${result.stderr.toString().trim()}`);
}

const RSS_GOAL_MB = 70;
const commands = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: '--version', args: [BIN, '--version'], goal: 1.3 },
  { name: 'today (published week)', args: [BIN, 'today', ...NOW], goal: 1.2, rss: RSS_GOAL_MB },
  { name: 'today --example (allocates)', args: [BIN, 'today', '--example', ...NOW] },
  {
    name: 'plan --format md (stored, cron)',
    args: [BIN, 'plan', '--format', 'md', ...NOW],
    goal: 2.0,
    rss: RSS_GOAL_MB,
  },
  { name: 'plan --example --format md', args: [BIN, 'plan', '--example', '--format', 'md', ...NOW] },
  {
    name: 'plan --ics (stored, one week)',
    args: [BIN, 'plan', '--ics', '--out', OUT, '--quiet', ...NOW],
    goal: 2.5,
    rss: RSS_GOAL_MB,
  },
  { name: 'plan --program --ics', args: [BIN, 'plan', '--program', '--ics', '--out', OUT, '--quiet', ...NOW] },
];

function timeOnce(command, extraEnv) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, command.args, {
    env: extraEnv ? { ...env, ...extraEnv } : env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) {
    throw new Error(`${command.name} exited ${result.status}: ${result.stderr.toString().split('\n')[0]}`);
  }
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

const samples = commands.map(() => []);
for (let round = -1; round < runs; round++) {
  for (let k = 0; k < commands.length; k++) {
    const i = (k + Math.max(round, 0)) % commands.length;
    const ms = timeOnce(commands[i]);
    if (round >= 0) samples[i].push(ms); // round -1 warms the file and compile caches
  }
}

// Peak RSS and CPU time, from the process itself (`process.resourceUsage()` at exit), in rounds
// of their own so that the hook does not weigh on the timings. On a shared machine wall time
// also holds the waits for a core; CPU time (user + system) is the work itself.
const usageHook = join(home, 'report-usage.cjs');
writeFileSync(
  usageHook,
  "process.on('exit', () => require('node:fs').writeFileSync(process.env.IOP_BENCH_USAGE_FILE, JSON.stringify(process.resourceUsage())));\n",
);
const usageRounds = Math.max(3, Math.ceil(runs / 3));
const usages = commands.map(() => []);
for (let round = 0; round < usageRounds; round++) {
  for (let k = 0; k < commands.length; k++) {
    const i = (k + round) % commands.length;
    const file = join(home, `usage-${i}`);
    const command = commands[i];
    timeOnce({ ...command, args: ['--require', usageHook, ...command.args] }, { IOP_BENCH_USAGE_FILE: file });
    usages[i].push(JSON.parse(readFileSync(file, 'utf8')));
  }
}
const peakMb = usages.map((list) => Math.max(...list.map((u) => u.maxRSS)) / 1024);
const cpuMs = usages.map((list) => median(list.map((u) => (u.userCPUTime + u.systemCPUTime) / 1000)));

const base = median(samples[0]);
let missed = 0;
console.log(
  `Start-up, median of ${runs} fresh processes each (Node ${process.version}, interleaved; load average ` +
    `${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores); CPU: median of ${usageRounds}\n`,
);
console.log(
  `${'iop-plan …'.padEnd(34)}${'median'.padStart(10)}${'ratio'.padStart(8)}${'goal'.padStart(7)}${'CPU'.padStart(10)}${'ratio'.padStart(8)}${'peak RSS'.padStart(11)}${'goal'.padStart(8)}`,
);
commands.forEach((command, i) => {
  const m = median(samples[i]);
  const ratio = m / base;
  const timeOk = command.goal === undefined || ratio <= command.goal;
  const rssOk = command.rss === undefined || peakMb[i] <= command.rss;
  if (!timeOk || !rssOk) missed++;
  const goal = command.goal === undefined ? '' : `${command.goal.toFixed(1)}×`;
  const rssGoal = command.rss === undefined ? '' : `${command.rss} MB`;
  console.log(
    `${command.name.padEnd(34)}${`${m.toFixed(1)} ms`.padStart(10)}${`${ratio.toFixed(2)}×`.padStart(8)}${goal.padStart(7)}` +
      `${`${cpuMs[i].toFixed(0)} ms`.padStart(10)}${`${(cpuMs[i] / cpuMs[0]).toFixed(2)}×`.padStart(8)}` +
      `${`${peakMb[i].toFixed(0)} MB`.padStart(11)}${rssGoal.padStart(8)}${timeOk && rssOk ? '' : '  over'}`,
  );
});
if (check && missed > 0) process.exitCode = 1;

// The CalDAV client must stay off the start-up path: only the sync chunk may load it.
const loaders = readdirSync(join(pkg, 'dist')).filter((f) =>
  readFileSync(join(pkg, 'dist', f), 'utf8').includes('"tsdav"'),
);
console.log(`\ntsdav imported by: ${loaders.join(', ') || 'nothing'} (dynamically, on the sync path only)`);

await benchSync();

async function benchSync() {
  if (!hasRadicale()) {
    console.log('\nsync: skipped (Radicale is not installed: apt-get install radicale)');
    return;
  }
  const radicale = await startRadicale();
  try {
    const passwordCommand = [process.execPath, '-e', `console.log(${JSON.stringify(radicale.password)})`];
    writeFileSync(
      join(home, 'config', 'sync.json'),
      JSON.stringify({ url: radicale.url, username: radicale.username, passwordCommand }),
      { mode: 0o600 },
    );
    const sync = () => {
      const before = radicale.requests().length;
      const start = process.hrtime.bigint();
      const result = spawnSync(process.execPath, [BIN, 'sync', ...NOW], { env, encoding: 'utf8' });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (result.status !== 0) throw new Error(`iop-plan sync exited ${result.status}: ${result.stderr.trim()}`);
      const requests = radicale.requests().slice(before);
      const writes = requests.filter((r) => /^(PUT|DELETE|MKCALENDAR) /.test(r)).length;
      return { ms, writes, requests: requests.length, summary: result.stdout.split('\n')[0] };
    };
    const first = sync();
    const again = Array.from({ length: 5 }, sync);
    const m = median(again.map((r) => r.ms));
    console.log('\nsync of one example week (evening-iop-parent, every view) to a local Radicale');
    console.log(
      `  first sync           ${first.ms.toFixed(0).padStart(6)} ms  ${first.writes} writes, ${first.requests} requests  (${first.summary})`,
    );
    console.log(
      `  unchanged re-sync    ${m.toFixed(0).padStart(6)} ms  ${again[0].writes} writes, ${again[0].requests} requests, median of 5  (${again[0].summary})`,
    );
    if (check && again.some((r) => r.writes > 0)) process.exitCode = 1;
  } finally {
    await radicale.stop();
  }
}
