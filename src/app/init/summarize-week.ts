import type { Plan } from '../../domain/plan-types.js';
import type { Profile } from '../../domain/profile.js';
import { formatDay } from '../../domain/time/format-day.js';

const hours = (minutes: number) => `${(minutes / 60).toFixed(1)} h`;

/** The time budget shown before saving: IOP hours against the target, each day's load, warnings. */
export function summarizeWeek(plan: Plan, profile: Profile): string[] {
  const lines = [`Your week of ${plan.week.start} to ${plan.week.end}:`];
  if (profile.iop) {
    const { min, max } = profile.iop.hoursTarget;
    lines.push(`  IOP: ${plan.budget.iopHours.toFixed(1)} h a week (target ${min}-${max} h)`);
  }
  if (plan.budget.days.length > 0) {
    lines.push('  Day            committed   free');
    for (const day of plan.budget.days) {
      const label = formatDay(day.date);
      lines.push(`  ${label.padEnd(14)} ${hours(day.committed).padStart(9)} ${hours(day.free).padStart(6)}`);
    }
  }
  const missing = plan.unplaced.filter((u) => u.code !== 'closed');
  if (missing.length > 0) {
    lines.push(`  Not placed (${missing.length}):`);
    // The same item missing on several days reads better once, with a count.
    const grouped = new Map<string, number>();
    for (const u of missing) grouped.set(`${u.title}: ${u.reason}`, (grouped.get(`${u.title}: ${u.reason}`) ?? 0) + 1);
    const entries = [...grouped];
    for (const [text, count] of entries.slice(0, 5)) lines.push(`    - ${count > 1 ? `${count}× ` : ''}${text}`);
    if (entries.length > 5) lines.push(`    … and ${entries.length - 5} more`);
  }
  if (plan.warnings.length > 0) {
    lines.push('  Warnings:');
    for (const w of plan.warnings) lines.push(`    - ${w.message}`);
  }
  if (missing.length === 0 && plan.warnings.length === 0) lines.push('  Everything fits, with no warnings.');
  return lines;
}
