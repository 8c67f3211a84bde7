import { formatDay } from '../time/format-day.js';
import type { ProgressSummary, SessionState } from './summarize-progress.js';
import type { TextStyle } from './text-style.js';

/** Glyphs differ in shape, so colour is never the only cue. */
const GLYPH: Record<SessionState, string> = { attended: '■', missed: '□', open: '·' };

export const REVIEW_NOTE =
  'Many programs review attendance after two missed sessions — talk to your counsellor. ' +
  'They are there to help you keep going, not to judge.';

export interface ProgressHeading {
  program: string;
}

/** `progress` as terminal lines: the week chart, totals, streak, missed sessions, wins. */
export function renderProgressLines(summary: ProgressSummary, heading: ProgressHeading, style: TextStyle): string[] {
  const lines = [style.bold(`Your progress in ${heading.program}`), ''];
  if (summary.weeks.every((w) => w.states.length === 0) && summary.wins.length === 0) {
    lines.push('No sessions to show yet. After a session, record it with `iop-plan checkin`.');
    return lines;
  }
  lines.push('Attendance by week   (■ attended  □ missed  · not checked in yet)');
  const glyph = (s: SessionState) =>
    s === 'attended' ? style.green(GLYPH[s]) : s === 'missed' ? style.yellow(GLYPH[s]) : style.dim(GLYPH[s]);
  summary.weeks.forEach((w, i) => {
    const label = `  Week ${String(i + 1).padStart(2)}  ${formatDay(w.start).padEnd(10)}`;
    const bar = w.states.map(glyph).join(' ');
    const pad = ' '.repeat(Math.max(1, 2 * 7 - w.states.length * 2 + 1));
    lines.push(`${label}  ${bar}${pad}${describeWeek(w)}`.trimEnd());
  });
  lines.push('');
  const checkedIn = summary.attended + summary.missed;
  lines.push(`Attended: ${summary.attended} of ${checkedIn} session${checkedIn === 1 ? '' : 's'} checked in`);
  if (summary.streak > 0) {
    lines.push(
      style.green(`Streak: ${summary.streak} session${summary.streak === 1 ? '' : 's'} in a row. Keep going.`),
    );
  }
  if (summary.open > 0) {
    lines.push(style.dim(`${summary.open} past session${summary.open === 1 ? '' : 's'} not checked in yet.`));
  }
  if (summary.missedSessions.length > 0) {
    lines.push('', `Missed: ${summary.missedSessions.length}`);
    for (const m of summary.missedSessions) {
      lines.push(`  ${formatDay(m.date)}  ${m.title}${m.note ? ` — ${m.note}` : ''}`);
    }
    lines.push(`A missed session never erases your progress: the ${summary.attended} you attended still count.`);
    if (summary.reviewAttendance) lines.push(style.yellow(REVIEW_NOTE));
  }
  lines.push('');
  if (summary.wins.length === 0) {
    lines.push('Small wins: none yet. Add one with `iop-plan checkin --win "…"` — small ones count.');
  } else {
    lines.push(`Small wins (${summary.wins.length})`);
    for (const w of summary.wins) lines.push(`  ${formatDay(w.date).padEnd(10)}  ${w.text}`);
  }
  return lines;
}

function describeWeek(w: { attended: number; missed: number; open: number; states: unknown[] }): string {
  if (w.states.length === 0) return 'no sessions';
  const parts = [`${w.attended} attended`];
  if (w.missed > 0) parts.push(`${w.missed} missed`);
  if (w.open > 0) parts.push(`${w.open} not checked in`);
  return parts.join(', ');
}
