import { processIo } from '../app/io.js';
import { type LetterOptions, runLetter } from '../app/run-letter.js';

/** Commander has checked the flags (src/cli.ts); this only hands them to the use case. */
export async function letterCommand(options: Record<string, unknown>): Promise<number> {
  return runLetter(options as unknown as LetterOptions, processIo());
}
