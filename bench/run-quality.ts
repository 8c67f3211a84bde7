import { stringify } from 'yaml';
import { buildPlan } from '../src/domain/build-plan.js';
import { buildWeek } from '../src/domain/week.js';
import { checkWithChecker } from './check-with-checker.js';
import { type Comparison, compareInstance } from './compare-instance.js';
import { buildFixedSkeleton } from './fixed-skeleton.js';
import { flexProblemOf } from './flex-problem-of.js';
import { generateInstances } from './generate-instances.js';
import { loadHighs } from './load-highs.js';
import { optimumAsPlan } from './optimum-plan.js';
import { generatePlanted } from './planted-instances.js';
import { profileOf } from './profile-of.js';
import { dumpRegression } from './regressions.js';
import { solveOptimum } from './solve-optimum.js';

// npm run bench:quality [-- --seed 1 --per-class 50 --planted 60 --check 12 --checker FILE]
const text = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const arg = (name: string, fallback: number) => {
  const value = text(name);
  return value === undefined ? fallback : Number(value);
};
/** An external plan checker to run on a sample (optional, manual: not part of this repository). */
const checker = text('checker');
const seed = arg('seed', 1);
const perClass = arg('per-class', 50);
const plantedCount = arg('planted', 60);
const checkCount = arg('check', 12);

const highs = await loadHighs();
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]! : 0;
};
const ms = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(0));

const instances = [...generateInstances(seed, perClass), ...generatePlanted(seed, plantedCount)];
console.log(`iop-plan optimality benchmark: seed ${seed}, ${instances.length} instances, HiGHS exact, tier by tier`);
// One warm-up so that module loading and JIT are not billed to the first instance.
buildPlan(profileOf(instances[0]!), instances[0]!.weekDate, 0);

const results: Comparison[] = [];
for (const instance of instances) results.push(compareInstance(highs, instance, buildPlan));

const rows: string[][] = [
  [
    'class',
    'n',
    'equal',
    'worst gap',
    'alloc p50',
    'alloc p99',
    'HiGHS p50',
    'HiGHS p99',
    'ratio p50',
    'overcommitted',
    'skeleton≠',
  ],
];
const kinds = [...new Set(results.map((r) => r.instance.kind))];
for (const kind of [...kinds, 'all']) {
  const list = results.filter((r) => kind === 'all' || r.instance.kind === kind);
  const equal = list.filter((r) => !r.gap).length;
  const worst = list
    .filter((r) => r.gap)
    .sort((a, b) => a.gap!.tier - b.gap!.tier || a.gap!.minutes - b.gap!.minutes)[0]?.gap;
  const alloc = list.map((r) => r.allocatorMs);
  const solver = list.map((r) => r.highsMs);
  const ratio = list.map((r) => r.highsMs / Math.max(r.allocatorMs, 1e-3));
  rows.push([
    kind,
    String(list.length),
    `${((100 * equal) / list.length).toFixed(1)}%`,
    worst ? `tier ${worst.tier}: ${worst.minutes} min` : '-',
    ms(quantile(alloc, 0.5)),
    ms(quantile(alloc, 0.99)),
    ms(quantile(solver, 0.5)),
    ms(quantile(solver, 0.99)),
    `${quantile(ratio, 0.5).toFixed(1)}×`,
    `${list.filter((r) => r.optimumTiers.some((t, i) => t < r.requestedTiers[i]!)).length}`,
    String(list.filter((r) => r.skeletonDiffs.length > 0).length),
  ]);
}
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c]!)).join('  '));
console.log('(times in ms per week; ratio = HiGHS time / allocator time; overcommitted = weeks where not all fits)');
const slowest = [...results].sort((a, b) => b.allocatorMs - a.allocatorMs).slice(0, 3);
console.log(`slowest allocations: ${slowest.map((r) => `${r.instance.name} ${ms(r.allocatorMs)} ms`).join(', ')}`);

const planted = results.filter((r) => r.instance.kind === 'planted');
const plantedMisses = planted.filter((r) => r.plan.unplaced.some((u) => u.code !== 'closed'));
console.log(`\nplanted: ${planted.length - plantedMisses.length}/${planted.length} placed everything`);
for (const r of plantedMisses) {
  const u = r.plan.unplaced.find((x) => x.code !== 'closed')!;
  console.log(`  ${r.instance.name}: ${u.source} ${u.code}: ${u.reason}`);
}

const misses = results.filter((r) => r.gap);
if (misses.length > 0) console.log(`\n${misses.length} instance(s) differ from the optimum:`);
for (const r of misses) {
  const file = dumpRegression(r.instance, r.optimumTiers, r.allocatorTiers);
  const onPlan = r.optimumOnPlanSkeleton
    ? `; optimum on the plan's own fixed blocks ${JSON.stringify(r.optimumOnPlanSkeleton)}`
    : '';
  console.log(
    `  ${r.instance.name} week ${r.instance.weekDate}: allocator ${JSON.stringify(r.allocatorTiers)}, optimum ${JSON.stringify(r.optimumTiers)}${onPlan} → ${file}`,
  );
  for (const d of r.skeletonDiffs.slice(0, 6)) console.log(`      skeleton ${d}`);
}
if (process.argv.includes('--print-misses'))
  for (const r of misses) console.log(`\n# ${r.instance.name}\n${stringify(r.instance.profile)}`);

// The optional external checker on a sample: the allocator's plans, and the exact model's own schedules.
if (checker === undefined) {
  console.log('\nchecker: not run (pass --checker FILE to run an external plan checker on a sample)');
} else {
  const sample = results
    .filter((_, i) => i % Math.max(1, Math.floor(results.length / checkCount)) === 0)
    .slice(0, checkCount);
  let planOk = 0;
  let modelOk = 0;
  for (const r of sample) {
    const isPlanted = r.instance.kind === 'planted';
    const a = checkWithChecker(checker, r.instance, r.plan, r.plan.week.start, isPlanted);
    if (a.ok) planOk++;
    else
      console.log(`checker on allocator plan ${r.instance.name}:\n  ${a.output.split('\n').slice(0, 5).join('\n  ')}`);
    const profile = profileOf(r.instance);
    const week = buildWeek(profile.timezone, profile.weekStart, r.instance.weekDate);
    const skeleton = buildFixedSkeleton(profile, week);
    const optimum = solveOptimum(highs, flexProblemOf(profile, week, skeleton));
    const m = checkWithChecker(checker, r.instance, optimumAsPlan(profile, week, skeleton, optimum), week.start, false);
    if (m.ok) modelOk++;
    else
      console.log(
        `checker on exact-model schedule ${r.instance.name}:\n  ${m.output.split('\n').slice(0, 5).join('\n  ')}`,
      );
  }
  console.log(
    `\nchecker: allocator plans ${planOk}/${sample.length} clean; exact-model schedules ${modelOk}/${sample.length} clean`,
  );
}
process.exitCode = misses.length > 0 || plantedMisses.length > 0 ? 1 : 0;
