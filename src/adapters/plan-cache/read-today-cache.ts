import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VERSION } from '../../version.js';
import { readOverrides, weekDir } from '../week-state/week-state-store.js';
import { candidateWeeks } from './candidate-weeks.js';
import { hashFile } from './hash-bytes.js';
import { hashOverrides } from './overrides-hash.js';
import { TODAY_CACHE_FORMAT, type TodayCacheEntry, todayCacheFile } from './today-cache-entry.js';

type Env = Record<string, string | undefined>;

export interface CachedDay {
  entry: TodayCacheEntry;
  /** The day asked for (`--date`, else the local date of now). */
  date: string;
  /** The local date of now, when now falls inside the stored week. */
  today: string | undefined;
  /** Wall time `HH:MM` of now, when now falls inside the stored week. */
  nowTime: string | undefined;
}

/**
 * The stored day for `date` (or for today at `nowMs`), if a published week holds it and that
 * week's key still matches: same program version and zone rules, same profile bytes, same
 * overrides, same published plan. Never throws: anything unreadable is a miss, and the fresh
 * path then reports it properly.
 */
export function readCachedDay(
  env: Env,
  request: { profileFile: string; date?: string | undefined; nowMs: number },
): CachedDay | undefined {
  const target = request.date === undefined ? { nowMs: request.nowMs } : { date: request.date };
  const entries = candidateWeeks(target).flatMap((week) => {
    const entry = readEntry(env, week);
    return entry ? [{ week, entry }] : [];
  });
  if (entries.length === 0) return undefined;
  const profileHash = hashFile(request.profileFile);
  for (const { week, entry } of entries) {
    const nowDay = entry.days.find((d) => d.startMs <= request.nowMs && request.nowMs < d.endMs);
    const date = request.date ?? nowDay?.date;
    if (date === undefined || !entry.days.some((d) => d.date === date)) continue;
    if (!keyMatches(env, week, entry, profileHash)) return undefined;
    return { entry, date, today: nowDay?.date, nowTime: nowDay && wallTime(entry, request.nowMs) };
  }
  return undefined;
}

function readEntry(env: Env, week: string): TodayCacheEntry | undefined {
  try {
    const entry = JSON.parse(readFileSync(todayCacheFile(env, week), 'utf8')) as TodayCacheEntry;
    const current = entry.format === TODAY_CACHE_FORMAT && entry.version === VERSION;
    return current && entry.tz === process.versions.tz && Array.isArray(entry.days) ? entry : undefined;
  } catch {
    return undefined;
  }
}

function keyMatches(env: Env, week: string, entry: TodayCacheEntry, profileHash: string | undefined): boolean {
  if (profileHash === undefined || entry.profileHash !== profileHash) return false;
  if (typeof entry.profileId !== 'string') return false;
  if (entry.planHash !== hashFile(join(weekDir(env, entry.profileId, week), 'published.json'))) return false;
  try {
    return entry.overridesHash === hashOverrides(readOverrides(env, entry.profileId, week));
  } catch {
    return false;
  }
}

/** Local `HH:MM` of an instant, from the offsets stored with the week (no time-zone library). */
function wallTime(entry: TodayCacheEntry, ms: number): string | undefined {
  const offset = entry.offsets.findLast(([from]) => from <= ms)?.[1];
  if (offset === undefined) return undefined;
  return new Date(ms + offset * 60_000).toISOString().slice(11, 16);
}
