import { hashFile } from '../adapters/plan-cache/hash-bytes.js';
import { profileSourceFile } from '../adapters/plan-cache/profile-source.js';
import { displayText } from '../adapters/render/display-text.js';
import { buildPlan } from '../domain/build-plan.js';
import { programWeeks } from '../domain/calendar/calendar-weeks.js';
import { findOverrideOutsideWeek } from '../domain/find-override-outside-week.js';
import { describeChange, diffPlans } from '../domain/plan-diff.js';
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
import { StrictError, UsageError } from '../errors.js';
import type { Io } from './io.js';
import { loadProfile } from './load-profile.js';
import { resolveNow } from './resolve-now.js';
import { resolveWeekDate } from './resolve-week.js';

export interface PlanOptions {
  config?: string;
  example?: string | boolean;
  week: string;
  format: 'text' | 'md' | 'html' | 'json' | 'remind';
  out?: string;
  ics?: boolean;
  /** (r2 §5a) A vdir folder (khal, vdirsyncer): one `.ics` per event of the view, named by UID. */
  vdir?: string;
  view: 'me' | 'family' | 'employer' | 'all';
  /** The sheet's view when `--view` was not given (the HTML sheet: `family`); else from `view`. */
  sheetView?: 'me' | 'family';
  weeks?: number;
  program?: boolean;
  template?: string;
  now?: string;
  color: boolean;
  quiet?: boolean;
  strict?: boolean;
  force?: boolean;
  /** One-off changes for this week, stored so that regenerating keeps them. */
  add?: string[];
  skip?: string[];
  closed?: string[];
  clearOverrides?: boolean;
}

export interface PlannedWeek {
  profile: Profile;
  plan: Plan;
  nowMs: number;
  /** The plan published earlier for this week, if any (the shipped examples keep no state). */
  previous?: Plan | undefined;
  /** False for the shipped examples: they never read or write the data folder. */
  stateful?: boolean;
  /** Stateful runs: hash of the profile file's bytes and the overrides used (the key `today` checks). */
  profileHash?: string | undefined;
  overrides?: WeekOverrides;
  /** Stores the week's changed overrides; `runPlan` calls it once the plan is out, so a failed run keeps none. */
  storeOverrides?: (() => void) | undefined;
}

type WeekRequest = Pick<
  PlanOptions,
  'config' | 'example' | 'week' | 'now' | 'add' | 'skip' | 'closed' | 'clearOverrides' | 'quiet'
> & {
  /** `plan --example` for this week outside the example's program: plan its first week instead. */
  showProgram?: boolean;
};

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
  const nowMs = resolveNow(options.now, io.env);
  const stateful = options.example === undefined || options.example === false;
  const asked = resolveWeekDate(options.week, nowMs, profile.timezone);
  // A shipped example shows its program: outside it, the first week of the program instead.
  const weekDate =
    stateful || !options.showProgram || options.week !== 'this' ? asked : exampleWeek(profile, asked, options, io);
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

/** `iop-plan plan`: allocate, render, print or write; `--strict` fails (after writing) on anything missing. */
export async function runPlan(options: PlanOptions, io: Io): Promise<number> {
  const planned = await planWeek({ ...options, showProgram: true }, io);
  // Runs that write files take turns, so that two at once never leave a stale record (DESIGN §6).
  const writes = options.ics === true || options.out !== undefined || options.vdir !== undefined;
  const release = writes
    ? await (await import('../adapters/files/output-lock.js')).acquireOutputLock(io.env)
    : undefined;
  try {
    await writePlan(planned, options, io);
  } finally {
    release?.();
  }
  if (options.out !== undefined && !options.quiet) {
    const { summarizeProblems } = await import('./summarize-problems.js');
    io.stderr(summarizeProblems(planned, 'me'));
  }
  if (options.strict) {
    const missing = planned.plan.unplaced.filter((u) => u.code !== 'closed');
    if (missing.length > 0) {
      const { strictItems } = await import('./summarize-problems.js');
      throw new StrictError(missing.length, strictItems(planned));
    }
  }
  return 0;
}

async function writePlan(planned: PlannedWeek, options: PlanOptions, io: Io): Promise<void> {
  // Calendar files are built and checked first: a bad calendar flag or a calendar file the tool
  // did not write must fail before the plan file (or any state) is written.
  const calendars = options.ics
    ? await (await import('./write-calendar-files.js')).prepareCalendarFiles(planned, options, io)
    : undefined;
  const vdir = options.vdir ? await (await import('./write-vdir.js')).prepareVdir(planned, options, io) : undefined;
  const { renderPlanOutput } = await import('./render-plan-output.js');
  await renderPlanOutput(planned, options, io);
  calendars?.write();
  vdir?.write();
  // The week's one-off changes are kept only once the plan they shaped is out.
  planned.storeOverrides?.();
  if (planned.stateful && (options.ics || options.out || options.vdir)) await publish(planned, options, io);
}

/**
 * Files were written: this plan is now the published one for its week. Says, in words, what
 * changed since the last published plan (on stderr, so that stdout stays the document).
 */
async function publish(planned: PlannedWeek, options: PlanOptions, io: Io): Promise<void> {
  const state = await import('../adapters/week-state/week-state-store.js');
  if (planned.previous && !options.quiet) {
    const names = new Map(planned.profile.household.map((m) => [m.id, m.name]));
    const changes = diffPlans(planned.previous, planned.plan);
    io.stderr(
      changes.length === 0
        ? 'No changes since the plan published before.\n'
        : `Changes since the plan published before:\n${changes.map((c) => `  ${displayText(describeChange(c, (id) => names.get(id) ?? id))}\n`).join('')}`,
    );
  }
  const planText = state.writePublished(io.env, planned.profile.id, planned.plan);
  // What `iop-plan today` reads instead of allocating, for as long as nothing it depends on changes.
  // Not with imported calendars: the cache is keyed by the profile file alone, and they change apart from it.
  if (planned.profileHash && planned.overrides && planned.profile.calendars.length === 0) {
    const { writeTodayCache } = await import('../adapters/plan-cache/write-today-cache.js');
    writeTodayCache(io.env, { ...planned, profileHash: planned.profileHash, overrides: planned.overrides, planText });
  }
}
