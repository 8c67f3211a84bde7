import { type FlexOption, NO_GAP, type Obstacle } from './flex-problem.js';

/** An inclusive range of whole-minute start times. */
export interface Segment {
  lo: number;
  hi: number;
}

/** The gap a block of `owner` must keep to an obstacle: `transitionMinutes` for `me`, except to sleep and leave. */
export function gapTo(option: Pick<FlexOption, 'owner'>, obstacle: Obstacle, transition: number): number {
  return option.owner === 'me' && !NO_GAP.has(obstacle.category) ? transition : 0;
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

/** The stretches of `owner`'s time free of every obstacle expanded by its gap (transition for `me`, none to sleep and leave). */
export function freeStretches(
  owner: string,
  obstacles: Obstacle[],
  transition: number,
  within: Segment,
): { start: number; end: number }[] {
  const blocked = obstacles
    .filter((o) => o.owner === owner)
    .map((o) => {
      const g = gapTo({ owner }, o, transition);
      return { start: o.start - g, end: o.end + g };
    })
    .sort((a, b) => a.start - b.start);
  const out: { start: number; end: number }[] = [];
  let at = within.lo;
  for (const b of blocked) {
    if (b.end <= at) continue;
    if (b.start >= within.hi) break;
    if (b.start > at) out.push({ start: at, end: b.start });
    at = Math.max(at, b.end);
  }
  if (at < within.hi) out.push({ start: at, end: within.hi });
  return out;
}
