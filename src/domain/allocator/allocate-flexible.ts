import type { FlexibleItem } from '../profile.js';
import {
  type DayOption,
  enumerateDayOptions,
  makeOwnerTable,
  type OwnerTable,
  type WorkChoice,
} from './day-options.js';
import { rotateOwners } from './fixed-skeleton.js';
import { toMinutes } from './interval.js';
import type { Demand, Occurrence } from './occurrences.js';
import { committedMinutes } from './rules/daily-cap.js';
import { forbiddenSpans } from './rules/transition-gap.js';
import { commuteAround, type Slot } from './slot.js';
import { type Candidate, type OwnerDay, scheduleOf, solveSubsets } from './subset-scheduler.js';
import type { WeekContext } from './week-context.js';
import { chooseWeek } from './week-optimizer.js';

/** More candidates than this for one owner on one day are not considered (2^n subsets). */
const MAX_CANDIDATES = 13;
const WORK_KEY = -1;
const WORK_STEP = 15;

export interface FlexibleResult {
  slots: Slot[];
  placed: Map<number, Slot>;
  workMinutes: number;
}

interface DayPlan {
  date: string;
  dayStart: number;
  dayEnd: number;
  occs: Occurrence[];
  owners: OwnerTable[];
  work: (WorkChoice & { candidate: (length: number) => Candidate }) | undefined;
}

/** Places the week's flexible occurrences and moved work optimally (DESIGN §3 objective, tiers 1–6). */
export function allocateFlexible(ctx: WeekContext, fixed: Slot[], demand: Demand, workDemand: number): FlexibleResult {
  const days = ctx.week.days.map((d, i) => planDay(ctx, fixed, demand, workDemand, i, d.date));
  const preference = ownerPreference(ctx);
  const options: DayOption[][] = days.map((d) => enumerateDayOptions(d.occs, d.owners, preference, d.work));
  const chosen = chooseWeek(
    options,
    demand.perWeek.map((p) => p.limit),
    workDemand,
  );
  const slots: Slot[] = [];
  const placed = new Map<number, Slot>();
  let workLeft = workDemand;
  days.forEach((day, i) => {
    const option = chosen[i];
    if (!option) return;
    let workMinutes = Math.min(option.workMinutes, workLeft);
    if (day.work && workMinutes > 0 && workMinutes < (ctx.profile.work?.flexible?.minBlockMinutes ?? 60))
      workMinutes = 0;
    workLeft -= workMinutes;
    for (const o of day.owners) {
      const own = o.cands.filter((c) => option.assignment.get(c.key) === o.owner);
      let cands = o.cands;
      let mask = own.reduce((m, c) => m | (1 << cands.indexOf(c)), 0);
      let table = o.table;
      if (o.owner === 'me' && day.work && workMinutes > 0) {
        cands = [...o.cands, day.work.candidate(workMinutes)];
        mask |= 1 << o.cands.length;
        table = solveSubsets(cands, o.day);
      }
      for (const { key, start } of scheduleOf(cands, o.day, table, mask)) {
        const c = cands.find((x) => x.key === key)!;
        const block =
          key === WORK_KEY ? workSlot(start, c) : itemSlot(demand.occurrences[key]!.item, o.owner, start, c);
        slots.push(block, ...commuteAround(block, c.commute, c.commute));
        if (key !== WORK_KEY) placed.set(key, block);
      }
    }
  });
  return { slots, placed, workMinutes: workDemand - workLeft };
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
  return { date, dayStart, dayEnd, occs, owners, work: workChoice(ctx, owners[0]!, date, workDemand) };
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

/** Lengths of moved work worth trying on a day, each with `me`'s feasibility table. */
function workChoice(ctx: WeekContext, me: OwnerTable, date: string, workDemand: number): DayPlan['work'] {
  const work = ctx.profile.work;
  const flex = work?.flexible;
  if (!work || !flex || workDemand <= 0) return undefined;
  const weekday = ctx.week.days.find((d) => d.date === date)!.weekday;
  if (!flex.days.includes(weekday)) return undefined;
  const windowStart = ctx.clock(date, flex.earliestMinute);
  const windowEnd = ctx.clock(date, flex.latestMinute);
  const commute = work.remoteDays.includes(weekday) ? 0 : work.commuteMinutes;
  const longest = Math.min(workDemand, windowEnd - windowStart);
  const lengths: number[] = [];
  for (let len = flex.minBlockMinutes; len <= longest; len += WORK_STEP) lengths.push(len);
  if (longest >= flex.minBlockMinutes && lengths[lengths.length - 1] !== longest) lengths.push(longest);
  const candidate = (minutes: number): Candidate => ({ key: WORK_KEY, minutes, commute, windowStart, windowEnd });
  const tables = lengths.map((len) => solveSubsets([...me.cands, candidate(len)], me.day));
  return { lengths, tables, candidate };
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

function workSlot(start: number, c: Candidate): Slot {
  return {
    start,
    end: start + c.minutes,
    source: 'work.flexible',
    category: 'work',
    title: 'Work (moved)',
    owner: 'me',
    fixed: false,
  };
}
