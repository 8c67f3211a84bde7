import type { Plan } from '../src/domain/plan-types.js';
import { flexibleItemsOf, type Profile } from '../src/domain/profile.js';
import { isProgramDay } from '../src/domain/program-dates.js';
import { localInstant, type Week } from '../src/domain/week.js';
import type { FlexOption, FlexProblem, Obstacle } from './flex-problem.js';

/**
 * The flexible decisions of a profile's week: one option per (item, allowed day, owner), with
 * the window turned into a range of start minutes. Flexible IOP items are only asked for on days
 * the program meets. `work.flexible` (tier 2) is not modelled: the benchmark leaves it out.
 */
export function flexProblemOf(profile: Profile, week: Week, obstacles: Obstacle[]): FlexProblem {
  if (profile.work?.flexible) throw new Error('work.flexible is outside the exact model');
  const base = week.days[0]!.startMs;
  const at = (date: string, minute: number) => (localInstant(profile.timezone, date, minute) - base) / 60_000;
  const options: FlexOption[] = [];
  const items = flexibleItemsOf(profile);
  for (const item of items)
    week.days.forEach((day, index) => {
      if (!item.days.includes(day.weekday)) return;
      if (item.kind === 'iop' && !isProgramDay(profile.iop, day.date)) return;
      for (const owner of item.owners)
        options.push({
          item: item.source,
          tier: item.tier,
          owner,
          day: index,
          earliest: at(day.date, item.windowStartMinute),
          latest: at(day.date, item.windowEndMinute) - item.minutes,
          minutes: item.minutes,
          commute: item.commuteMinutes,
        });
    });
  return {
    options,
    obstacles,
    limits: items.map((i) => ({ item: i.source, perWeek: i.perWeek ?? Number.POSITIVE_INFINITY })),
    transitionMinutes: profile.rules.transitionMinutes,
    capMinutes: profile.rules.maxCommittedMinutesPerDay,
    days: week.days.map((d) => ({ start: (d.startMs - base) / 60_000, end: (d.endMs - base) / 60_000 })),
  };
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
