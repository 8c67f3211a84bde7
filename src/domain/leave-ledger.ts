import { type LeaveAbsence, leaveAbsences } from './leave/leave-absences.js';
import type { Plan } from './plan-types.js';
import type { Profile } from './profile.js';

/** FMLA: up to 12 workweeks of leave in a 12-month period. */
export const FMLA_WEEKS = 12;

export interface LeaveWeek {
  isoWeek: string;
  start: string;
  end: string;
  absences: LeaveAbsence[];
  /** Work minutes displaced and not made up, as planned. */
  minutes: number;
  /** The same, each absence rounded up to the leave increment. */
  chargedMinutes: number;
  /** Charged minutes from the ledger's first week through this one. */
  cumulativeMinutes: number;
}

export interface LeaveLedger {
  incrementMinutes: number;
  weeks: LeaveWeek[];
  totalMinutes: number;
  totalChargedMinutes: number;
  /** 12 × `normalWeeklyHours`, in minutes; undefined when `work.leave.fmla` is false. */
  entitlementMinutes: number | undefined;
  /** The first week whose cumulative charged leave passes the entitlement. */
  exhaustedIn: LeaveWeek | undefined;
}

/**
 * The leave ledger over consecutive planned weeks: per week, the work time displaced by the IOP,
 * its travel and events that `work.flexible` could not absorb (the plans' `leave`; days off are
 * not leave), each absence rounded up to `work.leave.incrementMinutes`, and the running total.
 */
export function buildLeaveLedger(profile: Profile, plans: Plan[]): LeaveLedger {
  const leave = profile.work?.leave ?? { fmla: false, normalWeeklyHours: 40, incrementMinutes: 15 };
  let cumulative = 0;
  const weeks = plans.map((plan) => {
    const absences = leaveAbsences(plan, leave.incrementMinutes);
    const chargedMinutes = sum(absences.map((a) => a.chargedMinutes));
    cumulative += chargedMinutes;
    return {
      isoWeek: plan.week.isoWeek,
      start: plan.week.start,
      end: plan.week.end,
      absences,
      minutes: sum(absences.map((a) => a.minutes)),
      chargedMinutes,
      cumulativeMinutes: cumulative,
    };
  });
  const entitlementMinutes = leave.fmla ? Math.round(FMLA_WEEKS * leave.normalWeeklyHours * 60) : undefined;
  return {
    incrementMinutes: leave.incrementMinutes,
    weeks,
    totalMinutes: sum(weeks.map((w) => w.minutes)),
    totalChargedMinutes: cumulative,
    entitlementMinutes,
    exhaustedIn:
      entitlementMinutes === undefined ? undefined : weeks.find((w) => w.cumulativeMinutes > entitlementMinutes),
  };
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
