import type { Obstacle } from './flex-problem.js';

/**
 * Differences between two fixed skeletons, clipped to the week: `+` only in the plan, `-` only in
 * the independent reading. Empty when they agree block for block.
 */
export function compareSkeletons(independent: Obstacle[], plan: Obstacle[], weekMinutes: number): string[] {
  const keyed = (list: Obstacle[]) => {
    const counts = new Map<string, number>();
    for (const o of list) {
      const start = Math.max(0, o.start);
      const end = Math.min(weekMinutes, o.end);
      if (end <= start) continue;
      const key = `${o.owner} ${o.category} ${o.source} ${start}-${end}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  };
  const mine = keyed(independent);
  const theirs = keyed(plan);
  const out: string[] = [];
  for (const [k, n] of theirs) if ((mine.get(k) ?? 0) < n) out.push(`+ ${k}`);
  for (const [k, n] of mine) if ((theirs.get(k) ?? 0) < n) out.push(`- ${k}`);
  return out.sort();
}
