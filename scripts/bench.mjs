// Start-up figures, measured side by side in one run: each round spawns every command once, in a
// rotating order, so machine noise hits them alike. Prints medians and ratios to `node -e 0`.
//   npm run bench                 15 rounds (after one warm-up round)
//   npm run bench -- --runs 31    more rounds
//   npm run bench -- --check      exit 1 when a ratio misses its goal
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt === -1 ? 15 : Number(args[runsAt + 1]);
const check = args.includes('--check');

spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });

const home = mkdtempSync(join(tmpdir(), 'iop-plan-bench-'));
const env = { ...process.env, IOP_PLAN_CONFIG_DIR: join(home, 'config'), IOP_PLAN_DATA_DIR: join(home, 'data') };
const NOW = ['--now', '2026-11-30T20:00:00Z'];

const commands = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: 'iop-plan --version', args: ['bin/iop-plan.js', '--version'], goal: 1.3 },
  { name: 'iop-plan today --example', args: ['bin/iop-plan.js', 'today', '--example', ...NOW], goal: 1.3 },
  {
    name: 'iop-plan plan --example --format md',
    args: ['bin/iop-plan.js', 'plan', '--example', '--format', 'md', ...NOW],
    goal: 2.0,
  },
];

function timeOnce(command) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, command.args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) {
    throw new Error(`${command.name} exited ${result.status}: ${result.stderr.toString().split('\n')[0]}`);
  }
  return ms;
}

const samples = commands.map(() => []);
for (let round = -1; round < runs; round++) {
  for (let k = 0; k < commands.length; k++) {
    const i = (k + Math.max(round, 0)) % commands.length;
    const ms = timeOnce(commands[i]);
    if (round >= 0) samples[i].push(ms); // round -1 warms the file cache
  }
}
rmSync(home, { recursive: true, force: true });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const base = median(samples[0]);
let missed = 0;
console.log(`Start-up, median of ${runs} fresh processes each (Node ${process.version}, interleaved)\n`);
console.log(`${'command'.padEnd(38)}${'median'.padStart(10)}${'ratio'.padStart(8)}${'goal'.padStart(8)}`);
commands.forEach((command, i) => {
  const m = median(samples[i]);
  const ratio = m / base;
  const ok = command.goal === undefined || ratio <= command.goal;
  if (!ok) missed++;
  const goal = command.goal === undefined ? '' : `${command.goal.toFixed(1)}×`;
  const mark = command.goal === undefined ? '' : ok ? '  ok' : '  over';
  console.log(
    `${command.name.padEnd(38)}${`${m.toFixed(1)} ms`.padStart(10)}${`${ratio.toFixed(2)}×`.padStart(8)}${goal.padStart(8)}${mark}`,
  );
});
if (check && missed > 0) process.exitCode = 1;
