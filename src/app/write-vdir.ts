import { join, resolve } from 'node:path';
import { eventUid } from '../adapters/calendar/event-uid.js';
import { renderCalendar } from '../adapters/calendar/render-calendar.js';
import { readFolderTexts, removeFile } from '../adapters/files/local-files.js';
import { checkOutputFiles, isAsWritten, writeOutputFiles } from '../adapters/files/write-files.js';
import { planCalendarFiles } from '../domain/calendar/plan-calendar-files.js';
import { addDays, localInstant } from '../domain/week.js';
import { UserError } from '../errors.js';
import type { Io } from './io.js';
import type { PlannedWeek, PlanOptions } from './planned-week.js';
import { planWeeks } from './write-calendar-files.js';

/**
 * `plan --vdir DIR`: the view's calendar (`--view`, default `me`; `family` is the household
 * calendar) as a vdir, the folder layout khal and vdirsyncer read: one `.ics` per event, named by
 * its UID, without METHOD (a storage resource, not a message). Events of the planned weeks that
 * this tool wrote before and that left the plan are removed, so the folder mirrors the plan.
 * Like `--ics`, it covers `--weeks N` or `--program` when given.
 */
export async function prepareVdir(planned: PlannedWeek, options: PlanOptions, io: Io): Promise<{ write: () => void }> {
  // `--view all` with `--vdir` is refused at the command boundary (src/commands/plan-options.ts).
  if (options.view === 'all') throw new Error('prepareVdir: --vdir writes one calendar, not --view all');
  const plans = await planWeeks(planned, options, io);
  const file = planCalendarFiles(planned.profile, plans, [options.view])[0];
  const dtstampMs = Date.parse(planned.plan.generatedAt);
  const dir = resolve(io.cwd, options.vdir ?? '.');
  const files = (file?.events ?? []).map((event) => ({
    path: join(dir, `${fileNameOf(eventUid(event.uidParts))}.ics`),
    content: renderCalendar({ ...file!, events: [event] }, dtstampMs).replace(/^METHOD:[^\r\n]*\r\n/m, ''),
  }));
  const options_ = { force: options.force ?? false, env: io.env };
  const { record } = checkOutputFiles(files, options_);
  const zone = planned.profile.timezone;
  const from = localInstant(zone, plans[0]!.week.start, 0);
  const to = localInstant(zone, addDays(plans[plans.length - 1]!.week.end, 1), 0);
  const keep = new Set(files.map((f) => f.path));
  const stale = ownFilesIn(dir, record).filter((f) => !keep.has(f.path) && f.startMs >= from && f.startMs < to);
  return {
    write: () => {
      try {
        writeOutputFiles(files, options_);
        for (const f of stale) removeFile(f.path);
      } catch (error) {
        if (error instanceof UserError) throw error;
        throw new UserError(`--vdir: cannot write into ${dir} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
      }
      if (!options.quiet) (options.out === undefined ? io.stderr : io.stdout)(`${dir}\n`);
    },
  };
}

/** A UID made safe as a file name on every system vdirsyncer runs on. */
function fileNameOf(uid: string): string {
  return uid.replace(/[^A-Za-z0-9@._-]/g, '_');
}

/** `.ics` files of the folder that this tool wrote and nobody changed since, with their start. */
function ownFilesIn(dir: string, record: Record<string, string | string[]>): { path: string; startMs: number }[] {
  const out: { path: string; startMs: number }[] = [];
  for (const { path, text } of readFolderTexts(dir, '.ics')) {
    if (!isAsWritten(record, path, text)) continue;
    const m = /^DTSTART:(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\r?$/m.exec(text);
    if (!m) continue;
    const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
    out.push({ path, startMs: Date.UTC(y, mo - 1, d, h, mi, s) });
  }
  return out;
}
