import { hashFile } from '../adapters/plan-cache/hash-bytes.js';
import { profileSourceFile } from '../adapters/plan-cache/profile-source.js';
import { buildPlan } from '../domain/build-plan.js';
import { programWeeks } from '../domain/calendar/calendar-weeks.js';
import { findOverrideOutsideWeek } from '../domain/find-override-outside-week.js';
import type { Plan } from '../domain/plan-types.js';
import type { Profile } from '../domain/profile.js';
import { isRealDate } from '../domain/time/real-date.js';
import { buildWeek } from '../domain/week.js';
import {
  findUnknownSkip,
  mergeOverrides,
  NO_OVERRIDES,
  parseAdd,
  parseSkip,
  type WeekOverrides,
} from '../domain/week-overrides.js';
import { UsageError } from '../errors.js';
import type { Io } from './io.js';
import { loadProfile } from './load-profile.js';
import type { PlannedWeek, WeekRequest } from './planned-week.js';
import { resolveNow } from './resolve-now.js';
import { resolveWeekDate } from './resolve-week.js';

/**
 * load → validate → allocate the week a command asked for, with the week's stored overrides
 * (merged with new `--add/--skip/--closed` flags, stored by `storeOverrides`) and pinned to the plan
 * published earlier, so that regenerating moves only what must move.
 */
export async function planWeek(options: WeekRequest, io: Io): Promise<PlannedWeek> {
  // Hashed before loading: a profile changed in between makes the stored key miss, never lie.
  const profileHash =
    options.example === undefined || options.example === false
      ? hashFile(profileSourceFile(options.config, io))
      : undefined;
  const { profile } = await loadProfile(options, io);
  const nowMs = resolveNow(options.now, io.env, io.now);
  const stateful = options.example === undefined || options.example === false;
  const asked = resolveWeekDate(options.week, nowMs, profile.timezone);
  // A shipped example shows its program: outside it, the first week of the program instead.
  const weekDate =
    stateful || !options.showProgram || options.week !== 'this' ? asked : exampleWeek(profile, asked, options, io);
  // `--add`, `--skip` and `--closed` are checked here, not with the other flags: against the
  // week and the profile's items.
  const requested = parseOverrideFlags(options);
  const outside = findOverrideOutsideWeek(requested, buildWeek(profile.timezone, profile.weekStart, weekDate));
  if (outside) throw new UsageError(outside);
  const unknown = findUnknownSkip(requested, profile);
  if (unknown) throw new UsageError(unknown);
  if (!stateful)
    return { profile, plan: buildPlan(profile, weekDate, nowMs, { overrides: requested }), nowMs, stateful };
  const state = await import('../adapters/week-state/week-state-store.js');
  const { isoWeek } = buildWeek(profile.timezone, profile.weekStart, weekDate);
  const stored = state.readOverrides(io.env, profile.id, isoWeek);
  const overrides = options.clearOverrides ? requested : mergeOverrides(stored, requested);
  const storeOverrides =
    JSON.stringify(overrides) !== JSON.stringify(stored)
      ? () => state.writeOverrides(io.env, profile.id, isoWeek, overrides)
      : undefined;
  const previous = state.readPublished(io.env, profile.id, isoWeek);
  const plan = keepGeneratedAt(buildPlan(profile, weekDate, nowMs, { overrides, previous }), previous);
  return { profile, plan, nowMs, previous, stateful, profileHash, overrides, storeOverrides };
}

/**
 * The plan published before when nothing but the time it was made differs: files and calendars
 * made from it are then byte for byte what was written before, and are left alone.
 */
function keepGeneratedAt(plan: Plan, previous: Plan | undefined): Plan {
  if (!previous || previous.generatedAt === plan.generatedAt) return plan;
  const same = { ...plan, generatedAt: previous.generatedAt };
  return JSON.stringify(same) === JSON.stringify(previous) ? same : plan;
}

/** The week an example shows for `--week this`: the program's first week when today is outside it. */
function exampleWeek(profile: Profile, date: string, options: WeekRequest, io: Io): string {
  const program = programWeeks(profile);
  if (!program.ok && profile.iop === undefined) return date;
  const starts = program.ok
    ? program.weekStarts
    : [buildWeek(profile.timezone, profile.weekStart, profile.iop!.startDate).start];
  const week = buildWeek(profile.timezone, profile.weekStart, date).start;
  const first = starts[0]!;
  const last = program.ok ? starts[starts.length - 1]! : week;
  if (week >= first && week <= last) return date;
  if (!options.quiet) {
    const { isoWeek } = buildWeek(profile.timezone, profile.weekStart, first);
    io.stderr(
      `This example's program ${week < first ? 'starts' : 'started'} on ${profile.iop!.startDate}: showing its first week (${isoWeek}). Use --week to choose another.\n`,
    );
  }
  return first;
}

function parseOverrideFlags(options: WeekRequest): WeekOverrides {
  const add = (options.add ?? []).map((text) => {
    const parsed = parseAdd(text);
    if (typeof parsed === 'string') throw new UsageError(parsed);
    return parsed;
  });
  const skip = (options.skip ?? []).map((text) => {
    const parsed = parseSkip(text);
    if (typeof parsed !== 'string') throw new UsageError(parsed.error);
    return parsed;
  });
  const closed = (options.closed ?? []).map((date) => {
    if (!isRealDate(date)) throw new UsageError(`--closed: "${date}" is not a date (YYYY-MM-DD)`);
    return date;
  });
  return mergeOverrides(NO_OVERRIDES, { add, skip, closed });
}
