import { processIo } from '../app/io.js';
import { type CheckinOptions, runCheckin } from '../app/run-checkin.js';

/** Commander has checked the flags (src/cli.ts); this only hands them to the use case. */
export async function checkinCommand(options: Record<string, unknown>): Promise<number> {
  return runCheckin(options as unknown as CheckinOptions, processIo());
}
