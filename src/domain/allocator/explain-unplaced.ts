import type { Unplaced, UnplacedCode } from '../plan-types.js';
import { formatTime } from '../time-of-day.js';
import { describeDay, listWords, shortWeekday } from './describe.js';
import { overlaps } from './interval.js';
import { type Demand, type Occurrence, unplacedEntry } from './occurrences.js';
import { committedMinutes } from './rules/daily-cap.js';
import { forbiddenSpans } from './rules/transition-gap.js';
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
  const capDays: { date: string; committed: number }[] = [];
  for (const occ of occs) {
    for (const owner of item.owners) {
      const own = slots.filter((s) => s.owner === owner);
      const cand = {
        key: 0,
        minutes: item.minutes,
        commute: item.commuteMinutes,
        windowStart: occ.windowStart,
        windowEnd: occ.windowEnd,
      };
      if (earliestStart(cand, Number.NEGATIVE_INFINITY, forbiddenSpans(own, T, owner === 'me')) < 0) continue;
      const day = ctx.week.days[occ.dayIndex]!;
      const committed = committedMinutes(slots, Math.round(day.startMs / 60_000), Math.round(day.endMs / 60_000));
      if (owner === 'me' && !capDays.some((d) => d.date === occ.date)) capDays.push({ date: occ.date, committed });
    }
  }
  if (item.kind === 'duty' && item.owners.length > 1)
    return { code: 'no-cover', why: `; nobody who can do it has room${capDays.length ? ' within the daily cap' : ''}` };
  const first = capDays[0];
  if (first) {
    const hours = (m: number) => `${Math.floor(m / 60)} h${m % 60 ? ` ${m % 60} min` : ''}`;
    const rule = `your cap is ${hours(cap)} (rules.maxCommittedHoursPerDay)`;
    if (date || capDays.length === 1) {
      return {
        code: 'cap',
        why: `${describeDay(date ?? first.date)}: the day already holds ${hours(first.committed)} of commitments and ${rule}`,
      };
    }
    return {
      code: 'cap',
      why: `${listWords(capDays.map((d) => describeDay(d.date)))} have room, but it would take each of them past the daily cap: ${rule}`,
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
