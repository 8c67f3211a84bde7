import type { Budget, Category, CategoryMinutes, DayBudget, TimedBlock, TimedLeave } from './plan-types.js';
import { CATEGORIES } from './plan-types.js';
import type { Week, WeekDay } from './week.js';

const MINUTE_MS = 60_000;

/** Milliseconds of `[startMs, endMs)` that fall inside the local day (0 when they miss it). */
export function overlapMs(startMs: number, endMs: number, day: WeekDay): number {
  return Math.max(0, Math.min(endMs, day.endMs) - Math.max(startMs, day.startMs));
}

/** The week totals in the plan format's key order (DESIGN §4): the categories, sleep, then free time. */
function emptyCategoryMinutes(): CategoryMinutes {
  return { work: 0, iop: 0, commute: 0, duty: 0, habit: 0, event: 0, busy: 0, sleep: 0, free: 0 };
}

function budgetDay(mine: TimedBlock[], day: WeekDay): DayBudget {
  const ms = new Map<Category, number>();
  for (const b of mine) {
    const inside = overlapMs(b.startMs, b.endMs, day);
    if (inside > 0) ms.set(b.category, (ms.get(b.category) ?? 0) + inside);
  }
  const minutes: Partial<Record<Category, number>> = {};
  let committed = 0;
  // CATEGORIES order keeps the object's key order the same on every run.
  for (const c of CATEGORIES) {
    const m = Math.round((ms.get(c) ?? 0) / MINUTE_MS);
    if (m === 0) continue;
    minutes[c] = m;
    if (c !== 'sleep') committed += m;
  }
  const dayMinutes = Math.round((day.endMs - day.startMs) / MINUTE_MS);
  return { date: day.date, committed, free: dayMinutes - committed - (minutes.sleep ?? 0), minutes };
}

/**
 * The week's ledger of `me`'s time (DESIGN §4), in whole minutes per local day and per week.
 * Blocks are clipped to each local day, so a sleep or night shift crossing midnight counts on both
 * days and a block that began before the week counts only from the week's first midnight.
 * Invariant: for every day, committed + sleep + free = the day's length (1380, 1440 or 1500
 * minutes on DST days), so the week totals 167, 168 or 169 hours. `me`'s blocks never overlap
 * (the allocator forbids it), so they are summed as they are.
 */
export function computeBudget(blocks: TimedBlock[], week: Week, leave: TimedLeave[]): Budget {
  const mine = blocks.filter((b) => b.owner === 'me');
  const days = week.days.map((day) => budgetDay(mine, day));
  const total = emptyCategoryMinutes();
  for (const day of days) {
    for (const c of CATEGORIES) total[c] += day.minutes[c] ?? 0;
    total.free += day.free;
  }
  const leaveMs = leave.reduce((sum, l) => sum + Math.max(0, l.endMs - l.startMs), 0);
  // (r2) IOP hours are treatment time: sessions and flexible IOP items, not the arrive-early minutes.
  const treatmentMs = mine
    .filter((b) => b.category === 'iop' && b.role !== 'arrive-early')
    .reduce((sum, b) => sum + week.days.reduce((s, day) => s + overlapMs(b.startMs, b.endMs, day), 0), 0);
  return {
    week: total,
    days,
    iopHours: Math.round((treatmentMs / MINUTE_MS / 60) * 100) / 100,
    leaveMinutes: Math.round(leaveMs / MINUTE_MS),
  };
}
