import { rosterOnlyWork, shiftsOn, withImportedBusy, withImportedEvents } from '../imports/imported-slots.js';
import type { Unplaced } from '../plan-types.js';
import { isProgramDay, isWithinProgram } from '../program-dates.js';
import { formatTime } from '../time-of-day.js';
import { weekdayOf } from '../week.js';
import { describeDay } from './describe.js';
import { type Interval, mergeIntervals, overlaps, subtractIntervals } from './interval.js';
import { commuteAround, type Slot } from './slot.js';
import { localRange, type WeekContext } from './week-context.js';

/** The fixed part of the week, placed by precedence before any choice is made (DESIGN §3, rules 2–4). */
export interface Skeleton {
  slots: Slot[];
  unplaced: Unplaced[];
  /** Scheduled work time lost to IOP, its travel and events, within the week. */
  displaced: Interval[];
}

/** Blocks that began the day before the week are kept whole when they reach into it (the budget counts only the part inside). */
const within = (ctx: WeekContext, s: Interval) => s.end > ctx.weekStart && s.start < ctx.weekEnd;

export function buildSkeleton(ctx: WeekContext): Skeleton {
  const sleep = sleepSlots(ctx);
  const sessions = sessionSlots(ctx);
  const busy = busySlots(ctx);
  // A household member's own busy time comes before their events, as sessions do for `me`.
  const { events, conflicts } = eventSlots(ctx, [...sleep, ...sessions, ...busy]);
  const meEvents = events.filter((e) => e.owner === 'me');
  const work = workSlots(ctx, [...sleep, ...sessions, ...meEvents]);
  const before = [...sleep, ...sessions, ...events, ...work.slots, ...busy];
  const duties = fixedDutySlots(ctx, before);
  const slots = [...before, ...duties.slots].filter((s) => within(ctx, s));
  return {
    slots,
    unplaced: [...closedSessions(ctx), ...conflicts, ...duties.unplaced],
    displaced: work.displaced,
  };
}

function sleepSlots(ctx: WeekContext): Slot[] {
  const out: Slot[] = [];
  for (const date of ctx.dates) {
    const wd = weekdayOf(date);
    for (const rule of ctx.profile.sleep) {
      if (!rule.days.includes(wd)) continue;
      const r = localRange(ctx, date, rule.bedtimeMinute, rule.wakeMinute);
      out.push({ ...r, source: 'sleep', category: 'sleep', title: 'Sleep', owner: 'me', fixed: true });
    }
  }
  return out;
}

/** IOP sessions on program days, with the commute and arrive-early blocks of in-person ones. */
function sessionSlots(ctx: WeekContext): Slot[] {
  const iop = ctx.profile.iop;
  if (!iop) return [];
  const out: Slot[] = [];
  for (const date of ctx.dates.slice(1)) {
    if (!isProgramDay(iop, date)) continue;
    const wd = weekdayOf(date);
    for (const s of iop.sessions) {
      if (!s.days.includes(wd) || ctx.skips.has(`${s.source}@${date}`)) continue;
      const r = localRange(ctx, date, s.startMinute, s.endMinute);
      const session: Slot = {
        ...r,
        source: s.source,
        category: 'iop',
        title: s.title,
        owner: 'me',
        fixed: true,
        mode: s.mode,
      };
      out.push(session);
      if (s.mode !== 'in-person') continue;
      const early = iop.arriveEarlyMinutes;
      if (early > 0) out.push({ ...session, title: `Arrive early: ${s.title}`, start: r.start - early, end: r.start });
      const arrival = { ...session, start: r.start - early };
      out.push(...commuteAround(arrival, iop.commuteMinutes, iop.commuteMinutes));
    }
  }
  return out;
}

/** IOP sessions the program does not hold this week because it is closed that day: reported, for information. */
function closedSessions(ctx: WeekContext): Unplaced[] {
  const iop = ctx.profile.iop;
  if (!iop) return [];
  const out: Unplaced[] = [];
  for (const date of ctx.dates.slice(1)) {
    if (!isWithinProgram(iop, date) || isProgramDay(iop, date)) continue;
    for (const s of iop.sessions) {
      if (!s.days.includes(weekdayOf(date)) || ctx.skips.has(`${s.source}@${date}`)) continue;
      const r = localRange(ctx, date, s.startMinute, s.endMinute);
      const reason = `${describeDay(date)}: the program is closed`;
      out.push({
        source: s.source,
        title: s.title,
        owner: 'me',
        date,
        minutes: r.end - r.start,
        code: 'closed',
        reason,
      });
    }
  }
  return out;
}

function eventSlots(ctx: WeekContext, higher: Slot[]): { events: Slot[]; conflicts: Unplaced[] } {
  const events: Slot[] = [];
  const conflicts: Unplaced[] = [];
  const weekDates = new Set(ctx.dates.slice(1));
  for (const e of ctx.profile.events) {
    if (!weekDates.has(e.date) || ctx.skips.has(`${e.source}@${e.date}`)) continue;
    const r = localRange(ctx, e.date, e.startMinute, e.endMinute);
    for (const owner of e.owners) {
      const slot: Slot = { ...r, source: e.source, category: 'event', title: e.title, owner, fixed: true };
      if (e.location) slot.location = e.location;
      const clash = [...higher, ...events].find((h) => h.owner === owner && overlaps(h, slot));
      if (clash) {
        conflicts.push({
          source: e.source,
          title: e.title,
          owner,
          date: e.date,
          minutes: r.end - r.start,
          code: 'conflict',
          reason: `${describeDay(e.date)}: ${e.title} (${formatTime(e.startMinute)}–${formatTime(e.endMinute)}) clashes with ${clash.title.toLowerCase()}, which comes first`,
        });
        continue;
      }
      events.push(slot);
    }
  }
  return withImportedEvents(ctx, higher, { events, conflicts });
}

/**
 * Work shifts lose the parts that IOP, its travel and events need, plus the travel the remaining
 * pieces need; pieces shorter than `minBlockMinutes` are dropped. What is lost is `displaced`.
 */
function workSlots(ctx: WeekContext, higher: Slot[]) {
  const work = rosterOnlyWork(ctx.profile);
  const slots: Slot[] = [];
  const displaced: Interval[] = [];
  if (!work) return { slots, displaced };
  const occupied = mergeIntervals(higher.filter((h) => h.owner === 'me'));
  const minBlock = work.flexible?.minBlockMinutes ?? 60;
  for (const date of ctx.dates) {
    if (work.daysOff.includes(date)) continue;
    const wd = weekdayOf(date);
    const commute = work.remoteDays.includes(wd) ? 0 : work.commuteMinutes;
    const kept: Slot[] = [];
    for (const shift of shiftsOn(ctx, date, wd, higher)) {
      if (ctx.skips.has(`${shift.source}@${date}`)) continue;
      const r = { start: shift.start, end: shift.end };
      const whole = {
        ...r,
        source: shift.source,
        category: 'work' as const,
        title: shift.title,
        owner: 'me',
        fixed: true,
      };
      const cut = subtractIntervals(r, occupied)
        .map((p) => shrinkForTravel(p, occupied, commute))
        .filter((p) => p.end - p.start >= Math.min(minBlock, r.end - r.start) && p.end > p.start);
      for (const p of cut) kept.push({ ...whole, ...p });
      for (const lost of subtractIntervals(r, cut)) {
        const inWeek = { start: Math.max(lost.start, ctx.weekStart), end: Math.min(lost.end, ctx.weekEnd) };
        if (inWeek.end > inWeek.start) displaced.push(inWeek);
      }
    }
    const groups = contiguousGroups(kept);
    for (const g of groups) {
      slots.push(...g);
      const first = g[0]!;
      const last = g[g.length - 1]!;
      slots.push(
        ...commuteAround({ ...first, end: last.end }, commute, 0),
        ...commuteAround({ ...last, start: first.start }, 0, commute),
      );
    }
  }
  return { slots, displaced };
}

/** Moves a piece's ends inward until its travel to and from work is free of higher blocks. */
function shrinkForTravel(piece: Interval, occupied: Interval[], commute: number): Interval {
  let { start, end } = piece;
  for (let changed = true; changed && start < end; ) {
    changed = false;
    for (const o of occupied) {
      if (commute > 0 && o.start < start && o.end > start - commute) {
        start = o.end + commute;
        changed = true;
      }
      if (commute > 0 && o.end > end && o.start < end + commute) {
        end = o.start - commute;
        changed = true;
      }
    }
  }
  return { start, end: Math.max(start, end) };
}

function contiguousGroups(slots: Slot[]): Slot[][] {
  const sorted = [...slots].sort((a, b) => a.start - b.start);
  const groups: Slot[][] = [];
  for (const s of sorted) {
    const last = groups[groups.length - 1];
    const tail = last?.[last.length - 1];
    if (last && tail && tail.end === s.start) last.push(s);
    else groups.push([s]);
  }
  return groups;
}

function busySlots(ctx: WeekContext): Slot[] {
  const out: Slot[] = [];
  for (const member of ctx.profile.household) {
    for (const date of ctx.dates.slice(1)) {
      const wd = weekdayOf(date);
      for (const b of member.busy) {
        if (!b.days.includes(wd)) continue;
        const r = localRange(ctx, date, b.startMinute, b.endMinute);
        out.push({ ...r, source: b.source, category: 'busy', title: b.label, owner: member.id, fixed: true });
      }
    }
  }
  return withImportedBusy(ctx, out);
}

/** Rule 4: a fixed duty goes to the first listed owner (rotated by ISO week) who is free over it. */
function fixedDutySlots(ctx: WeekContext, taken: Slot[]): { slots: Slot[]; unplaced: Unplaced[] } {
  const slots: Slot[] = [];
  const unplaced: Unplaced[] = [];
  for (const duty of ctx.profile.duties) {
    if (!duty.fixed) continue;
    const owners = rotateOwners(duty.owners, duty.rotate ? ctx.isoWeekNumber : 0);
    for (const date of ctx.dates.slice(1)) {
      if (!duty.days.includes(weekdayOf(date)) || ctx.skips.has(`${duty.source}@${date}`)) continue;
      const r = localRange(ctx, date, duty.startMinute, duty.endMinute);
      const span = { start: r.start - duty.commuteMinutes, end: r.end + duty.commuteMinutes };
      const owner = owners.find((o) => ![...taken, ...slots].some((t) => t.owner === o && overlaps(t, span)));
      if (owner === undefined) {
        unplaced.push({
          source: duty.source,
          title: duty.title,
          owner: null,
          date,
          minutes: r.end - r.start,
          code: 'no-cover',
          reason: `${describeDay(date)}: nobody who can do ${duty.title.toLowerCase()} (${formatTime(duty.startMinute)}–${formatTime(duty.endMinute)}) is free then`,
        });
        continue;
      }
      const slot: Slot = { ...r, source: duty.source, category: 'duty', title: duty.title, owner, fixed: true };
      slots.push(slot, ...commuteAround(slot, duty.commuteMinutes, duty.commuteMinutes));
    }
  }
  return { slots, unplaced };
}

/** Owners in listed order, rotated by `offset` (the ISO week number for rotating duties). */
export function rotateOwners(owners: string[], offset: number): string[] {
  const k = owners.length === 0 ? 0 : offset % owners.length;
  return [...owners.slice(k), ...owners.slice(0, k)];
}
