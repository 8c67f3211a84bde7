import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/domain/build-plan.js';
import { validateProfile } from '../../src/domain/validate-profile.js';
import { arbitraryProfile, WEEKS } from '../support/arbitrary-profile.js';
import { verifyPlan } from '../support/verify-plan.js';

const NOW = Date.parse('2026-11-26T12:00:00Z');
const RUNS = Number(process.env.PROPERTY_RUNS ?? 1000);

describe('allocator invariants over generated profiles', () => {
  it(`keeps every hard rule and accounts for every occurrence (${RUNS} profiles)`, () => {
    let checked = 0;
    fc.assert(
      fc.property(arbitraryProfile, fc.constantFrom(...WEEKS), (input, week) => {
        const result = validateProfile(input);
        // The generator aims at valid profiles; the few it misses say nothing about the allocator.
        if (!result.ok) return true;
        checked++;
        const plan = buildPlan(result.profile, week, NOW);
        expect(verifyPlan(result.profile, plan)).toEqual([]);
        return true;
      }),
      { numRuns: RUNS, seed: 20261126 },
    );
    expect(checked).toBeGreaterThan(RUNS * 0.9);
  }, 600_000);

  it('gives the same plan for the same input (determinism)', () => {
    fc.assert(
      fc.property(arbitraryProfile, fc.constantFrom(...WEEKS), (input, week) => {
        const result = validateProfile(input);
        if (!result.ok) return true;
        const a = JSON.stringify(buildPlan(result.profile, week, NOW));
        const b = JSON.stringify(buildPlan(structuredClone(result.profile), week, NOW));
        expect(a).toBe(b);
        return true;
      }),
      { numRuns: Math.ceil(RUNS / 10), seed: 7 },
    );
  }, 600_000);
});
