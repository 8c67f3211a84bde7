import type { FlexibleItem } from '../profile.js';
import { rotateOwners } from './fixed-skeleton.js';
import type { Interval } from './interval.js';
import type { Demand, Occurrence } from './occurrences.js';
import { cappedMinutes, committedMinutes } from './rules/daily-cap.js';
import { leaveGuards } from './rules/leave-guard.js';
import { forbiddenSpans } from './rules/transition-gap.js';
import { sleepOf, wakingDays } from './rules/waking-days.js';
import { commuteAround, type Slot } from './slot.js';
import { type Alternative, type StageInput, type StageOccurrence, stageOptions } from './stage-options.js';
import type { Candidate, OwnerDay } from './subset-scheduler.js';
import type { WeekContext } from './week-context.js';
import { chooseWeek, type WeekValue } from './week-optimizer.js';
import { JOINED_WORK_MIN_MINUTES, realizeWork, WORK_KEY, workLengths, workModes, workTitle } from './work-variants.js';

export interface FlexibleResult {
  slots: Slot[];
  /** Fixed travel blocks that moved because work joined a shift. */
  removed: Slot[];
  /** Occurrence index → its block. */
  placed: Map<number, Slot>;
  workMinutes: number;
  /** The optimiser's value of the week, summed over its independent parts. */
  value: WeekValue;
}

/** A part of the week that shares nothing with the rest: a set of owners linked by shared items. */
interface Component {
  owners: string[];
  occurrences: Occurrence[];
  /** `me`'s part: its stages are `me`'s waking days; another part's stages are the dates. */
  hasMe: boolean;
}

/**
 * Places the week's flexible occurrences and moved work at the optimum of DESIGN §3 (tiers 1–6,
 * then the balanced week, then owner order). Owners who share no item are independent problems;
 * each is solved exactly by `stageOptions` (per stage) and `chooseWeek` (across the week).
 */
export function allocateFlexible(
  ctx: WeekContext,
  fixed: Slot[],
  demand: Demand,
  workDemand: number,
  displaced: Interval[] = [],
): FlexibleResult {
  const T = ctx.profile.rules.transitionMinutes;
  const cap = ctx.profile.rules.maxCommittedMinutesPerDay;
  const waking = wakingDays(sleepOf(fixed), ctx.weekStart, ctx.weekEnd);
  const high = highSources(ctx);
  const guards = leaveGuards(displaced);
  const result: FlexibleResult = {
    slots: [],
    removed: [],
    placed: new Map(),
    workMinutes: 0,
    value: { tiers: [0, 0, 0, 0, 0, 0], balance: 0, penalty: 0 },
  };
  for (const component of components(ctx, demand)) {
    const stages: Interval[] = component.hasMe
      ? waking
      : ctx.week.days.map((d) => ({ start: Math.round(d.startMs / 60_000), end: Math.round(d.endMs / 60_000) }));
    const stageOfDate = (date: string) => bestStage(ctx, stages, date);
    const perWeek = new Map<number, number>();
    const limits: number[] = [];
    const staged: StageOccurrence[][] = stages.map(() => []);
    for (const occ of component.occurrences) {
      const byStage = new Map<number, Alternative[]>();
      component.owners.forEach((owner, k) => {
        if (!occ.item.owners.includes(owner)) return;
        const penalty = ownerPenalty(ctx, occ, owner);
        const pieces =
          owner === 'me' ? stages.map((s, i) => [i, s] as const) : [[stageOfDate(occ.date), undefined] as const];
        for (const [i, piece] of pieces) {
          const cand = candidateOf(ctx, occ, piece, high);
          if (!cand) continue;
          byStage.set(i, [...(byStage.get(i) ?? []), { owner: k, cand, penalty }]);
        }
      });
      const groups: number[] = [];
      if (occ.perWeekIndex >= 0) {
        if (!perWeek.has(occ.perWeekIndex)) {
          perWeek.set(occ.perWeekIndex, limits.length);
          limits.push(demand.perWeek[occ.perWeekIndex]!.limit);
        }
        groups.push(perWeek.get(occ.perWeekIndex)!);
      }
      if (byStage.size > 1) {
        // A window across `me`'s sleep: the occurrence is placed in one waking day at most.
        groups.push(limits.length);
        limits.push(1);
      }
      for (const [i, alts] of byStage) staged[i]!.push({ occ, alts, groups });
    }
    const fixedLoads = stages.map((s) => (component.hasMe ? committedMinutes(fixed, s.start, s.end) : undefined));
    const inputs = stages.map((stage, i): StageInput => {
      const owners = component.owners.map((owner) => {
        const isMe = owner === 'me';
        const near = fixed.filter((s) => s.owner === owner && s.end > stage.start - 1440 && s.start < stage.end + 1440);
        const mine = isMe
          ? [...near, ...guards.filter((g) => g.end > stage.start - 1440 && g.start < stage.end + 1440)]
          : near;
        const day: OwnerDay = {
          forbidden: forbiddenSpans(mine, T, isMe),
          gap: isMe ? T : 0,
          capRoom: isMe ? cap - cappedMinutes(fixed, stage, high) : Number.POSITIVE_INFINITY,
        };
        return { id: owner, day, mine };
      });
      const work =
        component.hasMe && workDemand > 0 ? workWays(ctx, stage, owners[0]!.mine, owners[0]!.day, workDemand) : [];
      return { owners: owners.map(({ id, day }) => ({ id, day })), occs: staged[i]!, work };
    });
    const options = inputs.map((input) => stageOptions(input));
    const chosen = chooseWeek({
      stages: options,
      limits,
      workDemand: component.hasMe ? workDemand : 0,
      fixedLoads,
    });
    result.value = {
      tiers: result.value.tiers.map((t, i) => t + chosen.value.tiers[i]!),
      balance: result.value.balance + chosen.value.balance,
      penalty: result.value.penalty + chosen.value.penalty,
    };
    const byIndex = new Map(component.occurrences.map((o) => [o.index, o]));
    chosen.options.forEach((option, i) => {
      if (!option) return;
      const input = inputs[i]!;
      if (option.work) {
        result.slots.push(...option.work.added);
        result.removed.push(...option.work.removed);
        result.workMinutes += option.workMinutes;
      }
      option.schedules.forEach((schedule, k) => {
        const owner = component.owners[k]!;
        for (const { key, start } of schedule) {
          if (key === WORK_KEY) {
            const c = option.work!.cand!;
            const block = workSlot(ctx, start, c);
            result.slots.push(block, ...commuteAround(block, c.commute, c.commute));
            continue;
          }
          const occ = byIndex.get(key)!;
          const cand = input.occs.find((o) => o.occ.index === key)!.alts.find((a) => a.owner === k)!.cand;
          const block = itemSlot(occ.item, owner, start);
          result.slots.push(block, ...commuteAround(block, cand.commute, cand.commute));
          result.placed.set(key, block);
        }
      });
    });
  }
  return result;
}

/** Sources of `priority: high` habits: exempt from the cap (rule 7, r2). */
export function highSources(ctx: WeekContext): Set<string> {
  return new Set(ctx.profile.habits.filter((h) => h.priority === 'high').map((h) => h.source));
}

/** Owners linked by shared items, `me`'s part first; each part with its occurrences. */
function components(ctx: WeekContext, demand: Demand): Component[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    // `me` stays the root of its part, whichever owner an item lists first.
    if (ra === rb) return;
    if (rb === 'me') parent.set(ra, rb);
    else parent.set(rb, ra);
  };
  const all = ['me', ...ctx.profile.household.map((m) => m.id)];
  for (const occ of demand.occurrences) for (const o of occ.item.owners.slice(1)) union(occ.item.owners[0]!, o);
  const roots = [...new Set(all.map(find))].sort((a, b) => Number(b === find('me')) - Number(a === find('me')));
  return roots
    .map((root) => ({
      owners: all.filter((o) => find(o) === root).sort((a, b) => Number(b === 'me') - Number(a === 'me')),
      occurrences: demand.occurrences.filter((o) => find(o.item.owners[0]!) === root),
      hasMe: root === find('me'),
    }))
    .filter((c) => c.hasMe || c.occurrences.length > 0);
}

/** The stage that holds most of a date (a household member's items follow their date). */
function bestStage(ctx: WeekContext, stages: Interval[], date: string): number {
  const day = ctx.week.days.find((d) => d.date === date)!;
  const from = Math.round(day.startMs / 60_000);
  const to = Math.round(day.endMs / 60_000);
  let best = 0;
  let most = -1;
  stages.forEach((s, i) => {
    const overlap = Math.min(s.end, to) - Math.max(s.start, from);
    const score = overlap > 0 ? overlap : -Math.abs((s.start + s.end) / 2 - (from + to) / 2) - 1e6;
    if (score > most) {
      most = score;
      best = i;
    }
  });
  return best;
}

/** The occurrence as a candidate within `piece` (a waking day of `me`), or undefined when it cannot lie there. */
export function candidateOf(
  ctx: WeekContext,
  occ: Occurrence,
  piece: Interval | undefined,
  high: Set<string>,
): Candidate | undefined {
  const item = occ.item;
  const windowStart = piece ? Math.max(piece.start, occ.windowStart) : occ.windowStart;
  const windowEnd = piece ? Math.min(piece.end, occ.windowEnd) : occ.windowEnd;
  if (windowEnd - windowStart < item.minutes) return undefined;
  let starts: number[] | undefined;
  if (item.slots) {
    const weekday = ctx.week.days[occ.dayIndex]!.weekday;
    starts = [
      ...new Set(item.slots.filter((s) => s.days.includes(weekday)).map((s) => ctx.clock(occ.date, s.startMinute))),
    ]
      .filter((s) => s >= windowStart && s + item.minutes <= windowEnd)
      .sort((a, b) => a - b);
    if (!starts.length) return undefined;
  }
  return {
    key: occ.index,
    minutes: item.minutes,
    commute: item.commuteMinutes,
    windowStart,
    windowEnd,
    starts,
    capped: !high.has(item.source),
  };
}

/** Each way moved work can go in a stage, with the lengths to try. */
function workWays(ctx: WeekContext, stage: Interval, mine: Slot[], baseDay: OwnerDay, workDemand: number) {
  const minBlock = ctx.profile.work?.flexible?.minBlockMinutes ?? 60;
  const w = { ctx, stage, mine, baseDay };
  return workModes(w).map((mode) => {
    const min = mode.kind === 'standalone' ? minBlock : JOINED_WORK_MIN_MINUTES;
    const max = Math.min(workDemand, mode.window.end - mode.window.start);
    return { lengths: workLengths(min, max, workDemand), realize: (minutes: number) => realizeWork(w, mode, minutes) };
  });
}

/** Duties go to owners in listed order; rotating duties round-robin across days from the ISO week's offset. */
function ownerPenalty(ctx: WeekContext, occ: Occurrence, owner: string): number {
  const item = occ.item;
  if (item.owners.length < 2) return 0;
  const order = rotateOwners(item.owners, item.rotate ? ctx.isoWeekNumber + occ.dayIndex : 0);
  return order.indexOf(owner);
}

const CATEGORY = { iop: 'iop', duty: 'duty', habit: 'habit' } as const;

function itemSlot(item: FlexibleItem, owner: string, start: number): Slot {
  const slot: Slot = {
    start,
    end: start + item.minutes,
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
