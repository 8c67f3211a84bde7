import { appendCheckins } from '../adapters/checkin-log/append-checkins.js';
import { checkinLogPath } from '../adapters/checkin-log/checkin-log-path.js';
import { logWarnings } from '../adapters/checkin-log/log-warnings.js';
import { readCheckinLog } from '../adapters/checkin-log/read-checkin-log.js';
import { buildPlan } from '../domain/build-plan.js';
import {
  type AttendanceEntry,
  type AttendanceStatus,
  type CheckinEntry,
  sessionKey,
  type WinEntry,
} from '../domain/checkins/checkin-entry.js';
import { tidyCheckinText } from '../domain/checkins/checkin-text.js';
import { type PlannedSession, plannedSessions } from '../domain/checkins/planned-sessions.js';
import { REVIEW_NOTE } from '../domain/checkins/progress-lines.js';
import { latestAttendance, REVIEW_AFTER_MISSED } from '../domain/checkins/summarize-progress.js';
import type { Profile } from '../domain/profile.js';
import { supportLine } from '../domain/support/support-line.js';
import { formatDay } from '../domain/time/format-day.js';
import { formatWallTime } from '../domain/time/format-wall-time.js';
import { isRealDate } from '../domain/time/real-date.js';
import { localDateOf } from '../domain/week.js';
import { UsageError, UserError } from '../errors.js';
import type { Prompter } from './init/prompter.js';
import type { Io } from './io.js';
import { loadProfile } from './load-profile.js';
import { resolveNow } from './resolve-now.js';

/** `checkin`'s options once its flags are checked (src/commands/checkin-options.ts). */
export interface CheckinOptions {
  config?: string;
  example?: string | boolean;
  now?: string;
  color?: boolean;
  quiet?: boolean;
  /** A real date (YYYY-MM-DD); whether it is in the future is checked here, in the profile's zone. */
  date?: string;
  /** `--attended` or `--missed`. */
  status?: AttendanceStatus;
  /** Tidied, and only with a status. */
  note?: string;
  /** Tidied. */
  win?: string;
  /** Only with a status; which numbers exist depends on the day's sessions, checked here. */
  session?: string;
}

export interface CheckinDeps {
  prompter?: Prompter;
}

export const NO_TTY_MESSAGE =
  'checkin asks questions only in a terminal; use --date YYYY-MM-DD --attended|--missed [--note TEXT] and/or --win TEXT';

/**
 * `iop-plan checkin`: records attendance at the day's IOP sessions and small wins in the
 * append-only log. With flags it asks nothing; without, it asks in a terminal. Everything is
 * checked before the first line is written.
 */
export async function runCheckin(options: CheckinOptions, io: Io, deps: CheckinDeps = {}): Promise<number> {
  // The flags alone were checked at the command boundary; what needs the profile is checked here.
  const { status, win, note } = options;
  const interactive = status === undefined && win === undefined;
  if (interactive && !deps.prompter && !io.stdinIsTTY) throw new UsageError(NO_TTY_MESSAGE);

  const { profile } = await loadProfile(options, io);
  const nowMs = resolveNow(options.now, io.env, io.now);
  const today = localDateOf(nowMs, profile.timezone);
  const path = checkinLogPath(io.env, profile.id);
  const log = readCheckinLog(path);
  for (const warning of logWarnings(log, path)) io.stderr(`iop-plan: ${warning}\n`);
  const ctx: Context = { profile, nowMs, today, at: new Date(Math.floor(nowMs / 1000) * 1000).toISOString() };

  let entries: CheckinEntry[];
  if (interactive) {
    const prompter =
      deps.prompter ?? (await import('../adapters/prompts/inquirer-prompter.js')).createInquirerPrompter({}, io.stdout);
    entries = await askCheckin(prompter, ctx, log.entries);
  } else {
    const date = options.date ?? today;
    if (date > today) throw new UsageError(`--date: ${date} is in the future; check in on the day or after it`);
    entries = [];
    if (status !== undefined) entries.push(...attendanceFromFlags(ctx, date, status, note, options.session));
    if (win !== undefined) entries.push(winEntry(ctx, date, win));
  }
  if (entries.length === 0) {
    if (!options.quiet) io.stdout('Nothing recorded.\n');
    return 0;
  }
  writeEntries(path, entries, !log.endsWithNewline);
  // The support note closes every check-in (DESIGN §4): a missed session is a moment it may be needed.
  if (!options.quiet) io.stdout(`${confirmation(entries, [...log.entries, ...entries])}\n${supportLine(profile)}\n`);
  return 0;
}

interface Context {
  profile: Profile;
  nowMs: number;
  today: string;
  at: string;
}

function sessionsOn(ctx: Context, date: string): PlannedSession[] {
  return plannedSessions(ctx.profile, buildPlan(ctx.profile, date, ctx.nowMs)).filter((s) => s.date === date);
}

function attendanceFromFlags(
  ctx: Context,
  date: string,
  status: AttendanceStatus,
  note: string | undefined,
  session: string | undefined,
): AttendanceEntry[] {
  const all = sessionsOn(ctx, date);
  if (all.length === 0) {
    const week = plannedSessions(ctx.profile, buildPlan(ctx.profile, date, ctx.nowMs)).map((s) => formatDay(s.date));
    const hint = week.length > 0 ? `; that week: ${[...new Set(week)].join(', ')}` : '';
    throw new UserError(`--date: no IOP session is planned on ${formatDay(date)} ${date.slice(0, 4)}${hint}`);
  }
  let chosen = all;
  if (session !== undefined) {
    const n = Number(session);
    const one = Number.isInteger(n) && n >= 1 ? all[n - 1] : undefined;
    if (!one) {
      const list = all.map((s, i) => `${i + 1} = ${s.title} ${time(s, ctx)}`).join(', ');
      throw new UsageError(`--session: choose a number from 1 to ${all.length} (${list})`);
    }
    chosen = [one];
  }
  const notStarted = chosen.find((s) => s.startMs > ctx.nowMs);
  if (notStarted && status === 'attended') {
    throw new UserError(`${notStarted.title} at ${time(notStarted, ctx)} has not started yet; check in afterwards`);
  }
  return chosen.map((s) => attendanceEntry(ctx, s, status, note));
}

function attendanceEntry(ctx: Context, s: PlannedSession, status: AttendanceStatus, note?: string): AttendanceEntry {
  return {
    v: 1,
    kind: 'attendance',
    date: s.date,
    source: s.source,
    start: s.start,
    title: s.title,
    status,
    ...(note !== undefined && { note }),
    at: ctx.at,
  };
}

function winEntry(ctx: Context, date: string, text: string): WinEntry {
  return { v: 1, kind: 'win', date, text, at: ctx.at };
}

async function askCheckin(p: Prompter, ctx: Context, previous: CheckinEntry[]): Promise<CheckinEntry[]> {
  p.say('Check in: how did it go? Press Enter to take the suggested answer.');
  const date = await p.input({
    id: 'date',
    message: 'Which day? (YYYY-MM-DD)',
    default: ctx.today,
    validate: (text) =>
      !isRealDate(text.trim())
        ? 'Please type a date like 2026-12-01'
        : text.trim() > ctx.today
          ? 'That day has not come yet'
          : true,
  });
  const day = date.trim();
  const latest = latestAttendance(previous);
  const entries: CheckinEntry[] = [];
  const sessions = sessionsOn(ctx, day).filter((s) => s.startMs <= ctx.nowMs);
  if (sessions.length === 0) p.say(`No IOP session was planned on ${formatDay(day)} (or it has not started yet).`);
  for (const [i, s] of sessions.entries()) {
    const answer = await p.select<AttendanceStatus | 'skip'>({
      id: `session.${i}`,
      message: `${s.title} at ${time(s, ctx)}`,
      choices: [
        { value: 'attended', name: 'I went' },
        { value: 'missed', name: 'I missed it' },
        { value: 'skip', name: 'Skip for now' },
      ],
      default: latest.get(sessionKey(s))?.status ?? 'attended',
    });
    if (answer === 'skip') continue;
    const note = await p.input({ id: `note.${i}`, message: 'A note for yourself (optional)', default: '' });
    const tidy = tidyCheckinText(note);
    entries.push(attendanceEntry(ctx, s, answer, tidy.ok ? tidy.text : undefined));
  }
  const win = await p.input({
    id: 'win',
    message: 'A small win to remember? (optional: a walk, a call, a good talk)',
    default: '',
    validate: (text) => {
      const tidy = tidyCheckinText(text);
      return tidy.ok || text.trim() === '' ? true : `The win ${tidy.problem}`;
    },
  });
  const tidyWin = tidyCheckinText(win);
  if (tidyWin.ok) entries.push(winEntry(ctx, day, tidyWin.text));
  return entries;
}

function writeEntries(path: string, entries: CheckinEntry[], afterTornLine: boolean): void {
  try {
    appendCheckins(path, entries, afterTornLine);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new UserError(`cannot write the check-in log ${path} (${code}); nothing new was recorded`);
  }
}

function confirmation(written: CheckinEntry[], all: CheckinEntry[]): string {
  const lines: string[] = [];
  for (const e of written) {
    if (e.kind === 'win') lines.push(`Win saved for ${formatDay(e.date)}: ${e.text}. Small steps count.`);
    else if (e.status === 'attended')
      lines.push(`Recorded: ${e.title}, ${formatDay(e.date)}: attended. Well done for showing up.`);
    else
      lines.push(
        `Recorded: ${e.title}, ${formatDay(e.date)}: missed. One missed session does not erase your progress.`,
      );
  }
  const missed = [...latestAttendance(all).values()].filter((e) => e.status === 'missed').length;
  if (written.some((e) => e.kind === 'attendance' && e.status === 'missed') && missed >= REVIEW_AFTER_MISSED) {
    lines.push(REVIEW_NOTE);
  }
  return `${lines.join('\n')}\n`;
}

function time(s: PlannedSession, ctx: Context): string {
  return formatWallTime(s.startMs, ctx.profile.timezone);
}
