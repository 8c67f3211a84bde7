// Where each command's start-up goes: runs it once under `node --cpu-prof` (from a build with
// source maps, a stored profile and a published week, as in scripts/bench.mjs) and prints the
// sampled time by package or source folder. Summarised in docs/quality.md.
//   node scripts/cpu-profile.mjs            every command
//   node scripts/cpu-profile.mjs today      the commands whose name contains "today"
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const filter = process.argv[2] ?? '';
const home = mkdtempSync(join(tmpdir(), 'iop-plan-cpu-'));
process.on('exit', () => rmSync(home, { recursive: true, force: true }));
const pkg = join(home, 'package');
mkdirSync(join(pkg, 'bin'), { recursive: true });
copyFileSync('package.json', join(pkg, 'package.json'));
copyFileSync('bin/iop-plan.js', join(pkg, 'bin', 'iop-plan.js'));
for (const shared of ['templates', 'node_modules']) symlinkSync(resolve(shared), join(pkg, shared));
const built = spawnSync(process.execPath, ['scripts/build.mjs', '--sourcemap', '--outdir', join(pkg, 'dist')], {
  stdio: 'inherit',
});
if (built.status !== 0) throw new Error('the build failed');
const BIN = join(pkg, 'bin', 'iop-plan.js');
const env = { ...process.env, IOP_PLAN_CONFIG_DIR: join(home, 'config'), IOP_PLAN_DATA_DIR: join(home, 'data') };
const NOW = ['--now', '2026-11-30T20:00:00Z'];
const OUT = join(home, 'out');
for (const setup of [
  ['profile', 'import', 'templates/profiles/evening-iop-parent.yaml'],
  ['plan', '--out', OUT, '--quiet', ...NOW],
]) {
  spawnSync(process.execPath, [BIN, ...setup], { env, stdio: 'ignore' });
}

const commands = [
  ['node -e 0', ['-e', '0']],
  ['--version', [BIN, '--version']],
  ['today (published week)', [BIN, 'today', ...NOW]],
  ['plan --format md (stored)', [BIN, 'plan', '--format', 'md', ...NOW]],
  ['plan --ics (stored)', [BIN, 'plan', '--ics', '--out', OUT, '--quiet', ...NOW]],
].filter(([name]) => name.includes(filter));

const maps = new Map();
function sourceMapOf(file) {
  if (!maps.has(file)) {
    let map;
    try {
      map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
    } catch {
      map = undefined;
    }
    maps.set(file, map);
  }
  return maps.get(file);
}

/** A frame's place as a reader groups it: a package, a source folder, Node's loader, V8. */
function groupOf(frame) {
  const { url, functionName, lineNumber, columnNumber } = frame;
  if (!url) return functionName.startsWith('(') ? functionName : '(V8 built-ins)';
  if (url.startsWith('node:internal/modules') || url.startsWith('node:internal/process/esm'))
    return 'node: module loading';
  if (url.startsWith('node:')) return `node: ${url.replace(/^node:(internal\/)?/, '').split('/')[0]}`;
  let path = url.startsWith('file:') ? fileURLToPath(url) : url;
  const map = sourceMapOf(path);
  if (map) {
    const entry = map.findEntry(lineNumber, columnNumber);
    if (entry?.originalSource) path = entry.originalSource;
  }
  const pkgMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkgMatch) return pkgMatch[1];
  const src = /src\/(.*)$/.exec(path);
  if (src) return `src/${src[1].split('/').slice(0, -1).join('/') || src[1]}`;
  return path;
}

for (const [name, args] of commands) {
  const dir = join(home, `prof-${name.replace(/\W+/g, '-')}`);
  const run = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, ...args], { env, stdio: 'ignore' });
  if (run.status !== 0) throw new Error(`${name} exited ${run.status}`);
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map();
  let all = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const group = groupOf(byId.get(id).callFrame);
    totals.set(group, (totals.get(group) ?? 0) + ms);
    all += ms;
  });
  console.log(`\n${name}: ${all.toFixed(0)} ms sampled`);
  for (const [group, ms] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 14)) {
    console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${((100 * ms) / all).toFixed(0).padStart(3)}%  ${group}`);
  }
}
