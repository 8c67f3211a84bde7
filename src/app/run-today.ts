import { showCachedToday } from '../adapters/plan-cache/show-cached-today.js';
import { loadChalk } from '../adapters/render/load-chalk.js';
import { renderToday } from '../adapters/render/render-today.js';
import { UsageError } from '../errors.js';
import type { Io } from './io.js';
import { resolveNow } from './resolve-now.js';

export interface TodayOptions {
  config?: string;
  example?: string | boolean;
  date?: string;
  now?: string;
  color: boolean;
  quiet?: boolean;
}

/**
 * `iop-plan today`: the day's agenda (today in the profile's zone, `--now` respected, or
 * `--date`; nothing with `--quiet`, which still checks the profile). From the week published earlier when it still matches the profile and the week's
 * overrides; otherwise allocated afresh. Kept light: the allocator, schema and time-zone
 * libraries load only on the fresh path, and no prompt, calendar or template library at all.
 */
export async function runToday(options: TodayOptions, io: Io): Promise<number> {
  // `--date` is a real date (src/commands/today-options.ts); whether it is in the planned week is checked below.
  const nowMs = resolveNow(options.now, io.env, io.now);
  const stateful = options.example === undefined || options.example === false;
  const cached = stateful ? await showCachedToday({ ...options, nowMs }, io) : undefined;
  const text = cached ?? (await planToday(options, nowMs, io));
  if (!options.quiet) io.stdout(text);
  return 0;
}

/** The fresh path: allocate the week holding the day (pinned to the published plan, if any). */
async function planToday(options: TodayOptions, nowMs: number, io: Io): Promise<string> {
  const [{ formatWallTime }, { planWeek }, { buildPlanViewModel }, { localDateOf }] = await Promise.all([
    import('../domain/time/format-wall-time.js'),
    import('./plan-week.js'),
    import('../view/plan-view-model.js'),
    import('../domain/week.js'),
  ]);
  const now = new Date(nowMs).toISOString();
  const planned = await planWeek({ ...options, now, week: options.date ?? 'this' }, io);
  const zone = planned.profile.timezone;
  const today = localDateOf(nowMs, zone);
  const date = options.date ?? today;
  const vm = buildPlanViewModel(planned.plan, planned.profile, 'me');
  const day = vm.days.find((d) => d.date === date);
  if (!day) throw new UsageError(`--date: ${date} is outside the planned week`);
  const chalk = await loadChalk({ color: options.color, env: io.env, isTTY: io.stdoutIsTTY });
  const lines = renderToday(
    {
      day,
      isToday: date === today,
      nowTime: date === today ? formatWallTime(nowMs, zone) : undefined,
      unplaced: vm.unplaced.filter((_, i) => planned.plan.unplaced[i]?.date === date),
      supportNote: vm.supportNote,
    },
    chalk,
  );
  return `${lines.join('\n')}\n`;
}
