import type { ChalkInstance } from 'chalk';
import type { PlanViewModel } from '../../view/plan-view-model.js';
import { agendaWidths, renderAgenda } from './render-agenda.js';
import { renderWeekGrid } from './render-week-grid.js';

/**
 * The terminal plan: week grid, per-day agenda, what did not fit, the budget, warnings, and the
 * support note last. Returns lines; colour only through the chalk instance passed in.
 */
export function renderText(vm: PlanViewModel, options: { chalk: ChalkInstance; columns: number }): string[] {
  const { chalk } = options;
  const lines = [chalk.bold(`${vm.name} — ${vm.title}`), `Times in ${vm.timezone}.`, ''];
  lines.push(...renderWeekGrid(vm, options), '');
  const widths = agendaWidths(vm.days, options.columns);
  for (const day of vm.days) lines.push(...renderAgenda(day, chalk, undefined, widths), '');
  lines.push(chalk.bold('What did not fit'));
  if (vm.unplaced.length === 0) lines.push('  Everything fit.');
  // Occurrences that differ only in their day are one line naming every day.
  for (const u of vm.unplacedGroups) {
    const who = u.ownerName ? `, ${u.ownerName}` : '';
    lines.push(`  - ${u.title} (${u.minutes} min, ${u.when}${who}) — ${u.code}: ${u.reason}`);
  }
  lines.push('', chalk.bold('Week budget'));
  const labelWidth = Math.max(...vm.budget.map((r) => r.label.length));
  for (const row of vm.budget) {
    const target = row.target ? `   target ${row.target}` : '';
    lines.push(`  ${row.label.padEnd(labelWidth)}  ${row.hours.padStart(7)}${target}`);
  }
  if (vm.warnings.length > 0) {
    lines.push('', chalk.bold('Warnings'));
    for (const w of vm.warningGroups) lines.push(`  ${chalk.yellow('!')} ${w.message}`);
  }
  if (vm.supportNote) lines.push('', vm.supportNote);
  return lines;
}
