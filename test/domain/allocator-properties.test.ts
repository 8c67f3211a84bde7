import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/domain/build-plan.js';
import type { Profile } from '../../src/domain/profile.js';
import { flexibleItemsOf } from '../../src/domain/profile.js';
import { validateProfile } from '../../src/domain/validate-profile.js';
import { arbitraryProfile, WEEKS } from '../support/arbitrary-profile.js';
import { verifyPlan } from '../support/verify-plan.js';

const NOW = Date.parse('2026-11-26T12:00:00Z');
const RUNS = Number(process.env.PROPERTY_RUNS ?? 1000);

/** What a generated profile exercises of revision 2 (DESIGN §3 rules 5a and 7, slots). */
function featuresOf(profile: Profile): string[] {
  const out: string[] = [];
  const items = flexibleItemsOf(profile);
  if (items.some((i) => i.slots)) out.push('slots');
  if (items.some((i) => i.kind === 'habit' && i.priority === 'high')) out.push('high habits');
  if (profile.work?.shifts.some((s) => s.endMinute < s.startMinute)) out.push('night shifts');
  const onSiteShift = profile.work?.shifts.some((s) => s.days.some((d) => !profile.work!.remoteDays.includes(d)));
  if (onSiteShift && profile.iop?.sessions.some((s) => s.mode === 'in-person')) out.push('work and sessions');
  return out;
}

describe('allocator invariants over generated profiles', () => {
  it(`keeps every hard rule of revision 2 and accounts for every occurrence (${RUNS} profiles)`, () => {
    let checked = 0;
    const features = new Map<string, number>();
    fc.assert(
      fc.property(arbitraryProfile, fc.constantFrom(...WEEKS), (input, week) => {
        const result = validateProfile(input);
        // The generator aims at valid profiles; the few it misses say nothing about the allocator.
        if (!result.ok) return true;
        checked++;
        for (const f of featuresOf(result.profile)) features.set(f, (features.get(f) ?? 0) + 1);
        const plan = buildPlan(result.profile, week, NOW);
        expect(verifyPlan(result.profile, plan)).toEqual([]);
        return true;
      }),
      { numRuns: RUNS, seed: 20261126 },
    );
    expect(checked).toBeGreaterThan(RUNS * 0.9);
    // Each part of revision 2 is really exercised, in a good share of the runs.
    for (const f of ['slots', 'high habits', 'night shifts', 'work and sessions'])
      expect(features.get(f) ?? 0, f).toBeGreaterThan(RUNS / 10);
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
