import type { Profile } from '../src/domain/profile.js';
import { isProgramDay } from '../src/domain/program-dates.js';
import { addDays, isoWeekOf, localInstant, type Week, weekdayOf } from '../src/domain/week.js';
import type { Obstacle } from './flex-problem.js';

/**
 * An independent reading of DESIGN §3's fixed skeleton, in week minutes: sleep (the night before
 * included), IOP sessions with commute and arrive-early, events, work shifts with the commute around
 * the day's contiguous work, fixed duties to the first free owner, household busy times.
 * Scope: the benchmark's profiles never let fixed items of `me` collide (no shift is cut), so
 * precedence only has to drop events that meet sleep or a session's footprint.
 */
export function buildFixedSkeleton(profile: Profile, week: Week): Obstacle[] {
  const zone = profile.timezone;
  const base = week.days[0]!.startMs;
  const at = (date: string, minute: number) => (localInstant(zone, date, minute) - base) / 60_000;
  const dates = week.days.map((d) => d.date);
  const withEve = [addDays(week.start, -1), ...dates];
  const weekEnd = (week.days[6]!.endMs - base) / 60_000;
  const out: Obstacle[] = [];
  const add = (owner: string, category: string, source: string, start: number, end: number) => {
    if (end > start && end > 0 && start < weekEnd) out.push({ owner, category, source, start, end });
  };
  const overlapsMine = (start: number, end: number, categories?: string[]) =>
    out.some(
      (o) => o.owner === 'me' && o.start < end && start < o.end && (!categories || categories.includes(o.category)),
    );

  for (const date of withEve)
    for (const rule of profile.sleep) {
      if (!rule.days.includes(weekdayOf(date))) continue;
      const wake = rule.wakeMinute > rule.bedtimeMinute ? rule.wakeMinute : rule.wakeMinute + 1440;
      add('me', 'sleep', 'sleep', at(date, rule.bedtimeMinute), at(date, wake));
    }

  const iop = profile.iop;
  for (const date of dates)
    for (const s of iop?.sessions ?? []) {
      if (!s.days.includes(weekdayOf(date)) || !isProgramDay(iop, date)) continue;
      const start = at(date, s.startMinute);
      const end = at(date, s.endMinute);
      add('me', 'iop', s.source, start, end);
      if (s.mode !== 'in-person') continue;
      const early = iop!.arriveEarlyMinutes;
      add('me', 'iop', s.source, start - early, start);
      add('me', 'commute', s.source, start - early - iop!.commuteMinutes, start - early);
      add('me', 'commute', s.source, end, end + iop!.commuteMinutes);
    }

  for (const e of profile.events) {
    if (!dates.includes(e.date)) continue;
    const start = at(e.date, e.startMinute);
    const end = at(e.date, e.endMinute);
    for (const owner of e.owners) {
      if (owner === 'me' && overlapsMine(start, end, ['sleep', 'iop', 'commute'])) continue; // conflict: dropped
      add(owner, 'event', e.source, start, end);
    }
  }

  const work = profile.work;
  for (const date of withEve) {
    if (!work || work.daysOff.includes(date)) continue;
    const pieces = work.shifts
      .filter((s) => s.days.includes(weekdayOf(date)))
      .map((s) => ({
        source: s.source,
        start: at(date, s.startMinute),
        end: at(date, s.endMinute > s.startMinute ? s.endMinute : s.endMinute + 1440),
      }))
      .sort((a, b) => a.start - b.start);
    for (const p of pieces) add('me', 'work', p.source, p.start, p.end);
    if (pieces.length === 0 || work.commuteMinutes === 0 || work.remoteDays.includes(weekdayOf(date))) continue;
    const first = pieces[0]!;
    const last = pieces.reduce((a, b) => (b.end > a.end ? b : a));
    add('me', 'commute', first.source, first.start - work.commuteMinutes, first.start);
    add('me', 'commute', last.source, last.end, last.end + work.commuteMinutes);
  }

  for (const m of profile.household)
    for (const date of dates)
      for (const b of m.busy)
        if (b.days.includes(weekdayOf(date)))
          add(m.id, 'busy', b.source, at(date, b.startMinute), at(date, b.endMinute));

  const isoWeek = Number(isoWeekOf(week.days.find((d) => d.weekday === 1)!.date).slice(6));
  for (const d of profile.duties) {
    if (!d.fixed) continue;
    const shift = d.rotate ? isoWeek % d.owners.length : 0;
    const owners = [...d.owners.slice(shift), ...d.owners.slice(0, shift)];
    for (const date of dates) {
      if (!d.days.includes(weekdayOf(date))) continue;
      const start = at(date, d.startMinute);
      const end = at(date, d.endMinute);
      const c = d.commuteMinutes;
      const owner = owners.find((o) => !out.some((b) => b.owner === o && b.start < end + c && start - c < b.end));
      if (owner === undefined) continue; // no-cover
      add(owner, 'duty', d.source, start, end);
      if (c > 0) {
        add(owner, 'commute', d.source, start - c, start);
        add(owner, 'commute', d.source, end, end + c);
      }
    }
  }
  return out;
}
