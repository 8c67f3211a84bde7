import { processIo } from '../app/io.js';
import { type InitOptions, runInit } from '../app/run-init.js';

export async function initCommand(options: InitOptions): Promise<number> {
  return runInit(options, processIo());
}
