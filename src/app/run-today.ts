import { DateTime } from 'luxon';
import { createChalk } from '../adapters/render/create-chalk.js';
import { renderToday } from '../adapters/render/render-today.js';
import { localDateOf } from '../domain/week.js';
import { UsageError } from '../errors.js';
import type { Io } from './io.js';
import { buildPlanViewModel } from './plan-view-model.js';
import { planWeek } from './run-plan.js';

export interface TodayOptions {
  config?: string;
  example?: string | boolean;
  date?: string;
  now?: string;
  color: boolean;
  quiet?: boolean;
}

/**
 * `iop-plan today`: allocates the week holding the day (the profile's zone, `--now` respected)
 * and prints that day's agenda. Kept light: no prompt, calendar or template library on this path.
 */
export async function runToday(options: TodayOptions, io: Io): Promise<number> {
  if (options.date !== undefined && !isDate(options.date)) {
    throw new UsageError(`--date: "${options.date}" is not a date (YYYY-MM-DD)`);
  }
  const planned = await planWeek({ ...options, week: options.date ?? 'this' }, io);
  const zone = planned.profile.timezone;
  const today = localDateOf(planned.nowMs, zone);
  const date = options.date ?? today;
  const vm = buildPlanViewModel(planned.plan, planned.profile, 'me');
  const day = vm.days.find((d) => d.date === date);
  if (!day) throw new UsageError(`--date: ${date} is outside the planned week`);
  const chalk = createChalk({ color: options.color, env: io.env, isTTY: io.stdoutIsTTY });
  const lines = renderToday(
    {
      day,
      isToday: date === today,
      nowTime: date === today ? DateTime.fromMillis(planned.nowMs, { zone }).toFormat('HH:mm') : undefined,
      unplaced: vm.unplaced.filter((_, i) => planned.plan.unplaced[i]?.date === date),
      supportNote: vm.supportNote,
    },
    chalk,
  );
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}

function isDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && DateTime.fromISO(text, { zone: 'UTC' }).isValid;
}
