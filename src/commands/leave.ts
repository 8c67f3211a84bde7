import { processIo } from '../app/io.js';
import { type LeaveOptions, runLeave } from '../app/run-leave.js';

/** `leave`'s flags need no check beyond commander's: the options are the flags as read (src/cli/leave.ts). */
export async function leaveCommand(options: LeaveOptions): Promise<number> {
  return runLeave(options, processIo());
}
