import type { Plan } from '../src/domain/plan-types.js';
import { flexibleItemsOf, type Profile } from '../src/domain/profile.js';
import { isProgramDay } from '../src/domain/program-dates.js';
import { localInstant, type Week } from '../src/domain/week.js';
import { type FixedSkeleton, readFixedSkeleton } from './fixed-skeleton.js';
import {
  type FlexOption,
  type FlexProblem,
  type MovedWork,
  NO_GAP,
  type Obstacle,
  wakingDaysOf,
} from './flex-problem.js';
import { freeStretches } from './start-segments.js';

/**
 * The flexible decisions of a profile's week: one option per (item, allowed day, owner, waking
 * day of `me`, slot), with the window turned into a range of start minutes; flexible IOP items
 * only on days the program meets; moved work (`work.flexible`, tier 2) where the displaced shift
 * time may go. Leave (displaced shift time) is an obstacle of `me` without a transition gap.
 */
export function flexProblemOf(profile: Profile, week: Week, skeleton?: Obstacle[] | FixedSkeleton): FlexProblem {
  const fixed: FixedSkeleton =
    skeleton === undefined
      ? readFixedSkeleton(profile, week)
      : Array.isArray(skeleton)
        ? { obstacles: skeleton, displaced: [], runs: [] }
        : skeleton;
  const base = week.days[0]!.startMs;
  const weekEnd = (week.days[6]!.endMs - base) / 60_000;
  const at = (date: string, minute: number) => (localInstant(profile.timezone, date, minute) - base) / 60_000;
  const obstacles: Obstacle[] = [
    ...fixed.obstacles,
    ...fixed.displaced.map((d) => ({ owner: 'me', category: 'leave', source: 'leave', ...d })),
  ];
  const wakingDays = wakingDaysOf(obstacles, weekEnd);
  const wakingDayOf = (minute: number) => wakingDays.findIndex((w) => w.start <= minute && minute < w.end);
  const options: FlexOption[] = [];
  const items = flexibleItemsOf(profile);
  for (const item of items)
    week.days.forEach((day, index) => {
      if (!item.days.includes(day.weekday)) return;
      if (item.kind === 'iop' && !isProgramDay(profile.iop, day.date)) return;
      const ranges = item.slots
        ? item.slots.filter((s) => s.days.includes(day.weekday)).map((s) => [s.startMinute, s.startMinute] as const)
        : [[item.windowStartMinute, item.windowEndMinute - item.minutes] as const];
      const starts = [...new Map(ranges.map(([a, b]) => [`${a}-${b}`, [at(day.date, a), at(day.date, b)]])).values()];
      for (const owner of item.owners)
        for (const [earliest, latest] of starts) {
          const option = {
            item: item.source,
            tier: item.tier,
            owner,
            day: index,
            earliest: earliest!,
            latest: latest!,
            minutes: item.minutes,
            commute: item.commuteMinutes,
            wakingDay: -1,
            capExempt: item.kind === 'habit' && item.priority === 'high',
          };
          if (owner !== 'me') {
            options.push(option);
            continue;
          }
          // A block never crosses sleep, so each waking day gets its own share of the start range.
          wakingDays.forEach((w, k) => {
            const lo = Math.max(option.earliest, w.start + option.commute);
            const hi = Math.min(option.latest, w.end - option.minutes - option.commute);
            if (lo <= hi) options.push({ ...option, earliest: lo, latest: hi, wakingDay: k });
          });
        }
    });
  return {
    options,
    obstacles,
    limits: items.map((i) => ({ item: i.source, perWeek: i.perWeek ?? Number.POSITIVE_INFINITY })),
    transitionMinutes: profile.rules.transitionMinutes,
    capMinutes: profile.rules.maxCommittedMinutesPerDay,
    wakingDays,
    moved: movedWorkOf(profile, week, fixed, obstacles, wakingDayOf),
  };
}

/**
 * Moved work (DESIGN §3 rule 3, tier 2): the displaced shift time, re-placed within
 * `work.flexible`'s days and hours — per day one block, either of its own (at least
 * `minBlockMinutes`, with its own travel on on-site days) or joined directly to a run of shift
 * work on a side where the trip is not chained (the run's travel then moves out past it).
 */
function movedWorkOf(
  profile: Profile,
  week: Week,
  fixed: FixedSkeleton,
  obstacles: Obstacle[],
  wakingDayOf: (minute: number) => number,
): MovedWork | undefined {
  const work = profile.work;
  const flex = work?.flexible;
  if (!work || !flex || work.shifts.length === 0) return undefined;
  const demand = fixed.displaced.reduce((sum, d) => sum + d.end - d.start, 0);
  if (demand === 0) return undefined;
  const base = week.days[0]!.startMs;
  const at = (date: string, minute: number) => (localInstant(profile.timezone, date, minute) - base) / 60_000;
  const T = profile.rules.transitionMinutes;
  const mine = obstacles.filter((o) => o.owner === 'me');
  const days = week.days.flatMap((day, index) => {
    if (!flex.days.includes(day.weekday)) return [];
    const earliest = at(day.date, flex.earliestMinute);
    const latest = at(day.date, flex.latestMinute);
    const commute = work.remoteDays.includes(day.weekday) ? 0 : work.commuteMinutes;
    const standalone = freeStretches('me', mine, T, { lo: earliest - commute, hi: latest + commute })
      .filter((f) => Math.min(f.end - commute, latest) - Math.max(f.start + commute, earliest) >= flex.minBlockMinutes)
      .map((f) => ({ ...f, wakingDay: wakingDayOf(f.start) }));
    const joins = fixed.runs
      .filter((r) => r.day === index)
      .flatMap((r) => {
        const own = (o: Obstacle) =>
          (o.category === 'work' && o.start >= r.start && o.end <= r.end) ||
          (o.category === 'commute' && o.source.startsWith('work.') && (o.end === r.start || o.start === r.end));
        const others = mine.filter((o) => !own(o));
        const gap = (o: Obstacle) => (NO_GAP.has(o.category) ? 0 : T);
        const out = [];
        if (!r.chainedEnd && r.end >= earliest && r.end < latest) {
          const next = Math.min(...others.filter((o) => o.end > r.end).map((o) => o.start - gap(o)));
          const max = Math.min(latest - r.end, next - r.commuteAfter - r.end, demand);
          if (max >= 1)
            out.push({
              side: 'after' as const,
              at: r.end,
              commute: r.commuteAfter,
              maxMinutes: max,
              wakingDay: wakingDayOf(r.end - 1),
            });
        }
        if (!r.chainedStart && r.start <= latest && r.start > earliest) {
          const prev = Math.max(...others.filter((o) => o.start < r.start).map((o) => o.end + gap(o)));
          const max = Math.min(r.start - earliest, r.start - r.commuteBefore - prev, demand);
          if (max >= 1)
            out.push({
              side: 'before' as const,
              at: r.start,
              commute: r.commuteBefore,
              maxMinutes: max,
              wakingDay: wakingDayOf(r.start),
            });
        }
        return out;
      });
    if (standalone.length === 0 && joins.length === 0) return [];
    return [{ day: index, standalone, earliest, latest, minBlock: flex.minBlockMinutes, commute, joins }];
  });
  return { demand, days };
}

/** The plan's own fixed blocks as obstacles (to tell a skeleton disagreement from a placement one). */
export function obstaclesOfPlan(plan: Plan, week: Week): Obstacle[] {
  const base = week.days[0]!.startMs;
  return plan.blocks
    .filter((b) => b.fixed)
    .map((b) => ({
      owner: b.owner,
      category: b.category,
      source: b.source,
      start: (Date.parse(b.start) - base) / 60_000,
      end: (Date.parse(b.end) - base) / 60_000,
    }));
}

/** Minutes requested per tier: every occurrence the week asks for (IOP items only on program days). */
export function requestedTiers(profile: Profile, week: Week): number[] {
  const asked = [0, 0, 0, 0, 0, 0];
  for (const item of flexibleItemsOf(profile)) {
    const days = week.days.filter(
      (d) => item.days.includes(d.weekday) && (item.kind !== 'iop' || isProgramDay(profile.iop, d.date)),
    ).length;
    asked[item.tier]! += item.minutes * Math.min(item.perWeek ?? days, days);
  }
  return asked;
}
