import { join } from 'node:path';
import type { DayView, UnplacedView } from '../../view/plan-view-model.js';
import { sharedWeekDir } from '../week-state/week-state-store.js';

type Env = Record<string, string | undefined>;

/** Bumped when the shape below changes: an entry of another shape is simply not used. */
export const TODAY_CACHE_FORMAT = 1;

/**
 * What `iop-plan today` needs of a published week, kept next to `published.json` so that it can
 * answer without validating the profile or allocating. The entry is used only while every part
 * of its key still matches: the program version, the time-zone rules, the profile file's bytes,
 * the week's overrides and the published plan's bytes. Anything else means a fresh allocation.
 */
export interface TodayCacheEntry {
  format: number;
  version: string;
  /** `process.versions.tz`: new time-zone rules may move the week's instants. */
  tz: string | undefined;
  profileHash: string;
  /** Whose stored state the entry was made from (state is kept per profile id). */
  profileId: string;
  overridesHash: string;
  planHash: string;
  /** The week's local days as instants, `[startMs, endMs)`. */
  days: { date: string; startMs: number; endMs: number }[];
  /** UTC offsets in force across the week: `[fromMs, offsetMinutes]`, sorted by `fromMs`. */
  offsets: [number, number][];
  /** The `me` view of each day and of what did not fit (with the date it belongs to). */
  views: DayView[];
  unplaced: { date: string | null | undefined; view: UnplacedView }[];
  supportNote: string;
}

export function todayCacheFile(env: Env, isoWeek: string): string {
  return join(sharedWeekDir(env, isoWeek), 'today.json');
}
