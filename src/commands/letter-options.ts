import type { LetterOptions } from '../app/run-letter.js';
import { UsageError } from '../errors.js';

/** `letter`'s flags as commander reads them (src/cli/letter.ts). */
export interface LetterFlags extends Omit<LetterOptions, 'format'> {
  format?: string;
}

/** `letter`'s flags checked: Markdown (the default) or HTML. */
export function toLetterOptions(flags: LetterFlags): LetterOptions {
  const { format = 'md', ...rest } = flags;
  if (format !== 'md' && format !== 'html') throw new UsageError('--format: choose md or html');
  return { ...rest, format };
}
