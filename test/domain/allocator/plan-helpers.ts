import { buildPlan } from '../../../src/domain/build-plan.js';
import type { Block, Plan } from '../../../src/domain/plan-types.js';
import { makeProfile, type ProfileOverrides } from '../../support/make-profile.js';

/** Monday 30 Nov 2026 (ISO week 49), a week with no clock change in New York. */
export const MONDAY = '2026-11-30';
export const NOW = Date.parse('2026-11-26T18:00:00Z');

export function planFor(overrides: ProfileOverrides, weekDate = MONDAY): Plan {
  return buildPlan(makeProfile(overrides), weekDate, NOW);
}

/** "2026-11-30 17:30–17:50 commute iop.sessions.0": a block as a person reads it in the plan. */
export function describeBlock(b: Block): string {
  const owner = b.owner === 'me' ? '' : ` @${b.owner}`;
  return `${b.start.slice(0, 10)} ${b.start.slice(11, 16)}–${b.end.slice(11, 16)} ${b.category} ${b.source}${owner}`;
}

export function lines(plan: Plan, keep: (b: Block) => boolean = () => true): string[] {
  return plan.blocks.filter(keep).map(describeBlock);
}

export const onDate = (date: string) => (b: Block) => b.start.startsWith(date);
export const notSleep = (b: Block) => b.category !== 'sleep';
export const minutesOf = (b: Block) => (Date.parse(b.end) - Date.parse(b.start)) / 60_000;
