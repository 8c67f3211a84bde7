import { DateTime } from 'luxon';
import type { Plan } from '../../src/domain/plan-types.js';
import { flexibleItemsOf, type Profile } from '../../src/domain/profile.js';
import { isWithinProgram } from '../../src/domain/program-dates.js';
import { localInstant, weekdayOf } from '../../src/domain/week.js';
import { M, type PlanWeek, readPlanWeek, runsOf, showInstant } from './plan-week.js';
import { verifyRevision2 } from './verify-plan-r2.js';

/**
 * Checks a plan against DESIGN §3's hard rules (revision 2) and §4's accounting, written from the
 * contract rather than from the allocator's code. Returns the violations found (empty when valid).
 */
export function verifyPlan(profile: Profile, plan: Plan): string[] {
  const week = readPlanWeek(profile, plan);
  return [
    ...verifyInstants(profile, plan),
    ...verifyNoOverlap(week),
    ...verifySleep(week),
    ...verifySessions(week),
    ...verifyShiftPieces(profile, week),
    ...verifyFlexibleItems(profile, plan, week),
    ...verifyTransitions(profile, week),
    ...verifyRevision2(profile, plan, week),
    ...verifyOrder(week),
  ];
}

/**
 * §4: each instant's offset is the zone's at that instant, no milliseconds, no empty blocks. The
 * wall-clock part read back in the zone must give the same instant (cheap, memoized); only when
 * it does not (the second pass of a repeated hour) is the offset asked of luxon.
 */
function verifyInstants(profile: Profile, plan: Plan): string[] {
  const bad: string[] = [];
  const zone = profile.timezone;
  for (const b of plan.blocks) {
    for (const text of [b.start, b.end]) {
      const ms = Date.parse(text);
      const wall = Number(text.slice(11, 13)) * 60 + Number(text.slice(14, 16));
      if (Number.isNaN(ms) || /\.\d{3}/.test(text)) bad.push(`${b.source}: malformed instant ${text}`);
      else if (localInstant(zone, text.slice(0, 10), wall) !== ms) {
        const written = DateTime.fromISO(text, { setZone: true }).offset;
        const want = DateTime.fromMillis(ms, { zone }).offset;
        if (written !== want) bad.push(`${b.source}: offset ${written} at ${text}, zone has ${want}`);
      }
    }
    if (Date.parse(b.end) <= Date.parse(b.start)) bad.push(`${b.source}: empty block`);
  }
  return bad;
}

/** Rule 1: no two blocks of one owner overlap. */
function verifyNoOverlap(week: PlanWeek): string[] {
  const bad: string[] = [];
  for (const owner of new Set(week.blocks.map((b) => b.owner))) {
    const list = week.blocks.filter((b) => b.owner === owner).sort((a, b) => a.s - b.s);
    let reach = list[0];
    for (let i = 1; i < list.length; i++) {
      const b = list[i]!;
      if (reach && reach.e > b.s) bad.push(`overlap for ${owner}: ${reach.source} and ${b.source} at ${b.start}`);
      if (!reach || b.e > reach.e) reach = b;
    }
  }
  return bad;
}

/** Rule 2: every sleep interval of the week is a block of its own, and nothing else touches sleep. */
function verifySleep(week: PlanWeek): string[] {
  const bad: string[] = [];
  for (const z of week.sleep) {
    for (const b of week.mine)
      if (b.category !== 'sleep' && b.s < z.e && z.s < b.e) bad.push(`sleep touched by ${b.source} at ${b.start}`);
    if (
      z.s >= week.weekStart &&
      z.s < week.weekEnd &&
      !week.mine.some((b) => b.category === 'sleep' && b.s === z.s && b.e === z.e)
    )
      bad.push(`sleep missing at ${showInstant(z.s, week.zone)}`);
  }
  return bad;
}

/** Rule 3: sessions at their wall-clock times, on program days only. */
function verifySessions(week: PlanWeek): string[] {
  const bad: string[] = [];
  for (const o of week.sessions)
    if (!week.blocks.some((b) => b.source === o.source && b.category === 'iop' && b.s === o.s && b.e === o.e))
      bad.push(`session ${o.source} missing on ${o.date}`);
  for (const b of week.blocks) {
    if (!b.source.startsWith('iop.sessions.') || b.category !== 'iop') continue;
    const near = week.sessions.some(
      (o) => o.source === b.source && b.s <= o.s && o.s - b.s <= 24 * 60 * M && b.e <= o.e,
    );
    if (!near) bad.push(`session ${b.source} on ${b.date}, outside the program or off its time`);
  }
  return bad;
}

/**
 * Rule 3: work from a shift lies inside the shift as given; a piece cut from it is at least
 * `minBlockMinutes` long (or the whole shift, when that is shorter).
 */
function verifyShiftPieces(profile: Profile, week: PlanWeek): string[] {
  const bad: string[] = [];
  const minBlock = (profile.work?.flexible?.minBlockMinutes ?? 60) * M;
  const pieces = week.mine.filter((b) => b.category === 'work' && b.source.startsWith('work.shifts.'));
  for (const b of pieces)
    if (!week.shifts.some((o) => o.source === b.source && o.s <= b.s && b.e <= o.e))
      bad.push(`${b.source} at ${b.start} lies outside its shift`);
  for (const o of week.shifts) {
    const mine = pieces.filter((b) => b.source === o.source && o.s <= b.s && b.e <= o.e);
    for (const r of runsOf(mine))
      if (r.e - r.s < Math.min(minBlock, o.e - o.s) && (r.s !== o.s || r.e !== o.e))
        bad.push(`${o.source} on ${o.date}: a ${(r.e - r.s) / M}-min piece is kept (under minBlockMinutes)`);
  }
  return bad;
}

/**
 * Rule 5 and the accounting: flexible items inside their window (or exactly at a slot's start,
 * r2) on an allowed day, with exactly their minutes and their own travel; every requested
 * occurrence placed or reported; `score.tiers` equal to the placed minutes.
 */
function verifyFlexibleItems(profile: Profile, plan: Plan, week: PlanWeek): string[] {
  const bad: string[] = [];
  const zone = profile.timezone;
  const tiers = [0, 0, 0, 0, 0, 0];
  for (const item of flexibleItemsOf(profile)) {
    const placed = week.blocks.filter((b) => b.source === item.source && b.category !== 'commute');
    const listed = week.dates.filter((d) => item.days.includes(weekdayOf(d)));
    const requested = item.kind === 'iop' ? listed.filter((d) => isWithinProgram(profile.iop, d)) : listed;
    for (const b of placed) {
      if (b.fixed) bad.push(`${item.source} flexible but fixed`);
      if (!requested.includes(b.date)) bad.push(`${item.source} on ${b.date}, not an allowed day`);
      if (item.slots) {
        const wd = weekdayOf(b.date);
        const starts = item.slots
          .filter((s) => s.days.includes(wd))
          .map((s) => localInstant(zone, b.date, s.startMinute));
        if (!starts.includes(b.s))
          bad.push(`slots: ${item.source} starts ${showInstant(b.s, zone)}, not at a slot start`);
      } else {
        const ws = localInstant(zone, b.date, item.windowStartMinute);
        const we = localInstant(zone, b.date, item.windowEndMinute);
        if (b.s < ws || b.e > we) bad.push(`${item.source} at ${b.start} outside its window`);
      }
      if ((b.e - b.s) / M !== item.minutes)
        bad.push(`${item.source} lasts ${(b.e - b.s) / M} min, not ${item.minutes}`);
      if (!item.owners.includes(b.owner)) bad.push(`${item.source} given to ${b.owner}`);
      const c = item.commuteMinutes * M;
      if (c > 0) {
        const travel = week.blocks.filter(
          (x) => x.source === item.source && x.category === 'commute' && x.owner === b.owner,
        );
        if (!travel.some((x) => x.s === b.s - c && x.e === b.s) || !travel.some((x) => x.s === b.e && x.e === b.e + c))
          bad.push(`${item.source} at ${b.start} lacks its ${item.commuteMinutes}-min travel`);
      }
      tiers[item.tier]! += item.minutes;
    }
    const reported = plan.unplaced.filter((u) => u.source === item.source);
    if (item.perWeek !== undefined) {
      const want = Math.min(item.perWeek, requested.length);
      if (new Set(placed.map((b) => b.date)).size !== placed.length) bad.push(`${item.source}: two on one day`);
      if (placed.length + reported.length !== want)
        bad.push(`${item.source}: ${placed.length} placed + ${reported.length} reported, want ${want}`);
    } else {
      for (const d of requested) {
        const n = placed.filter((b) => b.date === d).length + reported.filter((u) => u.date === d).length;
        if (n !== 1) bad.push(`${item.source} on ${d}: ${n} placed or reported, want 1`);
      }
    }
  }
  for (const t of [0, 2, 3, 4, 5])
    if (plan.score.tiers[t] !== tiers[t]) bad.push(`score.tiers[${t}] ${plan.score.tiers[t]} != ${tiers[t]}`);
  return bad;
}

/**
 * Rule 6: a flexible block of `me` with its own travel keeps the transition from every other block
 * but sleep. Moved work may join the day's shift directly: work blocks touching it are exempt (the
 * shift pieces themselves are fixed and answer to rule 3, not to this rule).
 */
function verifyTransitions(profile: Profile, week: PlanWeek): string[] {
  const bad: string[] = [];
  const T = profile.rules.transitionMinutes * M;
  const { mine } = week;
  for (const b of mine.filter((x) => !x.fixed && x.category !== 'commute')) {
    const own = mine.filter((x) => x.category === 'commute' && x.source === b.source && (x.e === b.s || x.s === b.e));
    const s = Math.min(b.s, ...own.map((x) => x.s));
    const e = Math.max(b.e, ...own.map((x) => x.e));
    for (const o of mine) {
      if (o === b || own.includes(o) || o.category === 'sleep') continue;
      if (b.category === 'work' && o.category === 'work' && (o.e === b.s || o.s === b.e)) continue;
      if (o.e <= s && s - o.e < T) bad.push(`transition: ${b.source} at ${b.start} too close after ${o.source}`);
      if (o.s >= e && o.s - e < T) bad.push(`transition: ${b.source} at ${b.start} too close before ${o.source}`);
    }
  }
  return bad;
}

/** §4: blocks sorted by start, then owner. */
function verifyOrder(week: PlanWeek): string[] {
  const bad: string[] = [];
  for (let i = 1; i < week.blocks.length; i++) {
    const a = week.blocks[i - 1]!;
    const b = week.blocks[i]!;
    if (a.s > b.s || (a.s === b.s && a.owner > b.owner)) bad.push(`blocks out of order at ${b.start}`);
  }
  return bad;
}
