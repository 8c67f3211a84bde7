import { DateTime } from 'luxon';
import type { Plan } from '../../src/domain/plan-types.js';
import { flexibleItemsOf, type Profile } from '../../src/domain/profile.js';
import { isProgramDay, isWithinProgram } from '../../src/domain/program-dates.js';
import { addDays, localInstant } from '../../src/domain/week.js';

/**
 * Checks a plan against DESIGN §3's hard rules and §4's accounting, written from the contract
 * rather than from the allocator's code. Returns the violations found (empty when valid).
 */
export function verifyPlan(profile: Profile, plan: Plan): string[] {
  const bad: string[] = [];
  const zone = profile.timezone;
  const M = 60_000;
  const blocks = plan.blocks.map((b) => {
    const s = DateTime.fromISO(b.start, { setZone: true });
    const e = DateTime.fromISO(b.end, { setZone: true });
    for (const dt of [s, e]) {
      const want = DateTime.fromMillis(dt.toMillis(), { zone }).offset;
      if (dt.offset !== want) bad.push(`${b.source}: offset ${dt.offset} at ${dt.toISO()}, zone has ${want}`);
    }
    if (/\.\d{3}/.test(b.start)) bad.push(`${b.source}: milliseconds in ${b.start}`);
    if (e <= s) bad.push(`${b.source}: empty block`);
    const date = DateTime.fromMillis(s.toMillis(), { zone }).toISODate() ?? '';
    return { ...b, s: s.toMillis(), e: e.toMillis(), date };
  });

  // Rule 1: no overlap per owner.
  const owners = new Set(blocks.map((b) => b.owner));
  for (const owner of owners) {
    const list = blocks.filter((b) => b.owner === owner).sort((a, b) => a.s - b.s);
    for (let i = 1; i < list.length; i++) {
      for (let j = 0; j < i; j++) {
        if (list[j]!.e > list[i]!.s)
          bad.push(`overlap for ${owner}: ${list[j]!.source} and ${list[i]!.source} at ${list[i]!.start}`);
      }
    }
  }

  // Rule 2: every sleep interval present and untouched.
  const dates = Array.from({ length: 7 }, (_, i) => addDays(plan.week.start, i));
  const mine = blocks.filter((b) => b.owner === 'me');
  for (const date of [addDays(plan.week.start, -1), ...dates]) {
    const wd = DateTime.fromISO(date).weekday;
    for (const rule of profile.sleep) {
      if (!rule.days.includes(wd)) continue;
      const s = localInstant(zone, date, rule.bedtimeMinute);
      const e = localInstant(
        zone,
        date,
        rule.wakeMinute > rule.bedtimeMinute ? rule.wakeMinute : rule.wakeMinute + 1440,
      );
      for (const b of mine) {
        if (b.category !== 'sleep' && b.s < e && s < b.e) bad.push(`sleep touched by ${b.source} at ${b.start}`);
      }
      if (
        date !== addDays(plan.week.start, -1) &&
        !mine.some((b) => b.category === 'sleep' && b.s === s && b.e === e)
      ) {
        bad.push(`sleep missing on ${date}`);
      }
    }
  }

  // Fixed sessions at their wall-clock times on program days only.
  profile.iop?.sessions.forEach((session) => {
    for (const date of dates) {
      const wd = DateTime.fromISO(date).weekday;
      const on = session.days.includes(wd) && isProgramDay(profile.iop, date);
      const s = localInstant(zone, date, session.startMinute);
      const found = blocks.some((b) => b.source === session.source && b.category === 'iop' && b.s === s);
      if (on && !found) bad.push(`session ${session.source} missing on ${date}`);
      if (!on && blocks.some((b) => b.source === session.source && b.date === date && b.category === 'iop')) {
        bad.push(`session ${session.source} on ${date}, outside the program`);
      }
    }
  });

  // Rule 5 and accounting: flexible items in windows, exact minutes, every occurrence placed or reported.
  const tiers = [0, 0, 0, 0, 0, 0];
  for (const item of flexibleItemsOf(profile)) {
    const placed = blocks.filter((b) => b.source === item.source && b.category !== 'commute');
    const listed = dates.filter((d) => item.days.includes(DateTime.fromISO(d).weekday));
    const requested = item.kind === 'iop' ? listed.filter((d) => isWithinProgram(profile.iop, d)) : listed;
    for (const b of placed) {
      if (b.fixed) bad.push(`${item.source} flexible but fixed`);
      if (!requested.includes(b.date)) bad.push(`${item.source} on ${b.date}, not an allowed day`);
      const ws = localInstant(zone, b.date, item.windowStartMinute);
      const we = localInstant(zone, b.date, item.windowEndMinute);
      if (b.s < ws || b.e > we) bad.push(`${item.source} at ${b.start} outside its window`);
      if ((b.e - b.s) / M !== item.minutes)
        bad.push(`${item.source} lasts ${(b.e - b.s) / M} min, not ${item.minutes}`);
      if (!item.owners.includes(b.owner)) bad.push(`${item.source} given to ${b.owner}`);
      tiers[item.tier]! += item.minutes;
    }
    const reported = plan.unplaced.filter((u) => u.source === item.source);
    if (item.perWeek !== undefined) {
      const want = Math.min(item.perWeek, requested.length);
      if (new Set(placed.map((b) => b.date)).size !== placed.length) bad.push(`${item.source}: two on one day`);
      if (placed.length + reported.length !== want) {
        bad.push(`${item.source}: ${placed.length} placed + ${reported.length} reported, want ${want}`);
      }
    } else {
      for (const d of requested) {
        const n = placed.filter((b) => b.date === d).length + reported.filter((u) => u.date === d).length;
        if (n !== 1) bad.push(`${item.source} on ${d}: ${n} placed or reported, want 1`);
      }
    }
  }
  for (const t of [0, 2, 3, 4, 5])
    if (plan.score.tiers[t] !== tiers[t]) bad.push(`score.tiers[${t}] ${plan.score.tiers[t]} != ${tiers[t]}`);

  // Rule 6: a flexible block of me with its own travel keeps the transition from every other block but sleep.
  const T = profile.rules.transitionMinutes * M;
  for (const b of mine.filter((x) => !x.fixed && x.category !== 'commute')) {
    const own = mine.filter((x) => x.category === 'commute' && x.source === b.source && (x.e === b.s || x.s === b.e));
    const s = Math.min(b.s, ...own.map((x) => x.s));
    const e = Math.max(b.e, ...own.map((x) => x.e));
    for (const o of mine) {
      if (o === b || own.includes(o) || o.category === 'sleep') continue;
      // Moved work may join the day's shift directly (DESIGN §3, rule 6).
      if (b.category === 'work' && o.category === 'work' && (o.e === b.s || o.s === b.e)) continue;
      if (o.e <= s && s - o.e < T) bad.push(`transition: ${b.source} at ${b.start} too close after ${o.source}`);
      if (o.s >= e && o.s - e < T) bad.push(`transition: ${b.source} at ${b.start} too close before ${o.source}`);
    }
  }

  // Rule 7: the daily cap on days with a flexible block of me.
  for (const date of dates) {
    const d0 = localInstant(zone, date, 0);
    const d1 = localInstant(zone, addDays(date, 1), 0);
    const committed = mine
      .filter((b) => b.category !== 'sleep')
      .reduce((sum, b) => sum + Math.max(0, Math.min(b.e, d1) - Math.max(b.s, d0)) / M, 0);
    if (mine.some((b) => !b.fixed && b.date === date) && committed > profile.rules.maxCommittedMinutesPerDay) {
      bad.push(`cap: ${date} commits ${committed} min`);
    }
  }

  // Order: by start, then owner, then source.
  for (let i = 1; i < blocks.length; i++) {
    const a = blocks[i - 1]!;
    const b = blocks[i]!;
    if (a.s > b.s || (a.s === b.s && a.owner > b.owner)) bad.push(`blocks out of order at ${b.start}`);
  }
  return bad;
}
