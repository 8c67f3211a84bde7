import { processIo } from '../app/io.js';
import { type ProgressOptions, runProgress } from '../app/run-progress.js';

/** Commander has checked the flags (src/cli.ts); this only hands them to the use case. */
export async function progressCommand(options: Record<string, unknown>): Promise<number> {
  return runProgress(options as unknown as ProgressOptions, processIo());
}
