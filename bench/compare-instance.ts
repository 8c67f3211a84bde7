import type { Highs } from 'highs';
import type { Plan } from '../src/domain/plan-types.js';
import type { Profile } from '../src/domain/profile.js';
import { buildWeek } from '../src/domain/week.js';
import { compareSkeletons } from './compare-skeletons.js';
import { buildFixedSkeleton } from './fixed-skeleton.js';
import { flexProblemOf, obstaclesOfPlan, requestedTiers } from './flex-problem-of.js';
import type { Instance } from './generate-instances.js';
import { profileOf } from './profile-of.js';
import { solveOptimum } from './solve-optimum.js';

export type BuildPlan = (profile: Profile, weekDate: string, nowMs: number) => Plan;

export interface Comparison {
  instance: Instance;
  plan: Plan;
  allocatorTiers: number[];
  optimumTiers: number[];
  /** Minutes the week asks for per tier (more than the optimum in an overcommitted week). */
  requestedTiers: number[];
  allocatorMs: number;
  highsMs: number;
  /** Fixed blocks on which the plan and the independent skeleton differ. */
  skeletonDiffs: string[];
  /** The optimum over the plan's own fixed blocks, when the skeletons differ. */
  optimumOnPlanSkeleton: number[] | undefined;
  /** First tier (1-based) where the allocator differs from the optimum, and by how many minutes. */
  gap: { tier: number; minutes: number } | undefined;
}

export const NOW_MS = Date.parse('2026-11-26T18:00:00Z');

export function firstGap(got: number[], want: number[]): Comparison['gap'] {
  const t = want.findIndex((w, i) => w !== (got[i] ?? 0));
  return t < 0 ? undefined : { tier: t + 1, minutes: (got[t] ?? 0) - want[t]! };
}

/** Runs the allocator and the exact model on one instance. */
export function compareInstance(highs: Highs, instance: Instance, buildPlan: BuildPlan): Comparison {
  const profile = profileOf(instance);
  const started = performance.now();
  const plan = buildPlan(profile, instance.weekDate, NOW_MS);
  const allocatorMs = performance.now() - started;
  const week = buildWeek(profile.timezone, profile.weekStart, instance.weekDate);
  const skeleton = buildFixedSkeleton(profile, week);
  const optimum = solveOptimum(highs, flexProblemOf(profile, week, skeleton));
  const planObstacles = obstaclesOfPlan(plan, week);
  const weekMinutes = (week.days[6]!.endMs - week.days[0]!.startMs) / 60_000;
  const skeletonDiffs = compareSkeletons(skeleton, planObstacles, weekMinutes);
  const optimumOnPlanSkeleton =
    skeletonDiffs.length > 0 ? solveOptimum(highs, flexProblemOf(profile, week, planObstacles)).tiers : undefined;
  const allocatorTiers = plan.score.tiers;
  return {
    instance,
    plan,
    allocatorTiers,
    optimumTiers: optimum.tiers,
    requestedTiers: requestedTiers(profile, week),
    allocatorMs,
    highsMs: optimum.milliseconds,
    skeletonDiffs,
    optimumOnPlanSkeleton,
    gap: firstGap(allocatorTiers, optimum.tiers),
  };
}
