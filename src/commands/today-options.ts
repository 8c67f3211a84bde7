import type { TodayOptions } from '../app/run-today.js';
import { isRealDate } from '../domain/time/real-date.js';
import { UsageError } from '../errors.js';

/** `today`'s flags as commander reads them (src/cli/today.ts). */
export interface TodayFlags {
  config?: string;
  example?: string | boolean;
  date?: string;
  now?: string;
  color: boolean;
  quiet?: boolean;
}

/**
 * `today`'s flags checked: `--date` a real date. Whether it falls in the planned week depends on
 * the profile, and the use case checks it (src/app/run-today.ts).
 */
export function toTodayOptions(flags: TodayFlags): TodayOptions {
  if (flags.date !== undefined && !isRealDate(flags.date)) {
    throw new UsageError(`--date: "${flags.date}" is not a date (YYYY-MM-DD)`);
  }
  return flags;
}
