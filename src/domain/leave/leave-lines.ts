import type { TextStyle } from '../checkins/text-style.js';
import type { LeaveLedger, LeaveWeek } from '../leave-ledger.js';
import { formatDay, formatDuration } from '../warnings/format-warning-text.js';
import { formatInstant } from '../week.js';

export interface LeaveView {
  zone: string;
  /** Show every week, or only this one (with the totals around it). */
  focusWeek: string | undefined;
  /** When the focus week lies outside the ledger (outside the program), its own ledger row. */
  outsideWeek?: LeaveWeek;
  notice: string | undefined;
}

const hours = (minutes: number) => (minutes === 0 ? '0' : formatDuration(minutes));

/** `leave` as terminal lines: a table of weeks, the totals, the entitlement, warnings. */
export function renderLeaveLines(ledger: LeaveLedger, view: LeaveView, style: TextStyle): string[] {
  const lines: string[] = [];
  const step = `${ledger.incrementMinutes}-minute`;
  lines.push(style.bold('Leave: work time your IOP, its travel and your events take, that cannot be made up'));
  lines.push(style.dim(`Each absence is counted in ${step} steps, rounded up (as payroll counts intermittent leave).`));
  lines.push('');
  const focus = view.outsideWeek ?? ledger.weeks.find((w) => w.start === view.focusWeek);
  const shown = view.focusWeek === undefined ? ledger.weeks : focus ? [focus] : [];
  lines.push(
    `${'Week'.padEnd(9)}  ${'Dates'.padEnd(15)}  ${'Leave'.padStart(10)}  ${'Counted'.padStart(10)}  ${'Total counted'.padStart(13)}`,
  );
  for (const w of shown) {
    const dates = `${formatDay(w.start).slice(4)} – ${formatDay(w.end).slice(4)}`;
    const total = view.outsideWeek ? '' : hours(w.cumulativeMinutes);
    lines.push(
      `${w.isoWeek.padEnd(9)}  ${dates.padEnd(15)}  ${hours(w.minutes).padStart(10)}  ${hours(w.chargedMinutes).padStart(10)}  ${total.padStart(13)}`,
    );
    if (view.focusWeek !== undefined) {
      for (const a of w.absences) {
        const from = formatInstant(a.startMs, view.zone).slice(11, 16);
        const to = formatInstant(a.endMs, view.zone).slice(11, 16);
        lines.push(
          style.dim(
            `  ${formatDay(a.date)} ${from}–${to}: ${formatDuration(a.minutes)}, counted ${formatDuration(a.chargedMinutes)}`,
          ),
        );
      }
    }
  }
  if (view.outsideWeek) lines.push('', 'This week lies outside your program’s dates.');
  lines.push('');
  const weeks = ledger.weeks.length;
  const span = `Program (${weeks} week${weeks === 1 ? '' : 's'})`;
  lines.push(
    ledger.totalChargedMinutes === 0
      ? `${span}: no leave needed; any work time the IOP displaces is made up at other hours.`
      : `${span}: ${hours(ledger.totalMinutes)} of work that cannot be made up, counted as ${hours(ledger.totalChargedMinutes)} of leave.`,
  );
  if (ledger.entitlementMinutes === undefined) {
    lines.push(
      style.dim('FMLA is not marked as applying to you (work.leave.fmla: false); check your employer’s leave policy.'),
    );
  } else {
    const left = ledger.entitlementMinutes - ledger.totalChargedMinutes;
    lines.push(
      `FMLA entitlement: 12 weeks of your normal hours = ${hours(ledger.entitlementMinutes)}; ` +
        (left >= 0
          ? `${hours(left)} would be left after the program (less any FMLA leave taken in the past 12 months).`
          : `the program needs ${hours(-left)} more than that.`),
    );
  }
  const warnings: string[] = [];
  if (ledger.exhaustedIn) {
    warnings.push(
      `At this pace your FMLA entitlement runs out in ${ledger.exhaustedIn.isoWeek} (week of ${formatDay(ledger.exhaustedIn.start)}); ` +
        'talk to your employer or HR about what happens after that.',
    );
  }
  if (view.notice) warnings.push(view.notice);
  if (warnings.length > 0) lines.push('', ...warnings.map((w) => style.yellow(`! ${w}`)));
  return lines;
}
