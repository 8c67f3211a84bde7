import type { Highs } from 'highs';
import type { Plan } from '../src/domain/plan-types.js';
import type { Profile } from '../src/domain/profile.js';
import { buildWeek, type Week } from '../src/domain/week.js';
import { compareSkeletons } from './compare-skeletons.js';
import { readFixedSkeleton } from './fixed-skeleton.js';
import type { Obstacle } from './flex-problem.js';
import { flexProblemOf, obstaclesOfPlan, requestedTiers } from './flex-problem-of.js';
import type { Instance } from './generate-instances.js';
import { planBalance } from './plan-balance.js';
import { profileOf } from './profile-of.js';
import { type Optimum, solveOptimum } from './solve-optimum.js';

export type BuildPlan = (profile: Profile, weekDate: string, nowMs: number) => Plan;

export interface Comparison {
  instance: Instance;
  plan: Plan;
  allocatorTiers: number[];
  optimumTiers: number[];
  /** Minutes the week asks for per tier (more than the optimum in an overcommitted week). */
  requestedTiers: number[];
  /** The plan's true balance (from its blocks), its reported `score.balance`, and the solver schedule's true balance. */
  planBalance: number;
  reportedBalance: number;
  optimumBalance: number;
  /** The plan's balance exceeds the solver's balanced schedule by more than 0.01 h² (with equal tiers). */
  balanceGap: number | undefined;
  allocatorMs: number;
  highsMs: number;
  optimum: Optimum;
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

/**
 * The independent skeleton without the shift travel that moved work joined to the shift takes
 * over (DESIGN §3 rule 5: the day's contiguous work blocks count as one, so the trip home or to
 * work moves out past the joined block; the model's joins do the same).
 */
function withoutMovedTravel(independent: Obstacle[], plan: Plan, week: Week): Obstacle[] {
  const base = week.days[0]!.startMs;
  const joined = plan.blocks
    .filter((b) => b.owner === 'me' && b.category === 'work' && !b.fixed)
    .map((b) => ({ start: (Date.parse(b.start) - base) / 60_000, end: (Date.parse(b.end) - base) / 60_000 }));
  return independent.filter(
    (o) =>
      !(
        o.owner === 'me' &&
        o.category === 'commute' &&
        o.source.startsWith('work.') &&
        joined.some((j) => j.start === o.start || j.end === o.end)
      ),
  );
}

/** Runs the allocator and the exact model on one instance. */
export function compareInstance(highs: Highs, instance: Instance, buildPlan: BuildPlan): Comparison {
  const profile = profileOf(instance);
  const started = performance.now();
  const plan = buildPlan(profile, instance.weekDate, NOW_MS);
  const allocatorMs = performance.now() - started;
  const week = buildWeek(profile.timezone, profile.weekStart, instance.weekDate);
  const skeleton = readFixedSkeleton(profile, week);
  const problem = flexProblemOf(profile, week, skeleton);
  const optimum = solveOptimum(highs, problem);
  const planObstacles = obstaclesOfPlan(plan, week);
  const weekMinutes = (week.days[6]!.endMs - week.days[0]!.startMs) / 60_000;
  const skeletonDiffs = compareSkeletons(
    withoutMovedTravel(skeleton.obstacles, plan, week),
    planObstacles,
    weekMinutes,
  );
  const optimumOnPlanSkeleton =
    skeletonDiffs.length > 0
      ? solveOptimum(highs, flexProblemOf(profile, week, planObstacles), { balance: false }).tiers
      : undefined;
  const allocatorTiers = plan.score.tiers;
  const gap = firstGap(allocatorTiers, optimum.tiers);
  const balance = planBalance(plan, week, problem.wakingDays);
  return {
    instance,
    plan,
    allocatorTiers,
    optimumTiers: optimum.tiers,
    requestedTiers: requestedTiers(profile, week),
    planBalance: balance,
    reportedBalance: plan.score.balance,
    optimumBalance: optimum.balance,
    balanceGap: !gap && balance > optimum.balance + 0.01 ? balance - optimum.balance : undefined,
    allocatorMs,
    highsMs: optimum.milliseconds,
    optimum,
    skeletonDiffs,
    optimumOnPlanSkeleton,
    gap,
  };
}
