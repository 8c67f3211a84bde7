import { processIo } from '../app/io.js';
import { runToday, type TodayOptions } from '../app/run-today.js';

/** Commander has checked the flags (src/cli.ts); this only hands them to the use case. */
export async function todayCommand(options: Record<string, unknown>): Promise<number> {
  return runToday(options as unknown as TodayOptions, processIo());
}
