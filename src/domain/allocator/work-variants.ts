import { committedMinutes } from './rules/daily-cap.js';
import { forbiddenSpans, keepsTransition } from './rules/transition-gap.js';
import type { Slot } from './slot.js';
import { type Candidate, type OwnerDay, solveSubsets } from './subset-scheduler.js';
import type { WeekContext } from './week-context.js';

export const WORK_KEY = -1;
const SOURCE = 'work.flexible';

/**
 * Where moved work goes on a day: a block of its own (with its own travel on on-site days), or
 * joined directly to one of the day's shift pieces, before or after it — then the day's
 * contiguous work counts as one and its travel moves out (DESIGN §3, rules 5–6).
 */
export type WorkMode = { kind: 'standalone' } | { kind: 'after' | 'before'; group: Slot[] };

/** One way to hold `minutes` of moved work, with `me`'s feasibility table for the other items. */
export interface WorkVariant {
  minutes: number;
  mode: WorkMode;
  /** When true the work is the table's last bit; otherwise it is already part of the day. */
  withBit: boolean;
  table: { end: Float64Array; last: Int8Array };
}

/** A mode made concrete for one length: the day `me` then has, and the blocks it adds or removes. */
export interface RealizedWork {
  day: OwnerDay;
  cands: Candidate[];
  added: Slot[];
  removed: Slot[];
}

export interface DayWorkContext {
  ctx: WeekContext;
  date: string;
  weekday: number;
  dayStart: number;
  dayEnd: number;
  /** `me`'s fixed blocks near the day. */
  mine: Slot[];
  /** The other candidates of `me` that day. */
  cands: Candidate[];
  baseDay: OwnerDay;
}

/** "Work (moved)" when it is shift time moved around IOP; plain "Work" when the week's work is all flexible. */
export function workTitle(ctx: WeekContext): string {
  return ctx.profile.work?.shifts.length ? 'Work (moved)' : 'Work';
}

/** Moved work is tried in 15-minute steps, plus the longest block the day allows; a joined block may be this short. */
export const WORK_STEP_MINUTES = 15;

/** Every useful variant of moved work on a day, longest feasible lengths included. */
export function workVariants(w: DayWorkContext, workDemand: number): WorkVariant[] {
  const flex = w.ctx.profile.work?.flexible;
  if (!flex || workDemand <= 0 || !flex.days.includes(w.weekday)) return [];
  const windowStart = w.ctx.clock(w.date, flex.earliestMinute);
  const windowEnd = w.ctx.clock(w.date, flex.latestMinute);
  const longest = Math.min(workDemand, windowEnd - windowStart);
  const variants: WorkVariant[] = [];
  for (const group of shiftGroups(w.mine.filter((s) => s.start < w.dayEnd && s.end > w.dayStart))) {
    for (const kind of ['after', 'before'] as const) {
      for (let len = WORK_STEP_MINUTES; len <= longest; len = nextLength(len, longest)) {
        const r = realizeWork(w, { kind, group }, len);
        if (!r) break;
        variants.push({ minutes: len, mode: { kind, group }, withBit: false, table: solveSubsets(r.cands, r.day) });
      }
    }
  }
  for (let len = flex.minBlockMinutes; len <= longest; len = nextLength(len, longest)) {
    const r = realizeWork(w, { kind: 'standalone' }, len)!;
    variants.push({ minutes: len, mode: { kind: 'standalone' }, withBit: true, table: solveSubsets(r.cands, r.day) });
  }
  return variants;
}

function nextLength(len: number, longest: number): number {
  const next = len + WORK_STEP_MINUTES;
  return next > longest && len < longest ? longest : next;
}

/** The day with `minutes` of moved work in `mode`, or undefined when the mode breaks a rule. */
export function realizeWork(w: DayWorkContext, mode: WorkMode, minutes: number): RealizedWork | undefined {
  const work = w.ctx.profile.work!;
  const flex = work.flexible!;
  const commute = work.remoteDays.includes(w.weekday) ? 0 : work.commuteMinutes;
  const windowStart = w.ctx.clock(w.date, flex.earliestMinute);
  const windowEnd = w.ctx.clock(w.date, flex.latestMinute);
  if (mode.kind === 'standalone') {
    const candidate: Candidate = { key: WORK_KEY, minutes, commute, windowStart, windowEnd };
    return { day: w.baseDay, cands: [...w.cands, candidate], added: [], removed: [] };
  }
  const first = mode.group[0]!;
  const last = mode.group[mode.group.length - 1]!;
  const base = { source: SOURCE, title: workTitle(w.ctx), owner: 'me', fixed: false } as const;
  let block: Slot;
  let travel: Slot | undefined;
  let removed: Slot | undefined;
  if (mode.kind === 'after') {
    block = { ...base, category: 'work', start: last.end, end: last.end + minutes };
    removed = w.mine.find(
      (s) => s.category === 'commute' && s.source.startsWith('work.shifts') && s.start === last.end,
    );
    if (commute > 0)
      travel = {
        ...base,
        category: 'commute',
        role: 'travel',
        title: 'Travel',
        start: block.end,
        end: block.end + commute,
      };
  } else {
    block = { ...base, category: 'work', start: first.start - minutes, end: first.start };
    removed = w.mine.find(
      (s) => s.category === 'commute' && s.source.startsWith('work.shifts') && s.end === first.start,
    );
    if (commute > 0)
      travel = {
        ...base,
        category: 'commute',
        role: 'travel',
        title: 'Travel',
        start: block.start - commute,
        end: block.start,
      };
  }
  if (block.start < windowStart || block.end > windowEnd) return undefined;
  const span = {
    start: Math.min(block.start, travel?.start ?? block.start),
    end: Math.max(block.end, travel?.end ?? block.end),
  };
  const others = w.mine.filter((s) => s !== removed && !mode.group.includes(s));
  if (!keepsTransition(span, others, w.ctx.profile.rules.transitionMinutes)) return undefined;
  const added = travel ? [block, travel] : [block];
  const mine = [...w.mine.filter((s) => s !== removed), ...added];
  const committed = committedMinutes(mine, w.dayStart, w.dayEnd);
  const cap = w.ctx.profile.rules.maxCommittedMinutesPerDay;
  if (committed > cap) return undefined;
  const day: OwnerDay = {
    forbidden: forbiddenSpans(mine, w.ctx.profile.rules.transitionMinutes, true),
    gap: w.ctx.profile.rules.transitionMinutes,
    capRoom: cap - committed,
  };
  return { day, cands: w.cands, added, removed: removed ? [removed] : [] };
}

/** The day's contiguous runs of shift pieces that start within the day. */
function shiftGroups(mine: Slot[]): Slot[][] {
  const pieces = mine
    .filter((s) => s.category === 'work' && s.source.startsWith('work.shifts'))
    .sort((a, b) => a.start - b.start);
  const groups: Slot[][] = [];
  for (const p of pieces) {
    const g = groups[groups.length - 1];
    if (g && g[g.length - 1]!.end === p.start) g.push(p);
    else groups.push([p]);
  }
  return groups;
}
