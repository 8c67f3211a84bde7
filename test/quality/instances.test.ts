import { describe, expect, it } from 'vitest';
import { compareInstance } from '../../bench/compare-instance.js';
import { readFixedSkeleton } from '../../bench/fixed-skeleton.js';
import { flexProblemOf, requestedTiers } from '../../bench/flex-problem-of.js';
import { generateInstances, INSTANCE_CLASSES } from '../../bench/generate-instances.js';
import { loadHighs } from '../../bench/load-highs.js';
import { generatePlanted } from '../../bench/planted-instances.js';
import { isValidInstance, profileOf } from '../../bench/profile-of.js';
import { solveOptimum } from '../../bench/solve-optimum.js';
import { buildPlan } from '../../src/domain/build-plan.js';
import { buildWeek } from '../../src/domain/week.js';

describe('benchmark instances', () => {
  it('are valid profiles in twelve classes (35 each, 420, in the benchmark), the same for the same seed', () => {
    const instances = generateInstances(1, 8);
    expect(instances).toHaveLength(8 * 12);
    expect(new Set(instances.map((i) => i.kind))).toEqual(new Set(INSTANCE_CLASSES));
    expect(instances.filter((i) => !isValidInstance(i)).map((i) => i.name)).toEqual([]);
    expect(JSON.stringify(generateInstances(1, 2))).toBe(JSON.stringify(generateInstances(1, 2)));
  });

  it('include overcommitted weeks, where not everything fits', async () => {
    const highs = await loadHighs();
    const short = generateInstances(3, 3, ['overcommitted']).filter((instance) => {
      const profile = profileOf(instance);
      const week = buildWeek(profile.timezone, profile.weekStart, instance.weekDate);
      const optimum = solveOptimum(highs, flexProblemOf(profile, week), { balance: false });
      return optimum.tiers.some((t, i) => t < requestedTiers(profile, week)[i]!);
    });
    expect(short.length).toBeGreaterThan(0);
  });

  it('planted weeks are fully placeable by the exact model (their hidden allocation is real)', async () => {
    const highs = await loadHighs();
    for (const instance of generatePlanted(7, 8)) {
      const profile = profileOf(instance);
      const week = buildWeek(profile.timezone, profile.weekStart, instance.weekDate);
      const asked = requestedTiers(profile, week);
      expect(solveOptimum(highs, flexProblemOf(profile, week), { balance: false }).tiers, instance.name).toEqual(asked);
    }
  });

  it('revision 2 classes hold what they are named for: night shifts, chained trips, slots, moved work', () => {
    const week = (i: (typeof INSTANCE_CLASSES)[number]) =>
      generateInstances(2, 4, [i]).map((instance) => {
        const profile = profileOf(instance);
        const w = buildWeek(profile.timezone, profile.weekStart, instance.weekDate);
        return { profile, skeleton: readFixedSkeleton(profile, w) };
      });
    expect(
      week('night-shift').every(
        ({ profile }) => profile.work!.shifts[0]!.endMinute < profile.work!.shifts[0]!.startMinute,
      ),
    ).toBe(true);
    expect(week('chained').some(({ skeleton }) => skeleton.runs.some((r) => r.chainedEnd))).toBe(true);
    expect(week('slots').some(({ profile }) => profile.habits.some((h) => h.slots))).toBe(true);
    expect(week('moved-work').some(({ skeleton }) => skeleton.displaced.length > 0)).toBe(true);
    expect(week('large-day').every(({ profile }) => profile.habits.length >= 20)).toBe(true);
  });

  it('a comparison notices an allocator that places less than it could', async () => {
    const highs = await loadHighs();
    const [instance] = generateInstances(5, 1, ['typical']);
    const shortBy15 = (...args: Parameters<typeof buildPlan>) => {
      const plan = buildPlan(...args);
      const tiers = [...plan.score.tiers];
      const t = tiers.findIndex((m) => m >= 15);
      tiers[t]! -= 15;
      return { ...plan, score: { ...plan.score, tiers } };
    };
    const result = compareInstance(highs, instance!, shortBy15);
    expect(result.gap?.minutes).toBe(-15);
  });
});
