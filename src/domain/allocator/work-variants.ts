import { hasShifts, isShiftSource } from '../imports/imported-slots.js';
import type { Profile } from '../profile.js';
import type { Interval } from './interval.js';
import { forbiddenSpans, keepsTransition } from './rules/transition-gap.js';
import type { Slot } from './slot.js';
import type { Candidate, OwnerDay } from './subset-scheduler.js';
import type { WeekContext } from './week-context.js';

/** The key of moved work among a stage's candidates (occurrence indexes are 0 or more). */
export const WORK_KEY = -1;
const SOURCE = 'work.flexible';

/**
 * Where moved work goes in a stage: a block of its own within one date's `work.flexible` hours
 * (with its own travel on on-site days), or joined directly to a run of shift pieces, before or
 * after it — then the run counts as one and its travel moves out (DESIGN §3, rules 5–6).
 */
export type WorkMode =
  | { kind: 'standalone'; date: string; window: Interval; commute: number }
  | { kind: 'after' | 'before'; date: string; window: Interval; commute: number; group: Slot[] };

/** A mode made concrete for one length: `me`'s stage then, what it adds or removes, its load. */
export interface RealizedWork {
  day: OwnerDay;
  /** The work block as a candidate to schedule (standalone), or undefined when joined. */
  cand: Candidate | undefined;
  added: Slot[];
  removed: Slot[];
  /** Committed minutes it adds to the waking day (block and travel, less travel moved out). */
  load: number;
}

export interface StageWorkContext {
  ctx: WeekContext;
  /** The waking day (or date) the stage covers. */
  stage: Interval;
  /** `me`'s fixed blocks near the stage (sleep and leave guards included). */
  mine: Slot[];
  baseDay: OwnerDay;
}

/** "Work (moved)" when it is shift time moved around IOP; plain "Work" when the week's work is all flexible. */
export function workTitle(ctx: WeekContext): string {
  return hasShifts(ctx.profile) ? 'Work (moved)' : 'Work';
}

/**
 * Moved work is placed in 5-minute steps (aligned so that the week's demand can be met exactly).
 * A search cut, documented in docs/quality.md: 1-minute steps are exact but 10–15 times slower on
 * moved-work weeks; 15-minute steps missed the balanced week's optimum on one benchmark week and
 * an hour of a 38 h flexible worker's week, which 5-minute steps meet (about 3× slower).
 */
export const WORK_STEP_MINUTES = 5;

/** Moved work joined to a shift is never shorter than this: no five-minute slivers of work. */
export const JOINED_WORK_MIN_MINUTES = 15;

/** Every way moved work could go in the stage. */
export function workModes(w: StageWorkContext): WorkMode[] {
  const work = w.ctx.profile.work;
  const flex = work?.flexible;
  if (!work || !flex) return [];
  const out: WorkMode[] = [];
  for (const day of w.ctx.week.days) {
    if (!flex.days.includes(day.weekday)) continue;
    const start = Math.max(w.ctx.clock(day.date, flex.earliestMinute), w.stage.start);
    const end = Math.min(w.ctx.clock(day.date, flex.latestMinute), w.stage.end);
    if (end <= start) continue;
    const window = { start, end };
    const commute = work.remoteDays.includes(day.weekday) ? 0 : work.commuteMinutes;
    out.push({ kind: 'standalone', date: day.date, window, commute });
    for (const group of shiftRuns(
      w.mine.filter((s) => s.start <= end && s.end >= start),
      w.ctx.profile,
    )) {
      out.push({ kind: 'after', date: day.date, window, commute, group });
      out.push({ kind: 'before', date: day.date, window, commute, group });
    }
  }
  return out;
}

/** The lengths worth trying between `min` and `max`: the step grid, the grid offset by the demand's remainder, and `max`. */
export function workLengths(min: number, max: number, demand: number): number[] {
  const out = new Set<number>();
  const offset = demand % WORK_STEP_MINUTES;
  for (const base of [0, offset]) {
    for (let len = base; len <= max; len += WORK_STEP_MINUTES) if (len >= min && len > 0) out.add(len);
  }
  if (max >= min && max > 0) out.add(max);
  return [...out].sort((a, b) => a - b);
}

/** The stage with `minutes` of moved work in `mode`, or undefined when the mode breaks a rule. */
export function realizeWork(w: StageWorkContext, mode: WorkMode, minutes: number): RealizedWork | undefined {
  const { window, commute } = mode;
  if (mode.kind === 'standalone') {
    if (minutes > window.end - window.start) return undefined;
    const cand: Candidate = {
      key: WORK_KEY,
      minutes,
      commute,
      windowStart: window.start,
      windowEnd: window.end,
      capped: true,
    };
    return { day: w.baseDay, cand, added: [], removed: [], load: minutes + 2 * commute };
  }
  const first = mode.group[0]!;
  const last = mode.group[mode.group.length - 1]!;
  const base = { source: SOURCE, title: workTitle(w.ctx), owner: 'me', fixed: false } as const;
  const isShiftTravel = (s: Slot) => s.category === 'commute' && isShiftSource(w.ctx.profile, s.source);
  // Moved work joined after the run takes over the run's trip home; joined before, its trip there.
  const after = mode.kind === 'after';
  const block: Slot = after
    ? { ...base, category: 'work', start: last.end, end: last.end + minutes }
    : { ...base, category: 'work', start: first.start - minutes, end: first.start };
  const removed = w.mine.find((s) => isShiftTravel(s) && (after ? s.start === last.end : s.end === first.start));
  const travel: Slot | undefined = removed && {
    ...base,
    category: 'commute',
    role: 'travel',
    title: 'Travel',
    start: after ? block.end : block.start - commute,
    end: after ? block.end + commute : block.start,
  };
  // A run whose trip is chained to the program (rule 5a) has no trip of its own to move out.
  if (commute > 0 && !removed) return undefined;
  if (block.start < window.start || block.end > window.end) return undefined;
  const span = {
    start: Math.min(block.start, travel?.start ?? block.start),
    end: Math.max(block.end, travel?.end ?? block.end),
  };
  const others = w.mine.filter((s) => s !== removed && !mode.group.includes(s));
  if (!keepsTransition(span, others, w.ctx.profile.rules.transitionMinutes)) return undefined;
  const added = travel ? [block, travel] : [block];
  const load = minutes + (travel ? travel.end - travel.start : 0) - (removed ? removed.end - removed.start : 0);
  if (load > w.baseDay.capRoom) return undefined;
  const mine = [...w.mine.filter((s) => s !== removed), ...added];
  const day: OwnerDay = {
    forbidden: forbiddenSpans(mine, w.ctx.profile.rules.transitionMinutes, true),
    gap: w.ctx.profile.rules.transitionMinutes,
    capRoom: w.baseDay.capRoom - load,
  };
  return { day, cand: undefined, added, removed: removed ? [removed] : [], load };
}

/** The contiguous runs of shift pieces. */
function shiftRuns(mine: Slot[], profile: Profile): Slot[][] {
  const pieces = mine
    .filter((s) => s.category === 'work' && isShiftSource(profile, s.source))
    .sort((a, b) => a.start - b.start);
  const groups: Slot[][] = [];
  for (const p of pieces) {
    const g = groups[groups.length - 1];
    if (g && g[g.length - 1]!.end === p.start) g.push(p);
    else groups.push([p]);
  }
  return groups;
}
