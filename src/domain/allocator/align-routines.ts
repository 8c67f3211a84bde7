import { DateTime } from 'luxon';
import type { FlexibleItem } from '../profile.js';
import { flexibleItemsOf } from '../profile.js';
import type { Interval } from './interval.js';
import { isFree } from './rules/no-overlap.js';
import { keepsTransition } from './rules/transition-gap.js';
import { sleepOf, wakingDayAt, wakingDays } from './rules/waking-days.js';
import { isAllowedStart } from './rules/within-window.js';
import type { Pin, Slot } from './slot.js';
import type { WeekContext } from './week-context.js';

/**
 * The first tie-break of DESIGN §3 — fewest distinct start times per source (a routine is easier
 * to keep). After the optimum is fixed, each flexible block whose start differs from its item's
 * most common local start moves there when every hard rule still holds; placed minutes never
 * change. A local improvement, not a search over every combination.
 */
export function alignRoutines(ctx: WeekContext, slots: Slot[], placed: Map<number, Slot>, guards: Slot[] = []): Slot[] {
  let out = slots;
  const bySource = new Map<string, Slot[]>();
  for (const [, block] of placed) bySource.set(block.source, [...(bySource.get(block.source) ?? []), block]);
  for (const [source, blocks] of bySource) {
    const item = itemOf(ctx, source);
    if (!item || blocks.length < 2) continue;
    const counts = new Map<number, number>();
    for (const b of blocks) counts.set(wallMinute(b.start, ctx), (counts.get(wallMinute(b.start, ctx)) ?? 0) + 1);
    const target = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
    for (const block of blocks) {
      if (wallMinute(block.start, ctx) === target) continue;
      const date = dateOf(block.start, ctx);
      out = moveBlock(ctx, out, block, item, date === undefined ? undefined : ctx.clock(date, target), guards) ?? out;
    }
  }
  return out;
}

/**
 * Re-planning's last step: a block of an item that was published elsewhere the same day goes back
 * to its published time when every hard rule allows it, so that what did not need to move does
 * not move.
 */
export function restorePublished(ctx: WeekContext, slots: Slot[], pins: Pin[], guards: Slot[] = []): Slot[] {
  let out = slots;
  for (const pin of pins) {
    const item = itemOf(ctx, pin.source);
    const date = dateOf(pin.start, ctx);
    if (!item || !date) continue;
    const block = out.find(
      (s) =>
        s.source === pin.source &&
        s.owner === pin.owner &&
        !s.fixed &&
        s.category === item.kind &&
        dateOf(s.start, ctx) === date,
    );
    if (!block || block.start === pin.start) continue;
    out = moveBlock(ctx, out, block, item, pin.start, guards) ?? out;
  }
  return out;
}

/**
 * `slots` with `block` (and its own travel) moved to start at `start`, or undefined when that
 * would leave the window (or its slots), `me`'s waking day, or break rule 1, 3 (leave) or 6. The
 * waking day and length are unchanged, so the cap (rule 7) and the balance hold.
 */
function moveBlock(
  ctx: WeekContext,
  slots: Slot[],
  block: Slot,
  item: FlexibleItem,
  start: number | undefined,
  guards: Slot[],
): Slot[] | undefined {
  const date = dateOf(block.start, ctx);
  if (start === undefined || !date) return undefined;
  const minutes = block.end - block.start;
  const windowStart = ctx.clock(date, item.windowStartMinute);
  const windowEnd = ctx.clock(date, item.windowEndMinute);
  if (!isAllowedStart(start, minutes, windowStart, windowEnd, slotStarts(ctx, item, date))) return undefined;
  if (block.owner === 'me') {
    const waking = wakingDaysOf(ctx, slots);
    if (wakingDayAt(waking, start) !== wakingDayAt(waking, block.start)) return undefined;
  }
  const own = [...slots, ...(block.owner === 'me' ? guards : [])].filter((s) => s.owner === block.owner);
  const travel = own.filter(
    (s) => s.category === 'commute' && s.source === block.source && (s.end === block.start || s.start === block.end),
  );
  const others = own.filter((s) => s !== block && !travel.includes(s));
  const span = { start: start - item.commuteMinutes, end: start + minutes + item.commuteMinutes };
  const T = ctx.profile.rules.transitionMinutes;
  const fits = block.owner === 'me' ? keepsTransition(span, others, T) : isFree(span, others);
  if (!fits) return undefined;
  const shift = start - block.start;
  const moving = new Set([block, ...travel]);
  return slots.map((s) => (moving.has(s) ? { ...s, start: s.start + shift, end: s.end + shift } : s));
}

/** (r2) The allowed starts of an item with `slots` on a date, in epoch minutes; undefined without slots. */
export function slotStarts(ctx: WeekContext, item: FlexibleItem, date: string): number[] | undefined {
  if (!item.slots) return undefined;
  const weekday = ctx.week.days.find((d) => d.date === date)?.weekday;
  return item.slots
    .filter((s) => weekday !== undefined && s.days.includes(weekday))
    .map((s) => ctx.clock(date, s.startMinute));
}

function itemOf(ctx: WeekContext, source: string): FlexibleItem | undefined {
  return flexibleItemsOf(ctx.profile).find((i) => i.source === source);
}

/** The local date of an instant (epoch minutes) within the week, if it falls in it. */
function dateOf(epochMinute: number, ctx: WeekContext): string | undefined {
  const ms = epochMinute * 60_000;
  return ctx.week.days.find((d) => ms >= d.startMs && ms < d.endMs)?.date;
}

/** Wall-clock minutes after local midnight, so that a routine survives a DST change. */
function wallMinute(epochMinute: number, ctx: WeekContext): number {
  const date = dateOf(epochMinute, ctx);
  const day = ctx.week.days.find((d) => d.date === date);
  // Within a day without a clock change, wall time is the offset from midnight.
  if (day && day.endMs - day.startMs === 1440 * 60_000) return epochMinute - Math.round(day.startMs / 60_000);
  const t = DateTime.fromMillis(epochMinute * 60_000, { zone: ctx.profile.timezone });
  return t.hour * 60 + t.minute;
}

/** `me`'s waking days, from the sleep among `slots` (sleep never moves, so computed once per week). */
const wakingCache = new WeakMap<WeekContext, Interval[]>();
function wakingDaysOf(ctx: WeekContext, slots: Slot[]): Interval[] {
  let days = wakingCache.get(ctx);
  if (!days) {
    days = wakingDays(sleepOf(slots), ctx.weekStart, ctx.weekEnd);
    wakingCache.set(ctx, days);
  }
  return days;
}
