import { readFileSync } from 'node:fs';

/** The UTF-8 text of `path`, or undefined when it cannot be read (missing, a folder, no permission). */
export function readTextOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
