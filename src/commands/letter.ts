import { processIo } from '../app/io.js';
import { runLetter } from '../app/run-letter.js';
import { type LetterFlags, toLetterOptions } from './letter-options.js';

/** The flags checked at the command boundary, then the use case. */
export async function letterCommand(flags: LetterFlags): Promise<number> {
  return runLetter(toLetterOptions(flags), processIo());
}
