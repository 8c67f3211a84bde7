import type { Highs } from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareInstance } from '../../bench/compare-instance.js';
import { generateInstances } from '../../bench/generate-instances.js';
import { loadHighs } from '../../bench/load-highs.js';
import { generatePlanted } from '../../bench/planted-instances.js';
import { readRegressions } from '../../bench/regressions.js';
import { buildPlan } from '../../src/domain/build-plan.js';

// The CI slice of `npm run bench:quality`: a fixed seed, five weeks per class, the allocator's
// score held against the exact optimum computed by HiGHS.
let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs();
});

const SLICE = generateInstances(20261130, 5);
const PLANTED = generatePlanted(20261130, 20);

describe('the allocator reaches the exact optimum', () => {
  it.each(SLICE.map((i) => [i.name, i] as const))('%s', (_name, instance) => {
    const result = compareInstance(highs, instance, buildPlan);
    expect(result.allocatorTiers).toEqual(result.optimumTiers);
  });

  it.each(readRegressions().map((i) => [i.name, i] as const))('regression %s', (_name, instance) => {
    const result = compareInstance(highs, instance, buildPlan);
    expect(result.allocatorTiers).toEqual(result.optimumTiers);
  });
});

describe('planted weeks (a perfect allocation exists)', () => {
  it.each(PLANTED.map((i) => [i.name, i] as const))('%s: everything is placed', (_name, instance) => {
    const result = compareInstance(highs, instance, buildPlan);
    const missing = result.plan.unplaced.filter((u) => u.code !== 'closed');
    expect(missing.map((u) => `${u.source} ${u.code}: ${u.reason}`)).toEqual([]);
  });
});
