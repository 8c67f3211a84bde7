import type { Unplaced, UnplacedCode } from '../plan-types.js';
import { formatTime } from '../time-of-day.js';
import { formatDuration } from '../warnings/format-warning-text.js';
import { candidateOf, highSources } from './allocate-flexible.js';
import { describeDay, listWords, shortWeekday } from './describe.js';
import { overlaps } from './interval.js';
import { type Demand, type Occurrence, unplacedEntry } from './occurrences.js';
import { cappedMinutes, capRefusal } from './rules/daily-cap.js';
import { forbiddenSpans } from './rules/transition-gap.js';
import { sleepOf, wakingDays } from './rules/waking-days.js';
import type { Slot } from './slot.js';
import { earliestStart } from './subset-scheduler.js';
import type { WeekContext } from './week-context.js';

const WORDS: Record<string, string> = {
  iop: 'IOP',
  work: 'work',
  commute: 'travel',
  duty: 'family duties',
  habit: 'other plans',
  event: 'events',
};

/**
 * Every requested occurrence that was not placed, with the first code that applies and a sentence
 * a person understands. `cap` when the item would fit but for the daily cap, else `no-room`;
 * a duty several people could do is `no-cover` when none of them has room.
 */
export function explainUnplaced(ctx: WeekContext, demand: Demand, slots: Slot[], placed: Set<number>): Unplaced[] {
  const out: Unplaced[] = [];
  const byItem = new Map<string, Occurrence[]>();
  for (const occ of demand.occurrences) byItem.set(occ.item.source, [...(byItem.get(occ.item.source) ?? []), occ]);
  for (const [source, occs] of byItem) {
    const item = occs[0]!.item;
    const missing = occs.filter((o) => !placed.has(o.index));
    if (item.perWeek === undefined) {
      for (const occ of missing) out.push(entry(ctx, [occ], slots, occ.date, 1));
      continue;
    }
    const limit = demand.perWeek.find((p) => p.item.source === source)?.limit ?? 0;
    const shortfall = limit - (occs.length - missing.length);
    for (let i = 0; i < shortfall; i++) out.push(entry(ctx, missing, slots, null, shortfall));
  }
  return out;
}

function entry(ctx: WeekContext, occs: Occurrence[], slots: Slot[], date: string | null, shortfall: number): Unplaced {
  const item = occs[0]!.item;
  const { code, why } = diagnose(ctx, occs, slots, date);
  const days = listWords(occs.map((o) => shortWeekday(o.date)));
  const window = `between ${formatTime(item.windowStartMinute)} and ${formatTime(item.windowEndMinute)}`;
  let reason: string;
  if (code === 'cap') reason = why;
  else if (date) reason = `${describeDay(date)}: no ${item.minutes}-minute gap ${window}${why}`;
  else
    reason = `${shortfall === 1 ? 'One' : shortfall} of ${item.perWeek} did not fit: no ${item.minutes}-minute gap ${window} on ${days}${why}`;
  return unplacedEntry(item, date, code, reason);
}

function diagnose(
  ctx: WeekContext,
  occs: Occurrence[],
  slots: Slot[],
  date: string | null,
): { code: UnplacedCode; why: string } {
  const item = occs[0]?.item;
  if (!item) return { code: 'no-room', why: '' };
  const T = ctx.profile.rules.transitionMinutes;
  const cap = ctx.profile.rules.maxCommittedMinutesPerDay;
  const high = highSources(ctx);
  const waking = wakingDays(sleepOf(slots), ctx.weekStart, ctx.weekEnd);
  const capDays: { date: string; committed: number }[] = [];
  for (const occ of occs) {
    for (const owner of item.owners) {
      const own = slots.filter((s) => s.owner === owner);
      const forbidden = forbiddenSpans(own, T, owner === 'me');
      const pieces = owner === 'me' ? waking : [undefined];
      for (const piece of pieces) {
        const cand = candidateOf(ctx, occ, piece, high);
        if (!cand || earliestStart(cand, Number.NEGATIVE_INFINITY, forbidden) < 0) continue;
        // It has room there: only rule 7 can have kept it out (a high habit is exempt).
        if (owner !== 'me' || !piece || !cand.capped) continue;
        const committed = cappedMinutes(slots, piece, high);
        if (!capDays.some((d) => d.date === occ.date)) capDays.push({ date: occ.date, committed });
      }
    }
  }
  if (item.kind === 'duty' && item.owners.length > 1)
    return { code: 'no-cover', why: `; nobody who can do it has room${capDays.length ? ' within the daily cap' : ''}` };
  const first = capDays[0];
  if (first) {
    if (date || capDays.length === 1) {
      return { code: 'cap', why: capRefusal(describeDay(date ?? first.date), first.committed, cap) };
    }
    return {
      code: 'cap',
      why: `${listWords(capDays.map((d) => describeDay(d.date)))} have room, but it would take each of them past the daily cap: your cap is ${formatDuration(cap)} (rules.maxCommittedHoursPerDay)`,
    };
  }
  const busy = new Set<string>();
  for (const occ of occs) {
    const win = { start: occ.windowStart, end: occ.windowEnd };
    for (const s of slots) {
      if (item.owners.includes(s.owner) && s.category !== 'sleep' && overlaps(s, win)) {
        const word = WORDS[s.category];
        if (word) busy.add(word);
      }
    }
  }
  const order = ['IOP', 'work', 'travel', 'family duties', 'events', 'other plans'];
  const words = order.filter((w) => busy.has(w));
  return { code: 'no-room', why: words.length ? ` after ${listWords(words)}` : '' };
}
