import type { TextStyle } from '../checkins/text-style.js';
import type { LeaveLedger, LeaveWeek } from '../leave-ledger.js';
import { formatDay } from '../time/format-day.js';
import { formatDuration, formatHours } from '../time/format-duration.js';
import { formatWallTime } from '../time/format-wall-time.js';
import { FMLA_CONDITIONS } from './fmla-status.js';
import type { LeaveAbsence } from './leave-absences.js';

export interface LeaveView {
  zone: string;
  /** Show every week, or only this one (with the totals around it). */
  focusWeek: string | undefined;
  /** When the focus week lies outside the ledger (outside the program), its own ledger row. */
  outsideWeek?: LeaveWeek;
  notice: string | undefined;
  /** The profile's zone is in the US (the ADA is named only there). */
  inUs: boolean;
  /** The person's answer (`work.leave.eligible`), to say why FMLA is left out. */
  eligible: 'yes' | 'no' | 'unsure';
  /** `work.leave.normalWeeklyHours`, for the eligibility hint. */
  normalWeeklyHours: number;
}

/** FMLA's hours condition (29 CFR 825.110(c)). */
const FMLA_HOURS_PER_YEAR = 1250;

export const NOT_LEGAL_ADVICE =
  'This is information to take to HR or your employer, not legal advice; your employer’s policy and the law where you work decide.';

const hours = (minutes: number) => (minutes === 0 ? '0' : formatDuration(minutes));

/** `leave` as terminal lines: a table of weeks, the totals, FMLA or its alternative, warnings. */
export function renderLeaveLines(ledger: LeaveLedger, view: LeaveView, style: TextStyle): string[] {
  const lines: string[] = [];
  const step = `${ledger.incrementMinutes}-minute`;
  lines.push(style.bold('Leave: work time your IOP and its travel take, that cannot be made up'));
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
    if (view.focusWeek !== undefined) lines.push(...weekDetail(w, view.zone, style));
  }
  if (view.outsideWeek) lines.push('', 'This week lies outside your program’s dates.');
  lines.push('');
  const weeks = ledger.weeks.length;
  const span = `Program (${weeks} week${weeks === 1 ? '' : 's'})`;
  lines.push(
    ledger.totalChargedMinutes === 0
      ? `${span}: no leave needed; your program takes no work time that is not made up at other hours.`
      : `${span}: ${hours(ledger.totalMinutes)} of work that cannot be made up, counted as ${hours(ledger.totalChargedMinutes)} of leave.`,
  );
  if (ledger.totalShortfallMinutes > 0) {
    lines.push(
      `Of that, ${hours(ledger.totalShortfallMinutes)} are flexible work hours that found no room around your program (work.flexible).`,
    );
  }
  if (ledger.totalMissedMinutes > 0) {
    lines.push(
      `Not counted: ${hours(ledger.totalMissedMinutes)} planned around sessions you checked in as missed. ` +
        'Time off for a session you did not attend is not treatment time; if you were away from work anyway, ask HR how to record it.',
    );
  }
  if (ledger.totalPersonalMinutes > 0) {
    lines.push(
      `Your own events take ${hours(ledger.totalPersonalMinutes)} of work time: personal time out of office, not part of this leave and not counted against FMLA.`,
    );
  }
  lines.push('', ...entitlementLines(ledger, view, style));
  const warnings: string[] = [];
  if (ledger.exhaustedIn) {
    warnings.push(
      `At this pace your FMLA entitlement runs out in ${ledger.exhaustedIn.isoWeek} (week of ${formatDay(ledger.exhaustedIn.start)}); ` +
        'talk to your employer or HR about what happens after that.',
    );
  }
  if (view.notice) warnings.push(view.notice);
  if (warnings.length > 0) lines.push('', ...warnings.map((w) => style.yellow(`! ${w}`)));
  lines.push('', style.dim(NOT_LEGAL_ADVICE));
  return lines;
}

function weekDetail(w: LeaveWeek, zone: string, style: TextStyle): string[] {
  const lines: string[] = [];
  const clock = (a: LeaveAbsence) =>
    `${formatDay(a.date)} ${formatWallTime(a.startMs, zone)}–${formatWallTime(a.endMs, zone)}`;
  for (const a of w.absences) {
    lines.push(style.dim(`  ${clock(a)}: ${formatDuration(a.minutes)}, counted ${formatDuration(a.chargedMinutes)}`));
  }
  if (w.shortfallMinutes > 0) {
    lines.push(style.dim(`  Flexible work hours with no room this week: ${formatDuration(w.shortfallMinutes)}`));
  }
  for (const a of w.missed) {
    lines.push(style.dim(`  ${clock(a)}: ${formatDuration(a.minutes)} around a missed session, not counted`));
  }
  for (const a of w.personal) {
    lines.push(
      style.dim(`  ${clock(a)}: ${formatDuration(a.minutes)} out of office for your own event (personal time)`),
    );
  }
  return lines;
}

function entitlementLines(ledger: LeaveLedger, view: LeaveView, style: TextStyle): string[] {
  if (ledger.fmla === 'not-eligible') {
    const route = view.inUs
      ? 'under your employer’s policy or, in the US, as a reasonable accommodation under the ADA (a modified work schedule: 42 U.S.C. 12111(9)(B))'
      : 'under your employer’s policy and the rules where you work';
    const why =
      view.eligible === 'no'
        ? 'You said FMLA leave does not apply to you (work.leave.eligible: no).'
        : 'FMLA is US law and your time zone lies outside the US.';
    return [
      `${why} Ask for a schedule adjustment instead, ${route}; \`iop-plan letter\` drafts the request without FMLA.`,
    ];
  }
  const lines: string[] = [];
  const left =
    ledger.entitlementMinutes === undefined ? undefined : ledger.entitlementMinutes - ledger.totalChargedMinutes;
  const after =
    left === undefined
      ? ''
      : left >= 0
        ? `; ${hours(left)} would be left after the program (less any FMLA leave taken in the past 12 months).`
        : `; the program needs ${hours(-left)} more than that.`;
  const head = ledger.fmla === 'eligible' ? 'FMLA entitlement' : 'FMLA entitlement, if you are eligible';
  lines.push(`${head}: ${ledger.entitlementText}${after}`);
  if (ledger.fmla === 'unsure') {
    lines.push('You are eligible for FMLA leave only if all three hold (29 CFR 825.110):');
    lines.push(...FMLA_CONDITIONS.map((c) => `  - ${c}`));
    const yearly = view.normalWeeklyHours * 52;
    if (view.normalWeeklyHours > 0 && yearly < FMLA_HOURS_PER_YEAR) {
      lines.push(
        style.yellow(
          `At ${formatHours(view.normalWeeklyHours)} h a week you work about ${Math.round(yearly).toLocaleString('en-US')} h a year, under 1,250: FMLA probably does not apply; ask HR about a schedule adjustment.`,
        ),
      );
    }
    lines.push(
      'Ask HR which apply, then set work.leave.eligible to yes or no (`iop-plan letter` asks your employer to confirm meanwhile).',
    );
  }
  return lines;
}
