import type { Profile } from '../src/domain/profile.js';
import { isProgramDay } from '../src/domain/program-dates.js';
import { isoWeekOf } from '../src/domain/time/iso-week.js';
import { addDays, localInstant, type Week, weekdayOf } from '../src/domain/week.js';
import type { Obstacle } from './flex-problem.js';

/** A contiguous run of kept shift work on one day, with what moved work may join (DESIGN §3 rules 3, 5, 5a). */
export interface WorkRun {
  /** Index of the week day the run starts on (-1: the day before the week). */
  day: number;
  start: number;
  end: number;
  onSite: boolean;
  /** Travel each side of the run: 0 on remote days, or where the trip is chained to a session. */
  commuteBefore: number;
  commuteAfter: number;
  chainedStart: boolean;
  chainedEnd: boolean;
}

export interface FixedSkeleton {
  obstacles: Obstacle[];
  /** Shift time given up to sessions (with their travel and transition), events and travel; week minutes. */
  displaced: { start: number; end: number }[];
  runs: WorkRun[];
}

interface Span {
  start: number;
  end: number;
}

/**
 * An independent reading of DESIGN §3's fixed skeleton (revision 2), in week minutes: sleep (the
 * night before included), IOP sessions with arrive-early and travel — direct from or to work when
 * going home would leave less than `minHomeMinutes` (rule 5a) — shifts less what sessions (with
 * `transitionMinutes` each side of the session's unit), events and travel take, pieces under
 * `minBlockMinutes` dropped, the commute around each on-site run of work unless chained, events,
 * household busy times, fixed duties to the first free owner.
 * Scope: the benchmark's events never meet another fixed block of `me`, so precedence between
 * events and sessions is not needed; sessions may cut shifts.
 */
export function buildFixedSkeleton(profile: Profile, week: Week): Obstacle[] {
  return readFixedSkeleton(profile, week).obstacles;
}

export function readFixedSkeleton(profile: Profile, week: Week): FixedSkeleton {
  const zone = profile.timezone;
  const base = week.days[0]!.startMs;
  const at = (date: string, minute: number) => (localInstant(zone, date, minute) - base) / 60_000;
  const dates = week.days.map((d) => d.date);
  const eve = addDays(week.start, -1);
  const withEve = [eve, ...dates];
  const weekEnd = (week.days[6]!.endMs - base) / 60_000;
  const T = profile.rules.transitionMinutes;
  const out: Obstacle[] = [];
  const add = (owner: string, category: string, source: string, start: number, end: number) => {
    if (end > start && end > 0 && start < weekEnd) out.push({ owner, category, source, start, end });
  };

  const sleep: Span[] = [];
  for (const date of withEve)
    for (const rule of profile.sleep) {
      if (!rule.days.includes(weekdayOf(date))) continue;
      const wake = rule.wakeMinute > rule.bedtimeMinute ? rule.wakeMinute : rule.wakeMinute + 1440;
      sleep.push({ start: at(date, rule.bedtimeMinute), end: at(date, wake) });
      add('me', 'sleep', 'sleep', at(date, rule.bedtimeMinute), at(date, wake));
    }
  const sleepBetween = (a: number, b: number) => sleep.some((z) => z.start < b && a < z.end);

  // Shifts as the profile gives them (the evening before the week included: a night shift).
  const work = profile.work;
  const raw = (work?.shifts ?? []).flatMap((s) =>
    withEve
      .filter((date) => s.days.includes(weekdayOf(date)) && !work!.daysOff.includes(date))
      .map((date) => ({
        source: s.source,
        date,
        day: date === eve ? -1 : dates.indexOf(date),
        start: at(date, s.startMinute),
        end: at(date, s.endMinute > s.startMinute ? s.endMinute : s.endMinute + 1440),
        onSite: !work!.remoteDays.includes(weekdayOf(date)),
      })),
  );
  const wc = work?.commuteMinutes ?? 0;

  // Sessions, with the rule 5a decision on each side taken from the shifts as given.
  const iop = profile.iop;
  const early = iop?.arriveEarlyMinutes ?? 0;
  const ic = iop?.commuteMinutes ?? 0;
  const fw = iop?.fromWorkMinutes ?? 0;
  const sessions = dates.flatMap((date) =>
    (iop?.sessions ?? [])
      .filter((s) => s.days.includes(weekdayOf(date)) && isProgramDay(iop, date))
      .map((s) => {
        const start = at(date, s.startMinute);
        const inPerson = s.mode === 'in-person';
        return {
          source: s.source,
          start,
          end: at(date, s.endMinute),
          inPerson,
          arrival: inPerson ? start - early : start,
        };
      }),
  );
  const between = (a: number, b: number, self: (typeof sessions)[number]) =>
    sleepBetween(a, b) || sessions.some((o) => o !== self && o.start < b && a < o.end);
  const minHome = profile.rules.minHomeMinutes;
  const decided = sessions.map((o) => {
    if (!o.inPerson) return { ...o, before: undefined, after: undefined };
    const before = raw
      .filter((r) => r.onSite && r.start < o.arrival && !between(Math.min(r.end, o.arrival), o.arrival, o))
      .sort((a, b) => a.end - b.end)
      .at(-1);
    const after = raw
      .filter((r) => r.onSite && r.end > o.end && !between(o.end, Math.max(r.start, o.end), o))
      .sort((a, b) => a.start - b.start)[0];
    return {
      ...o,
      before: before && o.arrival - ic - (before.end + wc) < minHome ? before : undefined,
      after: after && after.start - wc - (o.end + ic) < minHome ? after : undefined,
    };
  });

  // Shift pieces: each session unit takes the transition each side, plus the work's own travel
  // where the trip is not chained; an event takes its time plus the work's travel.
  const minBlock = work?.flexible?.minBlockMinutes ?? 60;
  const pieces: (Span & { raw: (typeof raw)[number] })[] = [];
  const displaced: Span[] = [];
  for (const r of raw) {
    const c = r.onSite ? wc : 0;
    const cuts: Span[] = decided.map((o) => {
      const unitStart = o.arrival - (o.before ? fw : o.inPerson ? ic : 0);
      const unitEnd = o.end + (o.after ? fw : o.inPerson ? ic : 0);
      return {
        start: unitStart - T - (o.before === r ? 0 : c),
        end: unitEnd + T + (o.after === r ? 0 : c),
      };
    });
    for (const e of profile.events)
      if (dates.includes(e.date) && e.owners.includes('me'))
        cuts.push({ start: at(e.date, e.startMinute) - c, end: at(e.date, e.endMinute) + c });
    let left: Span[] = [{ start: r.start, end: r.end }];
    for (const cut of cuts)
      left = left.flatMap((p) =>
        cut.end <= p.start || cut.start >= p.end
          ? [p]
          : [
              { start: p.start, end: Math.min(p.end, cut.start) },
              { start: Math.max(p.start, cut.end), end: p.end },
            ].filter((x) => x.end > x.start),
      );
    const cutAtAll = left.length !== 1 || left[0]!.start !== r.start || left[0]!.end !== r.end;
    const kept = cutAtAll ? left.filter((p) => p.end - p.start >= Math.min(minBlock, r.end - r.start)) : left;
    for (const p of kept) pieces.push({ ...p, raw: r });
    let lost: Span[] = [{ start: r.start, end: r.end }];
    for (const p of kept)
      lost = lost.flatMap((x) =>
        [
          { start: x.start, end: Math.min(x.end, p.start) },
          { start: Math.max(x.start, p.end), end: x.end },
        ].filter((y) => y.end > y.start),
      );
    for (const x of lost) {
      const inWeek = { start: Math.max(0, x.start), end: Math.min(weekEnd, x.end) };
      if (inWeek.end > inWeek.start) displaced.push(inWeek);
    }
  }

  // Sessions with their arrive-early and travel; a chained side travels only if work is really there.
  const runs: WorkRun[] = [];
  pieces.sort((a, b) => a.start - b.start);
  for (const p of pieces) {
    const last = runs.at(-1);
    if (last && last.end === p.start) last.end = p.end;
    else
      runs.push({
        day: p.raw.day,
        start: p.start,
        end: p.end,
        onSite: p.raw.onSite,
        commuteBefore: 0,
        commuteAfter: 0,
        chainedStart: false,
        chainedEnd: false,
      });
  }
  for (const o of decided) {
    const prev = o.before && runs.filter((r) => r.end <= o.arrival && r.end > o.before!.start).at(-1);
    const next = o.after && runs.find((r) => r.start >= o.end && r.start < o.after!.end);
    if (prev) prev.chainedEnd = true;
    if (next) next.chainedStart = true;
    add('me', 'iop', o.source, o.start, o.end);
    if (!o.inPerson) continue;
    if (early > 0) add('me', 'iop', o.source, o.arrival, o.start);
    const to = prev ? fw : ic;
    const from = next ? fw : ic;
    add('me', 'commute', o.source, o.arrival - to, o.arrival);
    add('me', 'commute', o.source, o.end, o.end + from);
  }
  for (const r of runs) {
    const c = r.onSite ? wc : 0;
    r.commuteBefore = r.chainedStart ? 0 : c;
    r.commuteAfter = r.chainedEnd ? 0 : c;
    const source = pieces.find((p) => p.start === r.start)!.raw.source;
    const last = pieces.find((p) => p.end === r.end)!.raw.source;
    add('me', 'commute', source, r.start - r.commuteBefore, r.start);
    add('me', 'commute', last, r.end, r.end + r.commuteAfter);
  }
  for (const p of pieces) add('me', 'work', p.raw.source, p.start, p.end);

  for (const e of profile.events) {
    if (!dates.includes(e.date)) continue;
    for (const owner of e.owners) add(owner, 'event', e.source, at(e.date, e.startMinute), at(e.date, e.endMinute));
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
  return { obstacles: out, displaced, runs };
}
