import type { Plan } from '../src/domain/plan-types.js';
import type { Week } from '../src/domain/week.js';

/**
 * A plan's true balance (DESIGN §3, r2): Σ over the waking days of `me` (given in week minutes)
 * of the minutes of `me`'s blocks other than sleep inside each, squared, in hours². Computed from
 * the blocks, not read from `score.balance`.
 */
export function planBalance(plan: Plan, week: Week, wakingDays: { start: number; end: number }[]): number {
  const base = week.days[0]!.startMs;
  const mine = plan.blocks
    .filter((b) => b.owner === 'me' && b.category !== 'sleep')
    .map((b) => ({ start: (Date.parse(b.start) - base) / 60_000, end: (Date.parse(b.end) - base) / 60_000 }));
  return (
    wakingDays.reduce((sum, w) => {
      const c = mine.reduce((s, b) => s + Math.max(0, Math.min(b.end, w.end) - Math.max(b.start, w.start)), 0);
      return sum + c * c;
    }, 0) / 3600
  );
}
