import { processIo } from '../app/io.js';
import { type LeaveOptions, runLeave } from '../app/run-leave.js';

/** Commander has checked the flags (src/cli.ts); this only hands them to the use case. */
export async function leaveCommand(options: Record<string, unknown>): Promise<number> {
  return runLeave(options as unknown as LeaveOptions, processIo());
}
