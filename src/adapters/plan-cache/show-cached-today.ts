import type { Io } from '../../app/io.js';
import { loadChalk } from '../render/load-chalk.js';
import { renderToday } from '../render/render-today.js';
import { profileSourceFile } from './profile-source.js';
import { readCachedDay } from './read-today-cache.js';

export interface CachedTodayRequest {
  config?: string | undefined;
  date?: string | undefined;
  nowMs: number;
  color: boolean;
}

/**
 * `iop-plan today` from the week published earlier, or undefined when there is none that still
 * matches the profile, the overrides and the plan (the caller then allocates afresh). Loads no
 * schema, YAML or time-zone library (nor chalk without colour): this is the fast path.
 */
export async function showCachedToday(
  request: CachedTodayRequest,
  io: Pick<Io, 'env' | 'cwd' | 'stdoutIsTTY'>,
): Promise<string | undefined> {
  const profileFile = profileSourceFile(request.config, io);
  const cached = readCachedDay(io.env, { profileFile, date: request.date, nowMs: request.nowMs });
  if (!cached) return undefined;
  const { entry, date } = cached;
  const day = entry.views.find((d) => d.date === date);
  if (!day) return undefined;
  const isToday = date === cached.today;
  const chalk = await loadChalk({ color: request.color, env: io.env, isTTY: io.stdoutIsTTY });
  const lines = renderToday(
    {
      day,
      isToday,
      nowTime: isToday ? cached.nowTime : undefined,
      unplaced: entry.unplaced.filter((u) => u.date === date).map((u) => u.view),
      supportNote: entry.supportNote,
    },
    chalk,
  );
  return `${lines.join('\n')}\n`;
}
