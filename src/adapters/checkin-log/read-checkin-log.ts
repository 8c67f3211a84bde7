import { readFileSync } from 'node:fs';
import { type CheckinEntry, toCheckinEntry } from '../../domain/checkins/checkin-entry.js';
import { UserError } from '../../errors.js';

export interface CheckinLog {
  entries: CheckinEntry[];
  /** The last line was cut off by a crash mid-write: it was skipped. */
  tornTail: boolean;
  /** Other lines that could not be read (edited by hand, or from a newer version): skipped. */
  unreadable: number;
  /** False when the file does not end with a newline (the next append starts a fresh line first). */
  endsWithNewline: boolean;
}

/**
 * Reads the log without changing it. A torn last line is skipped (reported by the caller); a torn
 * line that a later append has sealed is followed by an entry marked `afterTorn` and skipped quietly.
 */
export function readCheckinLog(path: string): CheckinLog {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { entries: [], tornTail: false, unreadable: 0, endsWithNewline: true };
    throw new UserError(`${path} cannot be read (${code ?? 'error'}); it was left as it is (check its permissions)`);
  }
  const endsWithNewline = text === '' || text.endsWith('\n');
  const lines = text.split('\n');
  if (endsWithNewline) lines.pop();
  const parsed = lines.map(parseLine);
  const entries: CheckinEntry[] = [];
  let tornTail = false;
  let unreadable = 0;
  parsed.forEach((entry, i) => {
    if (entry) {
      entries.push(entry);
      return;
    }
    if (lines[i]?.trim() === '') return;
    const isLast = i === lines.length - 1;
    if (isLast && !endsWithNewline) tornTail = true;
    else if (!parsed[i + 1]?.afterTorn) unreadable++;
  });
  return { entries, tornTail, unreadable, endsWithNewline };
}

function parseLine(line: string): CheckinEntry | undefined {
  try {
    return toCheckinEntry(JSON.parse(line));
  } catch {
    return undefined;
  }
}
