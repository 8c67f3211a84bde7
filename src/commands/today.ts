import { processIo } from '../app/io.js';
import { runToday } from '../app/run-today.js';
import { type TodayFlags, toTodayOptions } from './today-options.js';

/** The flags checked at the command boundary, then the use case. */
export async function todayCommand(flags: TodayFlags): Promise<number> {
  return runToday(toTodayOptions(flags), processIo());
}
