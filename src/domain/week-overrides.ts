import type { OneOffEvent, Profile } from './profile.js';
import { flexibleItemsOf, slugify } from './profile.js';
import { isRealDate } from './time/real-date.js';
import { parseTime } from './time-of-day.js';

/**
 * One-off changes to one week that leave the profile alone (`--add`, `--skip`, `--closed`).
 * They are stored per week so that regenerating the week keeps them.
 */
export interface WeekOverrides {
  add: { title: string; date: string; start: string; end: string }[];
  /** `source@date`: that occurrence is not wanted this week. */
  skip: string[];
  /** Dates the program is closed on (holidays, staff days). */
  closed: string[];
}

export const NO_OVERRIDES: WeekOverrides = { add: [], skip: [], closed: [] };

const TIME = '([01]\\d|2[0-3]):[0-5]\\d|24:00';
const ADD = new RegExp(`^(.+?)\\s+(\\d{4}-\\d{2}-\\d{2})\\s+(${TIME})\\s*-\\s*(${TIME})$`);

/** Parses `--add "Dentist 2026-12-02 14:00-15:00"`; returns an error message when malformed. */
export function parseAdd(text: string): WeekOverrides['add'][number] | string {
  const m = ADD.exec(text.trim());
  if (!m) return `--add: "${text}" is not "TITLE YYYY-MM-DD HH:MM-HH:MM"`;
  const [, title, date, start, , end] = m as unknown as [string, string, string, string, string, string];
  if (!isRealDate(date)) return `--add: ${date} is not a real date`;
  if (parseTime(end) <= parseTime(start)) return `--add: the end (${end}) must be after the start (${start})`;
  return { title: title.trim(), date, start, end };
}

/** Parses `--skip peer-call@2026-12-03`. */
export function parseSkip(text: string): string | { error: string } {
  const m = /^([a-z0-9][a-z0-9.-]*)@(\d{4}-\d{2}-\d{2})$/.exec(text.trim());
  if (!m || !isRealDate(m[2]!))
    return { error: `--skip: "${text}" is not "ID@YYYY-MM-DD" (e.g. peer-call@2026-12-03)` };
  return `${m[1]}@${m[2]}`;
}

/** Merges new overrides into stored ones, without duplicates, in a stable order. */
export function mergeOverrides(stored: WeekOverrides, added: WeekOverrides): WeekOverrides {
  const key = (a: WeekOverrides['add'][number]) => `${a.date} ${a.start} ${a.end} ${a.title}`;
  const adds = new Map([...stored.add, ...added.add].map((a) => [key(a), a]));
  return {
    add: [...adds.keys()].sort().map((k) => adds.get(k)!),
    skip: [...new Set([...stored.skip, ...added.skip])].sort(),
    closed: [...new Set([...stored.closed, ...added.closed])].sort(),
  };
}

/** The profile as this week sees it: added events and closures folded in; skips travel separately. */
export function applyOverrides(profile: Profile, overrides: WeekOverrides): Profile {
  // Ids are unique across the profile (DESIGN §2): `--skip ID@DATE`, plan diffs and calendar UIDs rely on it.
  const taken = new Set([
    'sleep',
    ...[...profile.events, ...profile.duties, ...flexibleItemsOf(profile)].map((x) => x.source),
  ]);
  const added: OneOffEvent[] = overrides.add.map((a) => {
    let source = slugify(a.title) || 'event';
    for (let n = 2; taken.has(source); n++) source = `${slugify(a.title) || 'event'}-${n}`;
    taken.add(source);
    return {
      source,
      title: a.title,
      date: a.date,
      startMinute: parseTime(a.start),
      endMinute: parseTime(a.end),
      owners: ['me'],
      location: undefined,
    };
  });
  return {
    ...profile,
    events: [...profile.events, ...added],
    iop: profile.iop && {
      ...profile.iop,
      closedDates: [...new Set([...profile.iop.closedDates, ...overrides.closed])],
    },
  };
}

/** Every id a `--skip` may name: sessions and shifts by position, the rest by id. */
export function skippableIds(profile: Profile): string[] {
  return [
    ...(profile.iop?.sessions.map((s) => s.source) ?? []),
    ...(profile.iop?.flexible.map((f) => f.source) ?? []),
    ...(profile.work?.shifts.map((s) => s.source) ?? []),
    // (r2 §5a) A roster's shifts of a day: `calendars.0@2026-12-02`.
    ...profile.calendars.filter((c) => c.as === 'work').map((c) => c.source),
    ...profile.duties.map((d) => d.source),
    ...profile.habits.map((h) => h.source),
    ...profile.events.map((e) => e.source),
  ];
}

/** A usage message for the first `--skip` naming no item of the profile (a typo would otherwise skip nothing). */
export function findUnknownSkip(overrides: WeekOverrides, profile: Profile): string | undefined {
  const ids = skippableIds(profile);
  const unknown = overrides.skip.map((s) => s.slice(0, s.lastIndexOf('@'))).find((id) => !ids.includes(id));
  if (unknown === undefined) return undefined;
  return `--skip: the profile has no item "${unknown}" (its ids: ${ids.join(', ')})`;
}
