import { processIo } from '../app/io.js';
import { runCheckin } from '../app/run-checkin.js';
import { type CheckinFlags, toCheckinOptions } from './checkin-options.js';

/** The flags checked at the command boundary, then the use case. */
export async function checkinCommand(flags: CheckinFlags): Promise<number> {
  return runCheckin(toCheckinOptions(flags), processIo());
}
