import { checkinLogPath } from '../adapters/checkin-log/checkin-log-path.js';
import { logWarnings } from '../adapters/checkin-log/log-warnings.js';
import { readCheckinLog } from '../adapters/checkin-log/read-checkin-log.js';
import { createChalk } from '../adapters/render/create-chalk.js';
import { buildPlan } from '../domain/build-plan.js';
import { plannedSessions } from '../domain/checkins/planned-sessions.js';
import { renderProgressLines } from '../domain/checkins/progress-lines.js';
import { summarizeProgress } from '../domain/checkins/summarize-progress.js';
import { programWeeksSoFar } from '../domain/checkins/weeks-so-far.js';
import { supportLine } from '../domain/support/support-line.js';
import { formatDay } from '../domain/time/format-day.js';
import { localDateOf } from '../domain/week.js';
import { UserError } from '../errors.js';
import type { Io } from './io.js';
import { loadProfile } from './load-profile.js';
import { resolveNow } from './resolve-now.js';

export interface ProgressOptions {
  config?: string;
  example?: string | boolean;
  now?: string;
  color?: boolean;
  quiet?: boolean;
}

/**
 * `iop-plan progress`: the program's weeks so far, planned again from the profile, matched with
 * the check-in log. Reads only; an interrupted last line in the log is skipped with a warning.
 */
export async function runProgress(options: ProgressOptions, io: Io): Promise<number> {
  const { profile } = await loadProfile(options, io);
  const iop = profile.iop;
  if (!iop) throw new UserError('progress needs an iop section in the profile (the sessions to check in to)');
  const nowMs = resolveNow(options.now, io.env, io.now);
  const today = localDateOf(nowMs, profile.timezone);
  const path = checkinLogPath(io.env, profile.id);
  const log = readCheckinLog(path);
  for (const warning of logWarnings(log, path)) io.stderr(`iop-plan: ${warning}\n`);
  if (options.quiet) return 0;
  const weekStarts = programWeeksSoFar(profile, today);
  if (weekStarts.length === 0) {
    io.stdout(
      `Your program starts on ${formatDay(iop.startDate)} ${iop.startDate.slice(0, 4)}. Check-ins will show here after your first session.\n\n${supportLine(profile)}\n`,
    );
    return 0;
  }
  const plans = weekStarts.map((start) => buildPlan(profile, start, nowMs));
  const summary = summarizeProgress({
    weeks: plans.map((p) => p.week),
    sessions: plans.flatMap((p) => plannedSessions(profile, p)),
    entries: log.entries,
    nowMs,
  });
  const chalk = createChalk({ color: options.color ?? true, env: io.env, isTTY: io.stdoutIsTTY });
  const lines = [...renderProgressLines(summary, { program: iop.program }, chalk), '', supportLine(profile)];
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}
