import type { FlexOption, Obstacle } from './flex-problem.js';

/** An inclusive range of whole-minute start times. */
export interface Segment {
  lo: number;
  hi: number;
}

/** The gap a block of `owner` must keep to an obstacle: `transitionMinutes` for `me`, except to sleep. */
export function gapTo(option: FlexOption, obstacle: Obstacle, transition: number): number {
  return option.owner === 'me' && obstacle.category !== 'sleep' ? transition : 0;
}

/**
 * The start times at which `option`, with its commute on both sides and its transition gap,
 * clears every obstacle of its owner. Exact on whole minutes: a block [s−c−g, s+d+c+g) must not
 * meet [a, b), so starts a−d−c−g+1 … b+c+g−1 are forbidden.
 */
export function startSegments(option: FlexOption, obstacles: Obstacle[], transition: number): Segment[] {
  let free: Segment[] = option.earliest <= option.latest ? [{ lo: option.earliest, hi: option.latest }] : [];
  for (const o of obstacles) {
    if (o.owner !== option.owner) continue;
    const g = gapTo(option, o, transition);
    const lo = o.start - option.minutes - option.commute - g + 1;
    const hi = o.end + option.commute + g - 1;
    free = free.flatMap((s) => {
      if (hi < s.lo || lo > s.hi) return [s];
      const out: Segment[] = [];
      if (s.lo < lo) out.push({ lo: s.lo, hi: lo - 1 });
      if (hi < s.hi) out.push({ lo: hi + 1, hi: s.hi });
      return out;
    });
  }
  return free;
}
