import type { Plan } from '../../domain/plan-types.js';
import type { Profile } from '../../domain/profile.js';
import { addDays, localInstant } from '../../domain/week.js';
import type { WeekOverrides } from '../../domain/week-overrides.js';
import { VERSION } from '../../version.js';
import { buildPlanViewModel } from '../../view/plan-view-model.js';
import { writeFileAtomic } from '../files/write-files.js';
import { hashBytes } from './hash-bytes.js';
import { hashOverrides } from './overrides-hash.js';
import { TODAY_CACHE_FORMAT, type TodayCacheEntry, todayCacheFile } from './today-cache-entry.js';
import { offsetsAcross } from './zone-offsets.js';

type Env = Record<string, string | undefined>;

export interface PublishedWeek {
  plan: Plan;
  profile: Profile;
  /** Hash of the profile file's bytes, read before the profile was loaded. */
  profileHash: string;
  overrides: WeekOverrides;
  /** The exact text written to `published.json`. */
  planText: string;
}

/**
 * Stores what `iop-plan today` needs of a week just published (see TodayCacheEntry). It is only
 * a shortcut: if it cannot be written, the entry left behind names another plan and so misses.
 */
export function writeTodayCache(env: Env, published: PublishedWeek): void {
  try {
    writeFileAtomic(todayCacheFile(env, published.plan.week.isoWeek), `${JSON.stringify(entryOf(published))}\n`);
  } catch {
    // A full disk or a read-only data folder costs `today` its shortcut, nothing more.
  }
}

function entryOf(published: PublishedWeek): TodayCacheEntry {
  const { plan, profile } = published;
  const vm = buildPlanViewModel(plan, profile, 'me');
  const days = vm.days.map((d) => ({
    date: d.date,
    startMs: localInstant(plan.timezone, d.date, 0),
    endMs: localInstant(plan.timezone, addDays(d.date, 1), 0),
  }));
  return {
    format: TODAY_CACHE_FORMAT,
    version: VERSION,
    tz: process.versions.tz,
    profileHash: published.profileHash,
    profileId: profile.id,
    overridesHash: hashOverrides(published.overrides),
    planHash: hashBytes(published.planText),
    days,
    offsets: offsetsAcross(plan.timezone, days),
    // The grid's segments are for the week views; `today` reads only the agenda (half the size).
    views: vm.days.map((d) => ({ ...d, segments: [] })),
    unplaced: vm.unplaced.map((view, i) => ({ date: plan.unplaced[i]?.date, view })),
    supportNote: vm.supportNote,
  };
}
