import type { ChalkInstance } from 'chalk';
import type { DayView, UnplacedView } from '../../view/plan-view-model.js';
import { renderAgenda } from './render-agenda.js';

export interface TodayView {
  day: DayView;
  isToday: boolean;
  /** Wall time `HH:MM` of now when the day is today, to point at what comes next. */
  nowTime: string | undefined;
  unplaced: UnplacedView[];
  supportNote: string;
}

/** `iop-plan today`: the day's agenda with leave-by times, what comes next, what did not fit that day. */
export function renderToday(view: TodayView, chalk: ChalkInstance): string[] {
  const { day } = view;
  const heading = `${view.isToday ? 'Today, ' : ''}${day.weekday} ${day.label.slice(4)}`;
  const lines = renderAgenda(day, chalk, heading);
  const next =
    view.nowTime === undefined
      ? undefined
      : day.items.find((i) => i.owner === 'me' && (i.leaveBy ?? i.start) >= (view.nowTime ?? ''));
  if (next) {
    const leave = next.leaveBy ? `leave by ${next.leaveBy} for ` : '';
    lines.push('', `Next: ${leave}${next.title} at ${next.start}`);
  }
  if (view.unplaced.length > 0) {
    lines.push('', chalk.bold('Did not fit'));
    for (const u of view.unplaced) lines.push(`  - ${u.title} (${u.minutes} min): ${u.reason}`);
  }
  lines.push('', view.supportNote);
  return lines;
}
