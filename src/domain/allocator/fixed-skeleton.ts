import { rosterOnlyWork, shiftsOn, withImportedBusy, withImportedEvents } from '../imports/imported-slots.js';
import type { LeaveKind, Unplaced } from '../plan-types.js';
import { isProgramDay, isWithinProgram } from '../program-dates.js';
import { formatTime } from '../time-of-day.js';
import { weekdayOf } from '../week.js';
import { describeDay } from './describe.js';
import { type Interval, mergeIntervals, overlaps, subtractIntervals } from './interval.js';
import { commuteAround, type Slot } from './slot.js';
import { localRange, type WeekContext } from './week-context.js';

/** Scheduled work time given up, and why (DESIGN §4a): `treatment` is leave, `personal` is an event's. */
export interface Displaced extends Interval {
  kind: LeaveKind;
}

/** The fixed part of the week, placed by precedence before any choice is made (DESIGN §3, rules 2–5a). */
export interface Skeleton {
  slots: Slot[];
  unplaced: Unplaced[];
  /** Scheduled work time lost to IOP, its travel and transition, and events, within the week. */
  displaced: Displaced[];
}

/** Blocks that began the day before the week are kept whole when they reach into it (the budget counts only the part inside). */
const within = (ctx: WeekContext, s: Interval) => s.end > ctx.weekStart && s.start < ctx.weekEnd;

export function buildSkeleton(ctx: WeekContext): Skeleton {
  const sleep = sleepSlots(ctx);
  const sessions = sessionVisits(ctx);
  const busy = busySlots(ctx);
  // Events lose to a session with its home-based travel (precedence: session > event).
  const sessionBlocks = sessions.flatMap((v) => [...v.own, ...homeTravel(ctx, v)]);
  // A household member's own busy time comes before their events, as sessions do for `me`.
  const { events, conflicts } = eventSlots(ctx, [...sleep, ...sessionBlocks, ...busy]);
  const meEvents = events.filter((e) => e.owner === 'me');
  const work = workAndTravel(ctx, sleep, sessions, meEvents);
  const before = [...sleep, ...sessions.flatMap((v) => v.own), ...work.travel, ...events, ...work.slots, ...busy];
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

/** One IOP session on a program day: the session and, in person, its arrive-early block. */
interface SessionVisit {
  date: string;
  session: Slot;
  inPerson: boolean;
  /** The session with its arrive-early block (the part of the visit that never moves). */
  own: Slot[];
  /** Where the person is from the arrival (arrive-early start) to the session's end. */
  arrival: number;
}

function sessionVisits(ctx: WeekContext): SessionVisit[] {
  const iop = ctx.profile.iop;
  if (!iop) return [];
  const out: SessionVisit[] = [];
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
      const inPerson = s.mode === 'in-person';
      const early = inPerson ? iop.arriveEarlyMinutes : 0;
      const own: Slot[] = [session];
      if (early > 0)
        own.unshift({
          ...session,
          title: `Arrive early: ${s.title}`,
          start: r.start - early,
          end: r.start,
          role: 'arrive-early',
        });
      out.push({ date, session, inPerson, own, arrival: r.start - early });
    }
  }
  return out;
}

/** The home-based trips of an in-person session (rule 5). */
function homeTravel(ctx: WeekContext, v: SessionVisit): Slot[] {
  if (!v.inPerson) return [];
  const c = ctx.profile.iop?.commuteMinutes ?? 0;
  return commuteAround({ ...v.session, start: v.arrival }, c, c);
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

/** A scheduled shift on one date, as the profile gives it. */
interface Shift extends Interval {
  source: string;
  /** "Work", or an imported roster's label. */
  title: string;
  date: string;
  /** 0 on remote days: no travel. */
  commute: number;
  /** False on remote days, which never chain (rule 5a); a zero commute is still on-site work. */
  onSite: boolean;
}

/** How a session is reached on one side: from home (`chained` false) or directly from or to work. */
interface Trip {
  chained: boolean;
  minutes: number;
}

/**
 * Work shifts around the fixed week (DESIGN §3 rules 3, 5, 5a, r2). Each in-person session is
 * reached from home unless going home between it and the on-site work next to it would leave less
 * than `minHomeMinutes` there (computed from the shift as given): then one direct trip of
 * `fromWorkMinutes` lies next to the session and the work's own trip on that side is not made.
 * A shift gives way to each session's unit (arrive-early, session, travel) with
 * `transitionMinutes` on each side — plus the work's own commute where the trip is home-based — and
 * to events and sleep with the travel they need; a leftover piece under `minBlockMinutes` is
 * dropped. What a shift loses is `displaced`: `personal` next to an event, else `treatment`.
 */
function workAndTravel(ctx: WeekContext, sleep: Slot[], visits: SessionVisit[], events: Slot[]) {
  const work = rosterOnlyWork(ctx.profile);
  const iop = ctx.profile.iop;
  const slots: Slot[] = [];
  const travel: Slot[] = [];
  const displaced: Displaced[] = [];
  const T = ctx.profile.rules.transitionMinutes;
  const shifts = work ? scheduledShifts(ctx, sleep) : [];
  const sleepBetween = (a: number, b: number) => sleep.some((s) => s.start < b && a < s.end);
  const visitBetween = (a: number, b: number, self: SessionVisit) =>
    visits.some((v) => v !== self && v.arrival < b && a < v.session.end);
  // Rule 5a is decided on the shifts as given: cut only by what they cannot hold at all.
  const hard = mergeIntervals([...sleep, ...events, ...visits.flatMap((v) => v.own)]);
  const given = contiguousGroups(shifts.flatMap((sh) => subtractIntervals(sh, hard).map((p) => ({ ...sh, ...p }))));
  const ic = iop?.commuteMinutes ?? 0;
  const minHome = ctx.profile.rules.minHomeMinutes;
  const trips = visits.map((v) => {
    if (!v.inPerson) return { before: { chained: false, minutes: 0 }, after: { chained: false, minutes: 0 } };
    const prev = given
      .filter((g) => end(g) <= v.arrival && !sleepBetween(end(g), v.arrival) && !visitBetween(end(g), v.arrival, v))
      .at(-1);
    const next = given.find(
      (g) =>
        g[0]!.start >= v.session.end &&
        !sleepBetween(v.session.end, g[0]!.start) &&
        !visitBetween(v.session.end, g[0]!.start, v),
    );
    const homeBefore = prev?.[0]?.onSite ? v.arrival - ic - (end(prev) + prev[0]!.commute) : undefined;
    const homeAfter = next?.[0]?.onSite ? next[0]!.start - next[0]!.commute - (v.session.end + ic) : undefined;
    const side = (home: number | undefined): Trip =>
      home !== undefined && home < minHome
        ? { chained: true, minutes: iop!.fromWorkMinutes }
        : { chained: false, minutes: ic };
    return { before: side(homeBefore), after: side(homeAfter) };
  });
  // Rule 3 (r2): work keeps the transition from the session's unit, and its own trip home too.
  const units = visits.map((v, i) => {
    const t = trips[i]!;
    return { start: v.arrival - t.before.minutes, end: v.session.end + t.after.minutes, trip: t };
  });
  const minBlock = work?.flexible?.minBlockMinutes ?? 60;
  const kept: (Slot & { commute: number; onSite: boolean })[] = [];
  for (const sh of shifts) {
    const guards = units.map((u) => ({
      start: u.start - T - (u.trip.before.chained ? 0 : sh.commute),
      end: u.end + T + (u.trip.after.chained ? 0 : sh.commute),
    }));
    const others = mergeIntervals([...sleep, ...events]);
    const pieces = subtractIntervals(sh, guards)
      .flatMap((p) => subtractIntervals(p, others))
      .map((p) => shrinkForTravel(p, others, sh.commute))
      .filter((p) => p.end > p.start && p.end - p.start >= Math.min(minBlock, sh.end - sh.start));
    const whole = { source: sh.source, category: 'work' as const, title: sh.title, owner: 'me', fixed: true };
    for (const p of pieces) kept.push({ ...whole, ...p, commute: sh.commute, onSite: sh.onSite });
    for (const lost of subtractIntervals(sh, pieces)) {
      const inWeek = { start: Math.max(lost.start, ctx.weekStart), end: Math.min(lost.end, ctx.weekEnd) };
      if (inWeek.end > inWeek.start) displaced.push(...attribute(inWeek, guards, events, sh.commute));
    }
  }
  const runs = contiguousGroups(kept);
  const chainedEnds = new Set<number>();
  const chainedStarts = new Set<number>();
  visits.forEach((v, i) => {
    const u = units[i]!;
    if (!v.inPerson) return;
    let { before, after } = u.trip;
    // A direct trip needs the work next to it: when giving way removed that work, go from home.
    if (before.chained) {
      const prev = runs.filter((g) => end(g) <= u.start && !sleepBetween(end(g), u.start)).at(-1);
      if (prev?.[0]?.onSite) chainedEnds.add(end(prev));
      else before = { chained: false, minutes: ic };
    }
    if (after.chained) {
      const next = runs.find((g) => g[0]!.start >= u.end && !sleepBetween(u.end, g[0]!.start));
      if (next?.[0]?.onSite) chainedStarts.add(next[0]!.start);
      else after = { chained: false, minutes: ic };
    }
    const base = {
      source: v.session.source,
      category: 'commute' as const,
      owner: 'me',
      fixed: true,
      role: 'travel' as const,
    };
    if (before.minutes > 0)
      travel.push({
        ...base,
        title: before.chained ? 'Travel from work' : 'Travel',
        start: v.arrival - before.minutes,
        end: v.arrival,
      });
    if (after.minutes > 0)
      travel.push({
        ...base,
        title: after.chained ? 'Travel to work' : 'Travel',
        start: v.session.end,
        end: v.session.end + after.minutes,
      });
  });
  for (const g of runs) {
    const first = g[0]!;
    const last = g[g.length - 1]!;
    slots.push(...g.map(({ commute: _, onSite: __, ...s }) => s));
    if (!chainedStarts.has(first.start)) slots.push(...commuteAround({ ...first, end: last.end }, first.commute, 0));
    if (!chainedEnds.has(last.end)) slots.push(...commuteAround({ ...last, start: first.start }, 0, last.commute));
  }
  return { slots, travel, displaced };
}

const end = (g: Interval[]) => g[g.length - 1]!.end;

function scheduledShifts(ctx: WeekContext, sleep: Slot[]): Shift[] {
  const work = rosterOnlyWork(ctx.profile)!;
  const out: Shift[] = [];
  for (const date of ctx.dates) {
    if (work.daysOff.includes(date)) continue;
    const wd = weekdayOf(date);
    const onSite = !work.remoteDays.includes(wd);
    const commute = onSite ? work.commuteMinutes : 0;
    for (const shift of shiftsOn(ctx, date, wd, sleep)) {
      if (ctx.skips.has(`${shift.source}@${date}`)) continue;
      out.push({ start: shift.start, end: shift.end, source: shift.source, title: shift.title, date, commute, onSite });
    }
  }
  return out;
}

/**
 * Splits lost work time by cause (DESIGN §4a): minutes a session's unit with its transition and
 * travel takes are `treatment`; minutes an event and its travel take are `personal`; the rest
 * (a leftover piece too short to keep) goes with treatment when the loss touches a session.
 */
function attribute(lost: Interval, treatment: Interval[], events: Slot[], commute: number): Displaced[] {
  const clip = (list: Interval[]) =>
    mergeIntervals(list)
      .map((e) => ({ start: Math.max(e.start, lost.start), end: Math.min(e.end, lost.end) }))
      .filter((e) => e.end > e.start);
  const forTreatment = clip(treatment);
  const forEvents = clip(events.map((e) => ({ start: e.start - commute, end: e.end + commute })));
  const rest = forTreatment.length ? 'treatment' : 'personal';
  const out: Displaced[] = [];
  for (const p of subtractIntervals(lost, [...forTreatment, ...forEvents])) out.push({ ...p, kind: rest });
  for (const p of forTreatment) out.push({ ...p, kind: 'treatment' });
  for (const e of forEvents) for (const p of subtractIntervals(e, forTreatment)) out.push({ ...p, kind: 'personal' });
  return mergeKinds(out);
}

/** Sorts and joins touching pieces of the same kind. */
function mergeKinds(list: Displaced[]): Displaced[] {
  const out: Displaced[] = [];
  for (const d of [...list].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && last.end === d.start && last.kind === d.kind) last.end = d.end;
    else out.push({ ...d });
  }
  return out;
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

function contiguousGroups<S extends Interval>(slots: S[]): S[][] {
  const sorted = [...slots].sort((a, b) => a.start - b.start);
  const groups: S[][] = [];
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
