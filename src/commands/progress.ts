import { processIo } from '../app/io.js';
import { type ProgressOptions, runProgress } from '../app/run-progress.js';

/** `progress`'s flags need no check beyond commander's: the options are the flags as read (src/cli/progress.ts). */
export async function progressCommand(options: ProgressOptions): Promise<number> {
  return runProgress(options, processIo());
}
