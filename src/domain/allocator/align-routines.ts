import { DateTime } from 'luxon';
import { isFree } from './rules/no-overlap.js';
import { keepsTransition } from './rules/transition-gap.js';
import { isWithinWindow } from './rules/within-window.js';
import type { Slot } from './slot.js';
import type { WeekContext } from './week-context.js';

/**
 * The first tie-break of DESIGN §3 — fewest distinct start times per source (a routine is easier
 * to keep). After the optimum is fixed, each flexible block whose start differs from its item's
 * most common local start moves there when every hard rule still holds; placed minutes never
 * change. A local improvement, not a search over every combination.
 */
export function alignRoutines(ctx: WeekContext, slots: Slot[], placed: Map<number, Slot>): Slot[] {
  const out = [...slots];
  const bySource = new Map<
    string,
    { occurrenceDate: string; block: Slot; windowStartMinute: number; windowEndMinute: number; commute: number }[]
  >();
  for (const [, block] of placed) {
    const list = bySource.get(block.source) ?? [];
    bySource.set(block.source, list);
    const date = ctx.week.days.find((d) => block.start * 60_000 >= d.startMs && block.start * 60_000 < d.endMs)?.date;
    if (!date) continue;
    const item = itemOf(ctx, block.source);
    if (!item) continue;
    list.push({
      occurrenceDate: date,
      block,
      windowStartMinute: item.windowStartMinute,
      windowEndMinute: item.windowEndMinute,
      commute: item.commuteMinutes,
    });
  }
  const T = ctx.profile.rules.transitionMinutes;
  for (const entries of bySource.values()) {
    if (entries.length < 2) continue;
    // Wall-clock minutes, so that a routine survives a DST change.
    const localStart = (e: (typeof entries)[number]) => wallMinute(e.block.start, ctx.profile.timezone);
    const counts = new Map<number, number>();
    for (const e of entries) counts.set(localStart(e), (counts.get(localStart(e)) ?? 0) + 1);
    const target = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
    for (const e of entries) {
      if (localStart(e) === target) continue;
      const start = ctx.clock(e.occurrenceDate, target);
      const minutes = e.block.end - e.block.start;
      const windowStart = ctx.clock(e.occurrenceDate, e.windowStartMinute);
      const windowEnd = ctx.clock(e.occurrenceDate, e.windowEndMinute);
      if (!isWithinWindow(start, minutes, windowStart, windowEnd)) continue;
      const own = out.filter((s) => s.owner === e.block.owner);
      const mine = own.filter(
        (s) =>
          s === e.block ||
          (s.category === 'commute' &&
            s.source === e.block.source &&
            (s.end === e.block.start || s.start === e.block.end)),
      );
      const others = own.filter((s) => !mine.includes(s));
      const span = { start: start - e.commute, end: start + minutes + e.commute };
      const ok = e.block.owner === 'me' ? keepsTransition(span, others, T) : isFree(span, others);
      if (!ok) continue;
      const shift = start - e.block.start;
      for (const s of mine) {
        const moved = { ...s, start: s.start + shift, end: s.end + shift };
        out[out.indexOf(s)] = moved;
        if (s === e.block) e.block = moved;
      }
    }
  }
  return out;
}

function itemOf(ctx: WeekContext, source: string) {
  const duties = ctx.profile.duties.filter((d) => !d.fixed);
  return [...(ctx.profile.iop?.flexible ?? []), ...duties, ...ctx.profile.habits].find((i) => i.source === source) as
    | { windowStartMinute: number; windowEndMinute: number; commuteMinutes: number }
    | undefined;
}

function wallMinute(epochMinute: number, zone: string): number {
  const t = DateTime.fromMillis(epochMinute * 60_000, { zone });
  return t.hour * 60 + t.minute;
}
