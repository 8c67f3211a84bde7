import { processIo } from '../app/io.js';
import { runInit } from '../app/run-init.js';
import { type InitFlags, toInitOptions } from './init-options.js';

/** The flags checked at the command boundary, then the use case. */
export async function initCommand(flags: InitFlags): Promise<number> {
  return runInit(toInitOptions(flags), processIo());
}
