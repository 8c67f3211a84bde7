import type { FlexibleItem } from '../profile.js';
import { type DayOption, enumerateDayOptions, makeOwnerTable, type OwnerTable } from './day-options.js';
import { rotateOwners } from './fixed-skeleton.js';
import { toMinutes } from './interval.js';
import type { Demand, Occurrence } from './occurrences.js';
import { committedMinutes } from './rules/daily-cap.js';
import { forbiddenSpans } from './rules/transition-gap.js';
import { commuteAround, type Slot } from './slot.js';
import { type Candidate, type OwnerDay, scheduleOf, solveSubsets } from './subset-scheduler.js';
import type { WeekContext } from './week-context.js';
import { chooseWeek } from './week-optimizer.js';
import {
  type DayWorkContext,
  realizeWork,
  WORK_KEY,
  type WorkVariant,
  workTitle,
  workVariants,
} from './work-variants.js';

/** More candidates than this for one owner on one day are not considered (2^n subsets). */
const MAX_CANDIDATES = 13;

export interface FlexibleResult {
  slots: Slot[];
  /** Fixed travel blocks that moved because work joined a shift. */
  removed: Slot[];
  placed: Map<number, Slot>;
  workMinutes: number;
}

interface DayPlan {
  date: string;
  dayStart: number;
  dayEnd: number;
  occs: Occurrence[];
  owners: OwnerTable[];
  work: WorkVariant[];
  workContext: DayWorkContext;
}

/** Places the week's flexible occurrences and moved work optimally (DESIGN §3 objective, tiers 1–6). */
export function allocateFlexible(ctx: WeekContext, fixed: Slot[], demand: Demand, workDemand: number): FlexibleResult {
  const days = ctx.week.days.map((d, i) => planDay(ctx, fixed, demand, workDemand, i, d.date));
  const preference = ownerPreference(ctx);
  const minBlock = ctx.profile.work?.flexible?.minBlockMinutes ?? 60;
  const options: DayOption[][] = days.map((d) => enumerateDayOptions(d.occs, d.owners, preference, d.work, minBlock));
  const chosen = chooseWeek(
    options,
    demand.perWeek.map((p) => p.limit),
    workDemand,
  );
  const slots: Slot[] = [];
  const placed = new Map<number, Slot>();
  const byIndex = new Map(demand.occurrences.map((o) => [o.index, o]));
  const removed: Slot[] = [];
  const amounts = splitWork(
    chosen.map((o) => o?.workMinutes ?? 0),
    chosen.map((o) => o?.workMinimum ?? minBlock),
    workDemand,
  );
  let workPlaced = 0;
  days.forEach((day, i) => {
    const option = chosen[i];
    if (!option) return;
    // The week may need less than the longest block the day holds: shorten it, and join it to
    // the day's shift when that still fits (one trip instead of two).
    let workMinutes = amounts[i] ?? 0;
    const variant = preferJoined(day, option, workMinutes) ?? day.work[option.workVariant];
    const realized = variant && workMinutes > 0 ? realizeWork(day.workContext, variant.mode, workMinutes) : undefined;
    if (!realized) workMinutes = 0;
    workPlaced += workMinutes;
    if (realized) {
      slots.push(...realized.added);
      removed.push(...realized.removed);
    }
    for (const o of day.owners) {
      const isMe = o.owner === 'me';
      const cands = isMe && realized ? realized.cands : o.cands;
      const ownerDay = isMe && realized ? realized.day : o.day;
      let mask = 0;
      o.cands.forEach((c, bit) => {
        if (option.assignment.get(c.key) === o.owner) mask |= 1 << bit;
      });
      if (cands.length > o.cands.length) mask |= 1 << o.cands.length;
      const table = isMe && realized ? solveSubsets(cands, ownerDay) : o.table;
      for (const { key, start } of scheduleOf(cands, ownerDay, table, mask)) {
        const c = cands.find((x) => x.key === key)!;
        const block = key === WORK_KEY ? workSlot(ctx, start, c) : itemSlot(byIndex.get(key)!.item, o.owner, start, c);
        slots.push(block, ...commuteAround(block, c.commute, c.commute));
        if (key !== WORK_KEY) placed.set(key, block);
      }
    }
  });
  return { slots, placed, removed, workMinutes: workPlaced };
}

/**
 * How much moved work each day takes: as much of `demand` as the days' longest blocks allow, each
 * day either nothing or between its minimum and its maximum. The week optimiser counted work as
 * divisible; blocks have a minimum length, so days whose minimum cannot be met are left out,
 * largest minimum first, before the rest is shared out in day order.
 */
export function splitWork(maxima: number[], minima: number[], demand: number): number[] {
  const used = maxima.map((m, i) => m > 0 && m >= (minima[i] ?? 0));
  const sum = (f: (i: number) => number) => used.reduce((s, u, i) => s + (u ? f(i) : 0), 0);
  for (;;) {
    const target = Math.min(
      demand,
      sum((i) => maxima[i]!),
    );
    if (sum((i) => minima[i]!) <= target) break;
    let drop = -1;
    used.forEach((u, i) => {
      if (u && (drop < 0 || minima[i]! > minima[drop]! || (minima[i] === minima[drop] && maxima[i]! < maxima[drop]!)))
        drop = i;
    });
    used[drop] = false;
  }
  let left =
    Math.min(
      demand,
      sum((i) => maxima[i]!),
    ) - sum((i) => minima[i]!);
  return maxima.map((max, i) => {
    if (!used[i]) return 0;
    const extra = Math.min(left, max - minima[i]!);
    left -= extra;
    return minima[i]! + extra;
  });
}

/** A joined variant that holds `minutes` alongside the option's other blocks of `me`, if any. */
function preferJoined(day: DayPlan, option: DayOption, minutes: number): WorkVariant | undefined {
  const me = day.owners[0]!;
  let mask = 0;
  me.cands.forEach((c, bit) => {
    if (option.assignment.get(c.key) === 'me') mask |= 1 << bit;
  });
  return day.work.find((v) => !v.withBit && v.minutes >= minutes && v.table.end[mask] !== Number.POSITIVE_INFINITY);
}

function planDay(
  ctx: WeekContext,
  fixed: Slot[],
  demand: Demand,
  workDemand: number,
  dayIndex: number,
  date: string,
): DayPlan {
  const day = ctx.week.days[dayIndex]!;
  const dayStart = toMinutes(day.startMs);
  const dayEnd = toMinutes(day.endMs);
  const occs = demand.occurrences
    .filter((o) => o.dayIndex === dayIndex)
    .sort((a, b) => a.item.tier - b.item.tier || a.index - b.index);
  const ownerIds = [
    'me',
    ...ctx.profile.household.map((m) => m.id).filter((id) => occs.some((o) => o.item.owners.includes(id))),
  ];
  const near = fixed.filter((s) => s.end > dayStart - 1440 && s.start < dayEnd + 1440);
  const owners = ownerIds.map((owner) => {
    const isMe = owner === 'me';
    const ownerDay: OwnerDay = {
      forbidden: forbiddenSpans(
        near.filter((s) => s.owner === owner),
        ctx.profile.rules.transitionMinutes,
        isMe,
      ),
      gap: isMe ? ctx.profile.rules.transitionMinutes : 0,
      capRoom: isMe
        ? ctx.profile.rules.maxCommittedMinutesPerDay - committedMinutes(near, dayStart, dayEnd)
        : Number.POSITIVE_INFINITY,
    };
    const cands = occs
      .filter((o) => o.item.owners.includes(owner))
      .slice(0, MAX_CANDIDATES)
      .map((o) => candidateOf(o));
    return makeOwnerTable(owner, ownerDay, cands);
  });
  const me = owners[0]!;
  const workContext: DayWorkContext = {
    ctx,
    date,
    weekday: day.weekday,
    dayStart,
    dayEnd,
    mine: near.filter((s) => s.owner === 'me'),
    cands: me.cands,
    baseDay: me.day,
  };
  return { date, dayStart, dayEnd, occs, owners, work: workVariants(workContext, workDemand), workContext };
}

function candidateOf(o: Occurrence): Candidate {
  return {
    key: o.index,
    minutes: o.item.minutes,
    commute: o.item.commuteMinutes,
    windowStart: o.windowStart,
    windowEnd: o.windowEnd,
  };
}

/** Duties go to owners in listed order; rotating duties round-robin across days from the ISO week's offset. */
function ownerPreference(ctx: WeekContext) {
  return (occ: Occurrence, owner: string): number => {
    const item = occ.item;
    if (item.owners.length < 2) return 0;
    const order = rotateOwners(item.owners, item.rotate ? ctx.isoWeekNumber + occ.dayIndex : 0);
    return order.indexOf(owner);
  };
}

const CATEGORY = { iop: 'iop', duty: 'duty', habit: 'habit' } as const;

function itemSlot(item: FlexibleItem, owner: string, start: number, c: Candidate): Slot {
  const slot: Slot = {
    start,
    end: start + c.minutes,
    source: item.source,
    category: CATEGORY[item.kind],
    title: item.title,
    owner,
    fixed: false,
  };
  if (item.mode) slot.mode = item.mode;
  return slot;
}

function workSlot(ctx: WeekContext, start: number, c: Candidate): Slot {
  return {
    start,
    end: start + c.minutes,
    source: 'work.flexible',
    category: 'work',
    title: workTitle(ctx),
    owner: 'me',
    fixed: false,
  };
}
