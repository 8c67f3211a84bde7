import { checkinLogPath } from '../adapters/checkin-log/checkin-log-path.js';
import { logWarnings } from '../adapters/checkin-log/log-warnings.js';
import { readCheckinLog } from '../adapters/checkin-log/read-checkin-log.js';
import { createChalk } from '../adapters/render/create-chalk.js';
import { buildPlan } from '../domain/build-plan.js';
import { programWeeks } from '../domain/calendar/calendar-weeks.js';
import { sessionKey } from '../domain/checkins/checkin-entry.js';
import { latestAttendance } from '../domain/checkins/summarize-progress.js';
import { inUs } from '../domain/leave/fmla-status.js';
import { renderLeaveLines } from '../domain/leave/leave-lines.js';
import { leaveNotice } from '../domain/leave/leave-notice.js';
import { treatmentDisplacesWork } from '../domain/leave/treatment-away.js';
import { buildLeaveLedger } from '../domain/leave-ledger.js';
import type { Profile } from '../domain/profile.js';
import { addDays, buildWeek, localDateOf } from '../domain/week.js';
import { UserError } from '../errors.js';
import type { Io } from './io.js';
import { loadProfile } from './load-profile.js';
import { resolveNow } from './resolve-now.js';
import { resolveWeekDate } from './resolve-week.js';

export interface LeaveOptions {
  config?: string;
  example?: string | boolean;
  week?: string;
  program?: boolean;
  now?: string;
  color?: boolean;
  quiet?: boolean;
}

/**
 * `iop-plan leave`: plans every week of the program (the running total and the entitlement need
 * them all) and shows this week, or with `--program` every week.
 */
export async function runLeave(options: LeaveOptions, io: Io): Promise<number> {
  const { profile } = await loadProfile(options, io);
  if (!profile.work) {
    if (!options.quiet) io.stdout('Your profile has no work section: there are no work hours to take leave from.\n');
    return 0;
  }
  const nowMs = resolveNow(options.now, io.env, io.now);
  const focus = buildWeek(
    profile.timezone,
    profile.weekStart,
    resolveWeekDate(options.week ?? 'this', nowMs, profile.timezone),
  ).start;
  const weekStarts = ledgerWeeks(profile, focus, options.program === true);
  const plans = weekStarts.map((start, i) => {
    if (weekStarts.length > 1 && io.stderrIsTTY && !options.quiet)
      io.stderr(`\rPlanning week ${i + 1} of ${weekStarts.length}…`);
    return buildPlan(profile, start, nowMs);
  });
  if (weekStarts.length > 1 && io.stderrIsTTY && !options.quiet) io.stderr('\r\u001b[K');
  const ledger = buildLeaveLedger(profile, plans, { missed: missedSessionKeys(io, profile.id) });
  const outside =
    !options.program && !weekStarts.includes(focus)
      ? buildLeaveLedger(profile, [buildPlan(profile, focus, nowMs)]).weeks[0]
      : undefined;
  if (options.quiet) return 0;
  const notice = leaveNotice(
    profile,
    localDateOf(nowMs, profile.timezone),
    plans.some((p) => treatmentDisplacesWork(profile, p)),
  );
  const chalk = createChalk({ color: options.color ?? true, env: io.env, isTTY: io.stdoutIsTTY });
  const lines = renderLeaveLines(
    ledger,
    {
      zone: profile.timezone,
      focusWeek: options.program ? undefined : focus,
      ...(outside && { outsideWeek: outside }),
      notice,
      inUs: inUs(profile),
      eligible: profile.work.leave.eligible,
      normalWeeklyHours: profile.work.leave.normalWeeklyHours,
    },
    chalk,
  );
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}

/** Sessions checked in as missed (the latest entry per session): their leave is shown apart. */
function missedSessionKeys(io: Io, profileId: string): Set<string> {
  const path = checkinLogPath(io.env, profileId);
  const log = readCheckinLog(path);
  for (const warning of logWarnings(log, path)) io.stderr(`iop-plan: ${warning}\n`);
  return new Set(
    [...latestAttendance(log.entries).values()].filter((e) => e.status === 'missed').map((e) => sessionKey(e)),
  );
}

/** The program's weeks; an open-ended program runs through the week shown; no IOP: that week only. */
function ledgerWeeks(profile: Profile, focus: string, wholeProgram: boolean): string[] {
  const iop = profile.iop;
  if (!iop) {
    if (wholeProgram) throw new UserError('--program needs an iop section in the profile');
    return [focus];
  }
  const program = programWeeks(profile);
  if (program.ok) return program.weekStarts;
  if (wholeProgram) throw new UserError('--program needs iop.weeks in the profile (the program has no end date yet)');
  const first = buildWeek(profile.timezone, profile.weekStart, iop.startDate).start;
  const starts: string[] = [];
  for (let d = first; d <= focus; d = addDays(d, 7)) starts.push(d);
  return starts;
}
