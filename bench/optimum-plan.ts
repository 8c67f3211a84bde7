import type { Profile } from '../src/domain/profile.js';
import { flexibleItemsOf } from '../src/domain/profile.js';
import { isProgramDay } from '../src/domain/program-dates.js';
import { formatInstant, localInstant, type Week } from '../src/domain/week.js';
import type { Obstacle } from './flex-problem.js';
import type { Optimum } from './solve-optimum.js';

const CATEGORY = { iop: 'iop', duty: 'duty', habit: 'habit' } as const;

/**
 * The exact model's own schedule written as a plan JSON (blocks, unplaced, score), so that the
 * optional external checker (`--checker FILE`) can judge the model's reading of the rules too.
 */
export function optimumAsPlan(profile: Profile, week: Week, skeleton: Obstacle[], optimum: Optimum): object {
  const zone = profile.timezone;
  const base = week.days[0]!.startMs;
  const iso = (m: number) => formatInstant(base + m * 60_000, zone);
  // Joined moved work takes the run's travel on its side along with it.
  const moves = optimum.moved.filter((m) => m.kind !== 'standalone');
  const movedAway = (o: Obstacle) =>
    o.owner === 'me' &&
    o.category === 'commute' &&
    o.source.startsWith('work.') &&
    moves.some((m) => (m.kind === 'after' ? o.start === m.start : o.end === m.start + m.minutes));
  const blocks: object[] = skeleton
    .filter((o) => !movedAway(o))
    .map((o) => ({
      source: o.source,
      category: o.category,
      title: o.source,
      owner: o.owner,
      start: iso(o.start),
      end: iso(o.end),
      fixed: true,
    }));
  const items = flexibleItemsOf(profile);
  for (const { option, start } of optimum.placed) {
    const item = items.find((i) => i.source === option.item)!;
    const block = (category: string, s: number, e: number) => ({
      source: item.source,
      category,
      title: item.title,
      owner: option.owner,
      start: iso(s),
      end: iso(e),
      fixed: false,
    });
    blocks.push(block(CATEGORY[item.kind], start, start + option.minutes));
    if (option.commute > 0) {
      blocks.push(block('commute', start - option.commute, start));
      blocks.push(block('commute', start + option.minutes, start + option.minutes + option.commute));
    }
  }
  for (const m of optimum.moved) {
    const block = (category: string, s: number, e: number) => ({
      source: 'work.flexible',
      category,
      title: 'Work (moved)',
      owner: 'me',
      start: iso(s),
      end: iso(e),
      fixed: false,
    });
    blocks.push(block('work', m.start, m.start + m.minutes));
    if (m.commute > 0 && m.kind !== 'after') blocks.push(block('commute', m.start - m.commute, m.start));
    if (m.commute > 0 && m.kind !== 'before')
      blocks.push(block('commute', m.start + m.minutes, m.start + m.minutes + m.commute));
  }
  type Row = { start: string; owner: string };
  blocks.sort((a, b) => {
    const [x, y] = [a as Row, b as Row];
    return Date.parse(x.start) - Date.parse(y.start) || (x.owner < y.owner ? -1 : x.owner > y.owner ? 1 : 0);
  });
  const unplaced: object[] = [];
  // Fixed duties nobody was free for (rule 4): reported as no-cover.
  for (const d of profile.duties) {
    if (!d.fixed) continue;
    for (const day of week.days) {
      if (!d.days.includes(day.weekday)) continue;
      const start = iso((localInstant(zone, day.date, d.startMinute) - base) / 60_000);
      const covered = skeleton.some((o) => o.source === d.source && o.category === 'duty' && iso(o.start) === start);
      if (!covered)
        unplaced.push({
          source: d.source,
          title: d.title,
          owner: null,
          date: day.date,
          minutes: d.endMinute - d.startMinute,
          code: 'no-cover',
          reason: 'nobody free',
        });
    }
  }
  for (const item of items) {
    const placed = optimum.placed.filter((p) => p.option.item === item.source);
    const allowed = week.days.filter(
      (d) => item.days.includes(d.weekday) && (item.kind !== 'iop' || isProgramDay(profile.iop, d.date)),
    );
    const miss = (date: string | null) =>
      unplaced.push({
        source: item.source,
        title: item.title,
        owner: null,
        date,
        minutes: item.minutes,
        code: 'no-room',
        reason: 'no room',
      });
    if (item.perWeek !== undefined) for (let n = placed.length; n < item.perWeek; n++) miss(null);
    else for (const d of allowed) if (!placed.some((p) => p.option.day === week.days.indexOf(d))) miss(d.date);
  }
  return {
    version: 1,
    timezone: zone,
    week: { start: week.start, end: week.end, isoWeek: week.isoWeek },
    blocks,
    unplaced,
    leave: [],
    budget: {},
    score: { tiers: optimum.tiers, balance: Math.round(optimum.balance * 100) / 100 },
    warnings: [],
  };
}
