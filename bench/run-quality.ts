import { stringify } from 'yaml';
import { buildPlan } from '../src/domain/build-plan.js';
import { buildWeek } from '../src/domain/week.js';
import { checkWithChecker } from './check-with-checker.js';
import { type Comparison, compareInstance } from './compare-instance.js';
import { buildFixedSkeleton } from './fixed-skeleton.js';
import { generateInstances } from './generate-instances.js';
import { loadHighs } from './load-highs.js';
import { optimumAsPlan } from './optimum-plan.js';
import { generatePlanted } from './planted-instances.js';
import { profileOf } from './profile-of.js';
import { dumpRegression } from './regressions.js';

// npm run bench:quality [-- --seed 1 --per-class 35 --planted 100 --check 12 --checker FILE --write-regressions]
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
const perClass = arg('per-class', 35);
const plantedCount = arg('planted', 100);
const checkCount = arg('check', 12);

const highs = await loadHighs();
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]! : 0;
};
const ms = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(0));

const instances = [...generateInstances(seed, perClass), ...generatePlanted(seed, plantedCount)];
console.log(
  `iop-plan optimality benchmark: seed ${seed}, ${instances.length} weeks (${instances.length - plantedCount} generated in ${new Set(instances.map((i) => i.kind)).size - 1} classes + ${plantedCount} planted), HiGHS exact, tier by tier, then the balance`,
);
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
    'balance ≤',
    'worst balance',
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
    `${((100 * list.filter((r) => !r.gap && !r.balanceGap).length) / list.length).toFixed(1)}%`,
    worstBalance(list),
    ms(quantile(alloc, 0.5)),
    ms(quantile(alloc, 0.99)),
    ms(quantile(solver, 0.5)),
    ms(quantile(solver, 0.99)),
    `${quantile(ratio, 0.5).toFixed(1)}×`,
    `${list.filter((r) => r.optimumTiers.some((t, i) => t < r.requestedTiers[i]!)).length}`,
    String(list.filter((r) => r.skeletonDiffs.length > 0).length),
  ]);
}
function worstBalance(list: Comparison[]): string {
  const worst = list.filter((r) => r.balanceGap).sort((a, b) => b.balanceGap! - a.balanceGap!)[0];
  return worst ? `+${worst.balanceGap!.toFixed(2)} h²` : '-';
}
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c]!)).join('  '));
console.log(
  "(times in ms per week; ratio = HiGHS time / allocator time; balance ≤ = equal tiers and score balance within 0.01 h² of the solver's balanced schedule or better; overcommitted = weeks where not all fits)",
);
const all = results.map((r) => r.allocatorMs);
console.log(
  `allocation per week: p50 ${ms(quantile(all, 0.5))} ms, p99 ${ms(quantile(all, 0.99))} ms, max ${ms(Math.max(...all))} ms; HiGHS ratio p50 ${quantile(
    results.map((r) => r.highsMs / Math.max(r.allocatorMs, 1e-3)),
    0.5,
  ).toFixed(1)}×`,
);
const unproved = results.filter((r) => !r.optimum.balanceProved && r.optimum.solves > 0).length;
if (unproved > 0)
  console.log(
    `balance stage: ${unproved} week(s) stopped at the time limit (their schedule is still a valid comparison)`,
  );
const slowest = [...results].sort((a, b) => b.allocatorMs - a.allocatorMs).slice(0, 3);
console.log(`slowest allocations: ${slowest.map((r) => `${r.instance.name} ${ms(r.allocatorMs)} ms`).join(', ')}`);

const planted = results.filter((r) => r.instance.kind === 'planted');
const plantedMisses = planted.filter((r) => r.plan.unplaced.some((u) => u.code !== 'closed'));
console.log(`\nplanted: ${planted.length - plantedMisses.length}/${planted.length} placed everything`);
for (const r of plantedMisses) {
  const u = r.plan.unplaced.find((x) => x.code !== 'closed')!;
  console.log(`  ${r.instance.name}: ${u.source} ${u.code}: ${u.reason}`);
}

const balanceMisses = results.filter((r) => r.balanceGap);
if (balanceMisses.length > 0)
  console.log(`\n${balanceMisses.length} week(s) less balanced than the solver's schedule:`);
for (const r of balanceMisses)
  console.log(
    `  ${r.instance.name} week ${r.instance.weekDate}: plan ${r.planBalance.toFixed(2)} h² (reported ${r.reportedBalance}), solver ${r.optimumBalance.toFixed(2)} h²`,
  );
const skeletonMisses = results.filter((r) => r.skeletonDiffs.length > 0);
if (skeletonMisses.length > 0)
  console.log(
    `\n${skeletonMisses.length} week(s) whose fixed blocks differ from the independent reading of DESIGN §3:`,
  );
for (const r of skeletonMisses.slice(0, 10))
  console.log(
    `  ${r.instance.name}: ${r.skeletonDiffs.slice(0, 4).join('; ')}${r.skeletonDiffs.length > 4 ? ' …' : ''}`,
  );

const misses = results.filter((r) => r.gap);
if (misses.length > 0) console.log(`\n${misses.length} instance(s) differ from the optimum:`);
for (const r of misses) {
  const file = process.argv.includes('--write-regressions')
    ? dumpRegression(r.instance, r.optimumTiers, r.allocatorTiers)
    : '(--write-regressions keeps it)';
  const onPlan = r.optimumOnPlanSkeleton
    ? `; optimum on the plan's own fixed blocks ${JSON.stringify(r.optimumOnPlanSkeleton)}`
    : '';
  console.log(
    `  ${r.instance.name} week ${r.instance.weekDate}: allocator ${JSON.stringify(r.allocatorTiers)}, optimum ${JSON.stringify(r.optimumTiers)}${onPlan} → ${file}`,
  );
  for (const d of r.skeletonDiffs.slice(0, 3)) console.log(`      skeleton ${d}`);
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
    const m = checkWithChecker(
      checker,
      r.instance,
      optimumAsPlan(profile, week, skeleton, r.optimum),
      week.start,
      false,
    );
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
const failed = misses.length + balanceMisses.length + plantedMisses.length + skeletonMisses.length;
console.log(
  `\n${failed === 0 ? 'PASS' : 'FAIL'}: tiers ${results.length - misses.length}/${results.length} equal, balance ${results.length - misses.length - balanceMisses.length}/${results.length}, planted ${planted.length - plantedMisses.length}/${planted.length}, skeletons ${results.length - skeletonMisses.length}/${results.length} agree`,
);
process.exitCode = failed > 0 ? 1 : 0;
