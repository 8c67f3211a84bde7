import type { ChalkInstance } from 'chalk';
import { CATEGORY_LETTERS, type DayView, type GridSegment, type PlanViewModel } from '../../view/plan-view-model.js';
import { paintCategory } from './category-style.js';
import { fitText } from './fit-text.js';

const LABEL_WIDTH = 3;

/**
 * The week as a grid: one row per hour, one column per day, each cell showing the category
 * (letter and colour) that fills most of that hour of the person's time, with the title where a
 * block begins. Fits `columns` (at least 80).
 */
export function renderWeekGrid(vm: PlanViewModel, options: { chalk: ChalkInstance; columns: number }): string[] {
  const { chalk } = options;
  const width = Math.max(6, Math.floor((Math.max(80, options.columns) - LABEL_WIDTH) / 7) - 1);
  const lines = [
    ' '.repeat(LABEL_WIDTH) +
      vm.days.map((d) => chalk.bold(fitText(`${d.shortWeekday} ${d.date.slice(8)}`, width))).join(' '),
  ];
  for (const hour of vm.hours) {
    const cells = vm.days.map((day) => drawCell(day, hour, vm.firstHour, width, chalk));
    lines.push((String(hour).padStart(2, '0') + ' '.repeat(LABEL_WIDTH)).slice(0, LABEL_WIDTH) + cells.join(' '));
  }
  const legend = vm.legend.map((l) => `${paintCategory(chalk, l.category)(l.letter)} ${l.label}`);
  lines.push(`${' '.repeat(LABEL_WIDTH)}${[...legend, '· free'].join('  ')}`);
  return lines.map((l) => l.trimEnd());
}

function drawCell(day: DayView, hour: number, firstHour: number, width: number, chalk: ChalkInstance): string {
  const segment = dominantSegment(day.segments, hour);
  if (!segment) return fitText('·', width);
  const letter = CATEGORY_LETTERS[segment.category];
  const begins =
    Math.floor(segment.startMinute / 60) === hour || (hour === firstHour && segment.startMinute < hour * 60);
  const text = begins && segment.category !== 'sleep' ? `${letter} ${segment.title}` : letter;
  return paintCategory(chalk, segment.category)(fitText(text, width));
}

/** The person's segment covering most of the hour; ties go to the earlier start. */
function dominantSegment(segments: GridSegment[], hour: number): GridSegment | undefined {
  const from = hour * 60;
  const to = from + 60;
  let best: GridSegment | undefined;
  let bestMinutes = 0;
  for (const s of segments) {
    if (s.owner !== 'me') continue;
    const minutes = Math.min(to, s.endMinute) - Math.max(from, s.startMinute);
    if (minutes > bestMinutes) {
      best = s;
      bestMinutes = minutes;
    }
  }
  return best;
}
