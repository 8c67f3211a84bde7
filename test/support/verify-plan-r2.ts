import type { Plan } from '../../src/domain/plan-types.js';
import { flexibleItemsOf, type Profile } from '../../src/domain/profile.js';
import { weekdayOf } from '../../src/domain/week.js';
import {
  M,
  minutesWithin,
  type PlanWeek,
  runsOf,
  type SessionOccurrence,
  type Span,
  showInstant,
  type TimedPlanBlock,
} from './plan-week.js';

/** Sources of work and its travel: `work.*`, and the shifts of an `as: work` calendar (§5a). */
const workSources = (profile: Profile) => {
  const roster = new Set((profile.calendars ?? []).filter((c) => c.as === 'work').map((c) => c.source));
  return (source: string) => source.startsWith('work.') || roster.has(source);
};

/**
 * The rules revision 2 of DESIGN §3 added or changed: the transition between work and an IOP
 * session (rule 3), trips chained between work and the program (5a) with the commute around
 * on-site work (5), the cap per waking day with `high` habits exempt (7), flexible items clear of
 * leave, `score.balance` and IOP hours without arrive-early minutes (§4).
 */
export function verifyRevision2(profile: Profile, plan: Plan, week: PlanWeek): string[] {
  return [
    ...verifyTravelAndTransition(profile, week),
    ...verifyWakingDayCap(profile, week),
    ...verifyBalance(plan, week),
    ...verifyLeave(plan, week),
    ...verifyIopHours(profile, plan, week),
  ];
}

interface WorkRun extends Span {
  blocks: TimedPlanBlock[];
  onSite: boolean;
}

/** Rules 3, 5 and 5a around sessions and on-site work. */
function verifyTravelAndTransition(profile: Profile, week: PlanWeek): string[] {
  const bad: string[] = [];
  const { mine, zone } = week;
  const at = (ms: number) => showInstant(ms, zone);
  const T = profile.rules.transitionMinutes * M;
  const iop = profile.iop;
  const work = profile.work;
  const wc = (work?.commuteMinutes ?? 0) * M;
  const isWork = workSources(profile);
  const shiftOf = (b: TimedPlanBlock) =>
    week.shifts.find((o) => o.source === b.source && o.s <= b.s && b.e <= o.e && b.e > b.s);
  const runs: WorkRun[] = runsOf(mine.filter((b) => b.category === 'work')).map((r) => {
    const shift = r.blocks.map(shiftOf).find((o) => o !== undefined);
    const onSite = shift ? shift.onSite : !(work?.remoteDays ?? []).includes(weekdayOf(r.blocks[0]!.date));
    return { ...r, onSite };
  });
  const held = week.sessions.filter((o) =>
    mine.some((b) => b.source === o.source && b.category === 'iop' && b.s === o.s && b.e === o.e),
  );
  const sleepBetween = (a: number, b: number) => week.sleep.some((z) => z.s < b && a < z.e);
  const sessionBetween = (a: number, b: number, self: SessionOccurrence) =>
    held.some((o) => o !== self && o.s < b && a < o.e);
  const commutes = mine.filter((b) => b.category === 'commute');
  const chainedEnds = new Set<number>();
  const chainedStarts = new Set<number>();

  for (const o of held) {
    // Rule 3 (r2): the session unit (session, arrive-early, its travel) keeps the transition from
    // the work unit (work blocks with their own commute).
    const unit = growUnit(o, mine, (b) => b.source === o.source && (b.category === 'iop' || b.category === 'commute'));
    for (const r of runs) {
      const w = growUnit(r, mine, (b) => b.category === 'commute' && isWork(b.source));
      if (w.e <= unit.s && unit.s - w.e < T)
        bad.push(`rule 3: work until ${at(w.e)} is ${(unit.s - w.e) / M} min before ${o.source} (from ${at(unit.s)})`);
      if (w.s >= unit.e && w.s - unit.e < T)
        bad.push(`rule 3: work from ${at(w.s)} is ${(w.s - unit.e) / M} min after ${o.source} (until ${at(unit.e)})`);
    }
    if (!o.inPerson || !iop) continue;

    // Rule 5a (r2): direct travel when going home would leave less than minHomeMinutes.
    const arrival = o.s - iop.arriveEarlyMinutes * M;
    const ic = iop.commuteMinutes * M;
    const fw = iop.fromWorkMinutes * M;
    const minHome = profile.rules.minHomeMinutes * M;
    const prev = runs
      .filter((r) => r.e <= arrival && !sleepBetween(r.e, arrival) && !sessionBetween(r.e, arrival, o))
      .at(-1);
    const next = runs.find((r) => r.s >= o.e && !sleepBetween(o.e, r.s) && !sessionBetween(o.e, r.s, o));
    // Home time comes from the shift as the profile gives it; a run that ends (starts) with moved
    // work has no such shift end (start), and the contract does not say: that side is not judged.
    const prevShift = prev?.onSite ? shiftOf(prev.blocks.at(-1)!) : undefined;
    const nextShift = next?.onSite ? shiftOf(next.blocks[0]!) : undefined;
    const sides = [
      {
        name: 'to',
        run: prev,
        judged: !prev?.onSite || prevShift !== undefined,
        chained: prevShift !== undefined && arrival - ic - (prevShift.e + wc) < minHome,
        want: (len: number): Span => ({ s: arrival - len, e: arrival }),
        own: commutes.filter((b) => b.source === o.source && b.e === arrival),
        homeTrip: () => commutes.filter((b) => isWork(b.source) && b.s === prev!.e),
      },
      {
        name: 'from',
        run: next,
        judged: !next?.onSite || nextShift !== undefined,
        chained: nextShift !== undefined && nextShift.s - wc - (o.e + ic) < minHome,
        want: (len: number): Span => ({ s: o.e, e: o.e + len }),
        own: commutes.filter((b) => b.source === o.source && b.s === o.e),
        homeTrip: () => commutes.filter((b) => isWork(b.source) && b.e === next!.s),
      },
    ];
    for (const side of sides) {
      if (!side.judged) continue;
      const len = side.chained ? fw : ic;
      const want = side.want(len);
      if (want.e <= week.weekStart || want.s >= week.weekEnd) continue;
      const ok =
        len === 0
          ? side.own.length === 0
          : side.own.length === 1 && side.own[0]!.s === want.s && side.own[0]!.e === want.e;
      const how = side.chained ? `directly ${side.name === 'to' ? 'from' : 'to'} work` : 'from home';
      if (!ok)
        bad.push(
          `rule 5a: travel ${side.name} ${o.source} on ${o.date} should be ${len / M} min ${how}, plan has ${side.own.map((b) => `${at(b.s)}–${at(b.e)}`).join(', ') || 'none'}`,
        );
      if (side.chained) {
        if (side.name === 'to') chainedEnds.add(side.run!.e);
        else chainedStarts.add(side.run!.s);
        if (side.homeTrip().length > 0) bad.push(`rule 5a: ${o.source} on ${o.date} is chained, yet work travels home`);
      }
    }
  }

  // Rule 5: on-site work (a contiguous run) is reached from home unless the trip is chained.
  for (const r of runs) {
    const before = commutes.filter((b) => isWork(b.source) && b.e === r.s);
    const after = commutes.filter((b) => isWork(b.source) && b.s === r.e);
    if (!r.onSite) {
      if (before.length + after.length > 0) bad.push(`rule 5: work travel on a remote day at ${at(r.s)}`);
      continue;
    }
    if (wc === 0) continue;
    if (!chainedStarts.has(r.s) && r.s - wc >= week.weekStart && !before.some((b) => b.s === r.s - wc))
      bad.push(`rule 5: no ${wc / M}-min commute before work at ${at(r.s)}`);
    if (!chainedEnds.has(r.e) && r.e < week.weekEnd && !after.some((b) => b.e === r.e + wc))
      bad.push(`rule 5: no ${wc / M}-min commute after work at ${at(r.e)}`);
  }
  return bad;
}

/** `span` grown by the blocks of `mine` that touch it and pass `joins`, repeatedly. */
function growUnit(span: Span, mine: TimedPlanBlock[], joins: (b: TimedPlanBlock) => boolean): Span {
  let { s, e } = span;
  for (let grew = true; grew; ) {
    grew = false;
    for (const b of mine) {
      if (!joins(b)) continue;
      if (b.e === s && b.s < s) {
        s = b.s;
        grew = true;
      }
      if (b.s === e && b.e > e) {
        e = b.e;
        grew = true;
      }
    }
  }
  return { s, e };
}

/** Rule 7 (r2): on a waking day holding a flexible block of `me`, at most the cap; `high` habits exempt. */
function verifyWakingDayCap(profile: Profile, week: PlanWeek): string[] {
  const high = new Set(
    flexibleItemsOf(profile)
      .filter((i) => i.kind === 'habit' && i.priority === 'high')
      .map((i) => i.source),
  );
  const counted = week.mine.filter((b) => b.category !== 'sleep' && !high.has(b.source));
  const cap = profile.rules.maxCommittedMinutesPerDay;
  const bad: string[] = [];
  for (const w of week.waking) {
    const flexible = counted.find((b) => !b.fixed && b.s < w.e && w.s < b.e);
    const minutes = minutesWithin(counted, w);
    if (flexible && minutes > cap)
      bad.push(
        `rule 7: waking day ${showInstant(w.s, week.zone)}–${showInstant(w.e, week.zone)} commits ${minutes} min > ${cap} with ${flexible.source}`,
      );
  }
  return bad;
}

/** §3 objective (r2): `score.balance` is Σ over waking days of (committed minutes)², in hours². */
export function balanceOf(week: PlanWeek): number {
  const committed = week.mine.filter((b) => b.category !== 'sleep');
  return week.waking.reduce((sum, w) => sum + minutesWithin(committed, w) ** 2, 0) / 3600;
}

function verifyBalance(plan: Plan, week: PlanWeek): string[] {
  const want = balanceOf(week);
  const got = plan.score.balance;
  return typeof got === 'number' && Math.abs(got - want) <= 0.01 + 1e-9
    ? []
    : [`score.balance ${got}, the waking days give ${want.toFixed(2)}`];
}

/** Rule 3 (r2): flexible blocks never overlap leave; nor does work (leave is work given up). */
function verifyLeave(plan: Plan, week: PlanWeek): string[] {
  const bad: string[] = [];
  for (const l of plan.leave) {
    const s = Date.parse(l.start);
    const e = Date.parse(l.end);
    for (const b of week.mine)
      if ((!b.fixed || b.category === 'work') && b.s < e && s < b.e)
        bad.push(`leave ${l.start}–${l.end} overlaps ${b.source} (${b.category}) at ${b.start}`);
  }
  return bad;
}

/** §4 (r2): IOP hours count sessions and flexible IOP items, not arrive-early minutes. */
function verifyIopHours(profile: Profile, plan: Plan, week: PlanWeek): string[] {
  const items = new Set((profile.iop?.flexible ?? []).map((i) => i.source));
  const sessions = week.sessions.filter((o) =>
    week.mine.some((b) => b.source === o.source && b.category === 'iop' && b.s === o.s && b.e === o.e),
  );
  const minutes =
    sessions.reduce((sum, o) => sum + (o.e - o.s) / M, 0) +
    week.mine.filter((b) => b.category === 'iop' && items.has(b.source)).reduce((sum, b) => sum + (b.e - b.s) / M, 0);
  return Math.abs(plan.budget.iopHours - minutes / 60) <= 0.01
    ? []
    : [`budget.iopHours ${plan.budget.iopHours}, sessions and flexible IOP items give ${(minutes / 60).toFixed(2)}`];
}
