import type { TimedBlock } from '../plan-types.js';

/**
 * Minutes of IOP sessions and flexible IOP items of `me` in the blocks, without arrive-early
 * minutes (DESIGN §4, r2): a block with role `arrive-early` is left out, and so is an IOP block
 * without a role that runs straight into another IOP block of the same source (the arrive-early
 * block the allocator places right before its session). Travel is category `commute`, not counted.
 */
export function iopSessionMinutes(blocks: TimedBlock[]): number {
  const iop = blocks.filter((b) => b.owner === 'me' && b.category === 'iop');
  const leadsIntoSession = (b: TimedBlock) =>
    iop.some((next) => next !== b && next.source === b.source && next.startMs === b.endMs);
  return iop
    .filter((b) => b.role !== 'arrive-early' && !(b.role === undefined && leadsIntoSession(b)))
    .reduce((sum, b) => sum + Math.round((b.endMs - b.startMs) / 60_000), 0);
}
