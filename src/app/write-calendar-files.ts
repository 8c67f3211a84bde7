import { resolve } from 'node:path';
import { isOwnCalendar, keepUnchanged } from '../adapters/calendar/own-calendar.js';
import { renderCalendar } from '../adapters/calendar/render-calendar.js';
import { readTextIfAny } from '../adapters/files/read-text-if-any.js';
import { checkOutputFiles, type OutputOptions, writeOutputFiles } from '../adapters/files/write-files.js';
import type { CalendarFile, CalendarView } from '../domain/calendar/calendar-types.js';
import { consecutiveWeeks, programWeeks } from '../domain/calendar/calendar-weeks.js';
import { planCalendarFiles, weekLabel } from '../domain/calendar/plan-calendar-files.js';
import { sequenceEvents } from '../domain/calendar/sequence-events.js';
import type { Plan } from '../domain/plan-types.js';
import { UserError } from '../errors.js';
import type { Io } from './io.js';
import { planWeek } from './plan-week.js';
import type { PlannedWeek, PlanOptions } from './planned-week.js';

const ALL_VIEWS: CalendarView[] = ['me', 'family', 'employer'];

/** Which weeks a calendar export (or sync) covers. */
type WeeksRequest = Pick<PlanOptions, 'config' | 'example' | 'weeks' | 'program' | 'quiet'>;

/**
 * `plan --ics`: the calendar files for `--view` over the planned week, `--weeks N` weeks from it,
 * or the whole program (`--program`), written into `--out` (default: the current folder).
 * Nothing is written unless every file could be built.
 */
export async function writeCalendarFiles(planned: PlannedWeek, options: PlanOptions, io: Io): Promise<void> {
  (await prepareCalendarFiles(planned, options, io)).write();
}

/**
 * Builds every calendar file and checks that none of them would overwrite a file the tool did
 * not write, without writing anything: `runPlan` does this before it writes the plan itself,
 * so a bad flag or a foreign file leaves everything as it was. `write()` then writes them.
 */
export async function prepareCalendarFiles(
  planned: PlannedWeek,
  options: PlanOptions,
  io: Io,
): Promise<{ write: () => void }> {
  const plans = await planWeeks(planned, options, io);
  const views = options.view === 'all' ? ALL_VIEWS : [options.view];
  const all = await numberEvents(planCalendarFiles(planned.profile, plans, views), plans, planned, io);
  // An empty file is never written (some calendar apps refuse one): say so instead.
  const numbered = all.filter(({ file }) => file.events.length > 0);
  const empty = all.filter(({ file }) => file.events.length === 0).map(({ file }) => file);
  const dtstampMs = Date.parse(planned.plan.generatedAt);
  const dir = resolve(io.cwd, options.out ?? '.');
  const rendered = numbered.map(({ file }) => {
    const path = resolve(dir, file.fileName);
    return { path, content: keepUnchanged(readTextIfAny(path), renderCalendar(file, dtstampMs)) };
  });
  const fileOptions = { force: options.force ?? false, env: io.env, isOwn: isOwnCalendar };
  checkOutputFiles(rendered, fileOptions);
  return {
    write: () => {
      const changed = new Set(writeFiles(rendered, fileOptions, dir));
      // Only once every file is written does what they hold become the record to compare against.
      for (const { save } of numbered) save();
      if (options.quiet) return;
      // One path per line for each file written, like the plan files; on stderr when the plan
      // itself went to stdout (no --out). Unchanged files and files not made are said on stderr.
      const print = options.out === undefined ? io.stderr : io.stdout;
      for (const file of rendered) {
        if (changed.has(file.path)) print(`${file.path}\n`);
        else io.stderr(`unchanged: ${file.path}\n`);
      }
      if (views.includes('family') && planned.profile.household.length === 0)
        io.stderr('No household calendar: the profile lists no household members.\n');
      for (const file of empty) io.stderr(`Not written: ${file.fileName} (${emptyReason(file.view)}).\n`);
    },
  };
}

function emptyReason(view: CalendarView): string {
  if (view === 'employer') return 'nothing takes you away from scheduled work';
  if (view === 'family') return 'no events for the household';
  return 'no events';
}

function calendarWeekStarts(planned: PlannedWeek, options: WeeksRequest): string[] {
  if (options.program) {
    const program = programWeeks(planned.profile);
    if (!program.ok) throw new UserError(program.problem);
    return program.weekStarts;
  }
  if (options.weeks !== undefined) return consecutiveWeeks(planned.profile, planned.plan.week.start, options.weeks);
  return [planned.plan.week.start];
}

/**
 * Every week of the export. Weeks other than the one already planned go through `planWeek` like
 * `plan --week DATE` would (stored one-off changes, pinned to what was published), so a
 * multi-week file agrees with the weekly files; the same `now` pins their DTSTAMP and warnings.
 */
export async function planWeeks(planned: PlannedWeek, options: WeeksRequest, io: Io): Promise<Plan[]> {
  const weekStarts = calendarWeekStarts(planned, options);
  const progress = weekStarts.length > 1 && io.stderrIsTTY === true && !options.quiet;
  const now = new Date(planned.nowMs).toISOString();
  const plans: Plan[] = [];
  for (const [i, start] of weekStarts.entries()) {
    if (progress) io.stderr(`\rPlanning week ${i + 1} of ${weekStarts.length}…`);
    if (start === planned.plan.week.start) {
      plans.push(planned.plan);
    } else {
      const week = { config: options.config, example: options.example, week: start, now };
      plans.push((await planWeek(week, io)).plan);
    }
  }
  if (progress) io.stderr('\r\u001b[K');
  return plans;
}

/**
 * SEQUENCE and cancelled events against what was last written to each file (kept in the data
 * folder). The shipped examples keep no state: their events are all at SEQUENCE 0.
 */
async function numberEvents(files: CalendarFile[], plans: Plan[], planned: PlannedWeek, io: Io) {
  if (planned.stateful !== true) return files.map((f) => ({ file: sequenceEvents(f).file, save: () => {} }));
  const store = await import('../adapters/week-state/calendar-history-store.js');
  const weeks = weekLabel(plans);
  return files.map((f) => {
    const { file, history } = sequenceEvents(
      f,
      store.readCalendarHistory(io.env, planned.profile.id, weeks, f.fileName),
    );
    return { file, save: () => store.writeCalendarHistory(io.env, planned.profile.id, weeks, f.fileName, history) };
  });
}

function writeFiles(files: { path: string; content: string }[], fileOptions: OutputOptions, dir: string): string[] {
  try {
    return writeOutputFiles(files, fileOptions);
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new UserError(`--out: cannot write calendar files into ${dir} (${code})`);
  }
}
