import type { MsInterval } from './calendar/merge-intervals.js';
import { describeEntitlement, type FmlaStatus, fmlaStatusOf } from './leave/fmla-status.js';
import { type LeaveAbsence, leaveAbsences } from './leave/leave-absences.js';
import { missedSessionSpans } from './leave/missed-session-spans.js';
import { roundUpMinutes } from './leave/round-up-minutes.js';
import { workShortfallMinutes } from './leave/treatment-away.js';
import type { Leave, Plan } from './plan-types.js';
import type { Profile } from './profile.js';

export interface LeaveWeek {
  isoWeek: string;
  start: string;
  end: string;
  /** Treatment leave: work time sessions, flexible IOP items, their travel and transitions displace. */
  absences: LeaveAbsence[];
  /** Flexible work hours (no shifts) that found no room this week: displaced, without a clock time. */
  shortfallMinutes: number;
  /** Treatment leave and shortfall, not made up. */
  minutes: number;
  /** The same, each absence (and the week's shortfall) rounded up to the leave increment. */
  chargedMinutes: number;
  /** Charged minutes from the ledger's first week through this one. */
  cumulativeMinutes: number;
  /** Work given up for the person's own events: out of office, not leave, never counted against FMLA. */
  personal: LeaveAbsence[];
  personalMinutes: number;
  /** Leave planned around sessions checked in as missed: not treatment time, shown apart, not counted. */
  missed: LeaveAbsence[];
  missedMinutes: number;
}

export interface LeaveLedger {
  incrementMinutes: number;
  weeks: LeaveWeek[];
  totalMinutes: number;
  totalChargedMinutes: number;
  totalShortfallMinutes: number;
  totalPersonalMinutes: number;
  totalMissedMinutes: number;
  fmla: FmlaStatus;
  /** `12 weeks × 20 h a week (the week your shifts add up to) = 240 h`, or why there is no figure. */
  entitlementText: string;
  /** 12 × `normalWeeklyHours`, in minutes; undefined when FMLA is not for this person or the week is unknown. */
  entitlementMinutes: number | undefined;
  /** The first week whose cumulative charged leave passes the entitlement. */
  exhaustedIn: LeaveWeek | undefined;
}

export interface LedgerInput {
  /** `sessionKey`s of the sessions whose latest check-in says missed. */
  missed?: ReadonlySet<string>;
}

/**
 * The leave ledger over consecutive planned weeks (DESIGN §4a). Only treatment displaces work into
 * leave: sessions and flexible IOP items with their travel, arrive-early and transition minutes
 * (the plans' `treatment` leave), and flexible work hours that found no room. Each absence is
 * rounded up to `work.leave.incrementMinutes` (29 CFR 825.205). `personal` leave (events) and
 * leave around missed sessions are listed apart and never counted. The entitlement is
 * 12 × `normalWeeklyHours` while FMLA may apply (`eligible: yes`, or `unsure` in the US).
 */
export function buildLeaveLedger(profile: Profile, plans: Plan[], input: LedgerInput = {}): LeaveLedger {
  const increment = Math.min(60, profile.work?.leave.incrementMinutes ?? 15);
  const missedKeys = input.missed ?? new Set<string>();
  const zone = profile.timezone;
  let cumulative = 0;
  const weeks = plans.map((plan): LeaveWeek => {
    const spans = missedSessionSpans(profile, plan, missedKeys);
    const treatment = plan.leave.filter((l) => l.kind !== 'personal');
    const missedLeave = treatment.filter((l) => overlapsAny(l, spans));
    const takenLeave = treatment.filter((l) => !overlapsAny(l, spans));
    const absences = leaveAbsences(takenLeave, zone, increment);
    const personal = leaveAbsences(
      plan.leave.filter((l) => l.kind === 'personal'),
      zone,
      increment,
    );
    const missed = leaveAbsences(missedLeave, zone, increment);
    const shortfallMinutes = workShortfallMinutes(profile, plan);
    const chargedMinutes = sum(absences.map((a) => a.chargedMinutes)) + roundUpMinutes(shortfallMinutes, increment);
    cumulative += chargedMinutes;
    return {
      isoWeek: plan.week.isoWeek,
      start: plan.week.start,
      end: plan.week.end,
      absences,
      shortfallMinutes,
      minutes: sum(absences.map((a) => a.minutes)) + shortfallMinutes,
      chargedMinutes,
      cumulativeMinutes: cumulative,
      personal,
      personalMinutes: sum(personal.map((a) => a.minutes)),
      missed,
      missedMinutes: sum(missed.map((a) => a.minutes)),
    };
  });
  const fmla = fmlaStatusOf(profile);
  const entitlement = describeEntitlement(profile);
  const entitlementMinutes = fmla === 'not-eligible' ? undefined : entitlement.minutes;
  return {
    incrementMinutes: increment,
    weeks,
    totalMinutes: sum(weeks.map((w) => w.minutes)),
    totalChargedMinutes: cumulative,
    totalShortfallMinutes: sum(weeks.map((w) => w.shortfallMinutes)),
    totalPersonalMinutes: sum(weeks.map((w) => w.personalMinutes)),
    totalMissedMinutes: sum(weeks.map((w) => w.missedMinutes)),
    fmla,
    entitlementText: entitlement.text,
    entitlementMinutes,
    exhaustedIn:
      entitlementMinutes === undefined ? undefined : weeks.find((w) => w.cumulativeMinutes > entitlementMinutes),
  };
}

function overlapsAny(leave: Leave, spans: MsInterval[]): boolean {
  const startMs = Date.parse(leave.start);
  const endMs = Date.parse(leave.end);
  return spans.some((s) => s.startMs < endMs && startMs < s.endMs);
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
