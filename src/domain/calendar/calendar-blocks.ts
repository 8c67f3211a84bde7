import type { Block, Plan } from '../plan-types.js';
import { type Sensitivity, sensitivityBySource, sensitivityOf } from '../privacy/sensitivity.js';
import type { Profile } from '../profile.js';
import { localDateOf } from '../week.js';
import { compareText } from './labels.js';

/** A plan block as the calendar views see it. */
export interface CalendarBlock extends Block {
  startMs: number;
  endMs: number;
  /** Local date of the start, in the plan's zone. */
  date: string;
  /** Index among the blocks of the same source starting on the same local date (0, 1, …). */
  occurrence: number;
  sensitivity: Sensitivity;
}

/** Never exported: sleep is private to the person and `busy` is the household's own time. */
const NOT_EXPORTED = new Set(['sleep', 'busy']);

/** The exported blocks of one plan, in start order, each with its occurrence index and sensitivity. */
export function toCalendarBlocks(profile: Profile, plan: Plan): CalendarBlock[] {
  const blocks = plan.blocks.filter((b) => !NOT_EXPORTED.has(b.category));
  const bySource = sensitivityBySource(profile, blocks);
  const timed = blocks
    .map((b) => ({ ...b, startMs: Date.parse(b.start), endMs: Date.parse(b.end) }))
    .sort((a, b) => a.startMs - b.startMs || compareText(a.owner, b.owner) || compareText(a.source, b.source));
  const seen = new Map<string, number>();
  return timed.map((b) => {
    const date = localDateOf(b.startMs, plan.timezone);
    const key = `${b.source}\u0000${date}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return { ...b, date, occurrence, sensitivity: sensitivityOf(b, bySource) };
  });
}

/**
 * Chains of touching blocks of one source and owner (travel, arrive-early, the item, travel back):
 * one trip out of the house. Input in start order; each chain keeps that order.
 */
export function groupVisits(blocks: CalendarBlock[]): CalendarBlock[][] {
  const visits: CalendarBlock[][] = [];
  const open = new Map<string, CalendarBlock[]>();
  for (const block of blocks) {
    const key = `${block.source}\u0000${block.owner}`;
    const visit = open.get(key);
    const last = visit?.[visit.length - 1];
    if (visit && last && last.endMs === block.startMs) {
      visit.push(block);
    } else {
      const fresh = [block];
      visits.push(fresh);
      open.set(key, fresh);
    }
  }
  return visits;
}
