import { slotStarts } from './align-routines.js';
import { highSources } from './allocate-flexible.js';
import type { Demand } from './occurrences.js';
import { cappedMinutes, fitsDailyCap } from './rules/daily-cap.js';
import { isFree } from './rules/no-overlap.js';
import { keepsTransition } from './rules/transition-gap.js';
import { sleepOf, wakingDayAt, wakingDays } from './rules/waking-days.js';
import { isAllowedStart } from './rules/within-window.js';
import { commuteAround, type Pin, type Slot } from './slot.js';

export type { Pin } from './slot.js';

import type { WeekContext } from './week-context.js';

/** A flexible block of an earlier, published plan of this week, in epoch minutes. */
export interface PinResult {
  slots: Slot[];
  /** Occurrence index → its pinned block. */
  placed: Map<number, Slot>;
  /** The demand left once the pinned occurrences are taken out. */
  remaining: Demand;
}

/**
 * Keeps each earlier placement that is still valid under every hard rule — same item, day,
 * length, owner and window, clear of the (possibly changed) fixed blocks and of the pins kept
 * before it, within the daily cap — so that re-planning moves only what it must.
 */
export function acceptPins(
  ctx: WeekContext,
  fixed: Slot[],
  demand: Demand,
  pins: Pin[],
  guards: Slot[] = [],
): PinResult {
  const slots: Slot[] = [];
  const placed = new Map<number, Slot>();
  const used = demand.perWeek.map(() => 0);
  const T = ctx.profile.rules.transitionMinutes;
  const high = highSources(ctx);
  const waking = wakingDays(sleepOf(fixed), ctx.weekStart, ctx.weekEnd);
  for (const pin of [...pins].sort((a, b) => a.start - b.start || (a.source < b.source ? -1 : 1))) {
    const day = ctx.week.days.find((d) => pin.start * 60_000 >= d.startMs && pin.start * 60_000 < d.endMs);
    const occ = demand.occurrences.find(
      (o) => o.item.source === pin.source && o.date === day?.date && !placed.has(o.index),
    );
    if (!day || !occ) continue;
    const { item } = occ;
    if (pin.end - pin.start !== item.minutes || !item.owners.includes(pin.owner)) continue;
    if (!isAllowedStart(pin.start, item.minutes, occ.windowStart, occ.windowEnd, slotStarts(ctx, item, occ.date)))
      continue;
    if (occ.perWeekIndex >= 0 && used[occ.perWeekIndex]! >= demand.perWeek[occ.perWeekIndex]!.limit) continue;
    const own = [...fixed, ...slots, ...(pin.owner === 'me' ? guards : [])].filter((s) => s.owner === pin.owner);
    const span = { start: pin.start - item.commuteMinutes, end: pin.end + item.commuteMinutes };
    const fits = pin.owner === 'me' ? keepsTransition(span, own, T) : isFree(span, own);
    if (!fits) continue;
    if (pin.owner === 'me' && !high.has(item.source)) {
      // Rule 7 (r2): the waking day that holds it stays within the cap (high habits exempt).
      const w = waking[wakingDayAt(waking, pin.start)];
      if (!w) continue;
      const committed = cappedMinutes([...fixed, ...slots], w, high) + (span.end - span.start);
      if (!fitsDailyCap(committed, ctx.profile.rules.maxCommittedMinutesPerDay, true)) continue;
    }
    const block: Slot = {
      start: pin.start,
      end: pin.end,
      source: item.source,
      category: item.kind,
      title: item.title,
      owner: pin.owner,
      fixed: false,
    };
    if (item.mode) block.mode = item.mode;
    slots.push(block, ...commuteAround(block, item.commuteMinutes, item.commuteMinutes));
    placed.set(occ.index, block);
    if (occ.perWeekIndex >= 0) used[occ.perWeekIndex]! += 1;
  }
  const pinnedDays = new Set(
    [...placed.keys()].map((i) => {
      const o = demand.occurrences.find((x) => x.index === i)!;
      return `${o.item.source}@${o.date}`;
    }),
  );
  return {
    slots,
    placed,
    remaining: {
      occurrences: demand.occurrences.filter((o) => !pinnedDays.has(`${o.item.source}@${o.date}`)),
      perWeek: demand.perWeek.map((p, i) => ({ ...p, limit: p.limit - used[i]! })),
      closed: demand.closed,
    },
  };
}
