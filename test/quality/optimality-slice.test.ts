import type { Highs } from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareInstance } from '../../bench/compare-instance.js';
import { generateInstances, INSTANCE_CLASSES } from '../../bench/generate-instances.js';
import { loadHighs } from '../../bench/load-highs.js';
import { generatePlanted } from '../../bench/planted-instances.js';
import { readRegressions } from '../../bench/regressions.js';
import { buildPlan } from '../../src/domain/build-plan.js';

// The CI slice of `npm run bench:quality`: a fixed seed, one week of every class (two of the
// revision-2 classes that chain trips and move work), eight planted weeks; the allocator's score
// held against the exact optimum computed by HiGHS: the tiers equal, the balance no worse than the
// solver's balanced schedule (+0.01 h²), the fixed blocks those of the independent reading.
let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs();
});

const SEED = 20261130;
const SLICE = [
  ...generateInstances(SEED, 1, INSTANCE_CLASSES),
  ...generateInstances(SEED + 1, 1, ['chained', 'moved-work']),
];
const PLANTED = generatePlanted(SEED, 8);

describe('the allocator reaches the exact optimum', () => {
  it.each(SLICE.map((i) => [i.name, i] as const))('%s', (_name, instance) => {
    const result = compareInstance(highs, instance, buildPlan);
    expect(result.skeletonDiffs).toEqual([]);
    expect(result.allocatorTiers).toEqual(result.optimumTiers);
    expect(result.planBalance).toBeLessThanOrEqual(result.optimumBalance + 0.01);
  });

  it.each(readRegressions().map((i) => [i.name, i] as const))('regression %s', (_name, instance) => {
    const result = compareInstance(highs, instance, buildPlan);
    expect(result.allocatorTiers).toEqual(result.optimumTiers);
    expect(result.planBalance).toBeLessThanOrEqual(result.optimumBalance + 0.01);
  });
});

describe('planted weeks (a perfect allocation exists)', () => {
  it.each(PLANTED.map((i) => [i.name, i] as const))('%s: everything is placed', (_name, instance) => {
    const result = compareInstance(highs, instance, buildPlan);
    const missing = result.plan.unplaced.filter((u) => u.code !== 'closed');
    expect(missing.map((u) => `${u.source} ${u.code}: ${u.reason}`)).toEqual([]);
  });
});
