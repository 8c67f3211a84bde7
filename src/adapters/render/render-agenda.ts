import type { ChalkInstance } from 'chalk';
import { CATEGORY_LETTERS, type DayView } from '../../view/plan-view-model.js';
import { paintCategory } from './category-style.js';
import { fitText } from './fit-text.js';

/** One day's agenda: time, category letter, title, who, and when to leave for located items. */
export function renderAgenda(
  day: DayView,
  chalk: ChalkInstance,
  heading = `${day.weekday} ${day.label.slice(4)}`,
  /** Days rendered together pass the same widths so their columns line up. */
  widths = agendaWidths([day]),
): string[] {
  const lines = [chalk.bold(heading)];
  if (day.items.length === 0) lines.push('  (nothing planned)');
  const { titleWidth, ownerWidth } = widths;
  for (const item of day.items) {
    const letter = paintCategory(chalk, item.category)(CATEGORY_LETTERS[item.category]);
    const leave = item.leaveBy ? chalk.bold(`leave by ${item.leaveBy}`) : '';
    const row = `  ${item.time.padEnd(16)} ${letter} ${fitText(item.title, titleWidth)}  ${fitText(item.ownerName, ownerWidth)}  ${leave}`;
    lines.push(row.trimEnd());
  }
  return lines;
}

/** Title and owner columns sized to the longest entries, cut so a row fits `columns` (rows are 80 at most by default). */
export function agendaWidths(days: DayView[], columns = 80): { titleWidth: number; ownerWidth: number } {
  const items = days.flatMap((d) => d.items);
  const ownerWidth = Math.min(14, Math.max(0, ...items.map((i) => [...i.ownerName].length)));
  // 2 indent + 16 time + 3 letter + 2 + owner + 2 + 14 "leave by HH:MM".
  const room = Math.max(12, Math.max(80, columns) - 39 - ownerWidth);
  return { titleWidth: Math.min(room, Math.max(0, ...items.map((i) => [...i.title].length))), ownerWidth };
}
