import { closeSync, fsyncSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CheckinEntry } from '../../domain/checkins/checkin-entry.js';

/**
 * Appends entries to the log, one `write` and one `fsync` per line, so a crash loses at most the
 * line being written and never touches earlier ones. The file is opened for appending only and
 * created with mode 0600 (health information). When the file ends in a torn line, the first new
 * line starts after a newline and is marked `afterTorn`, so readers know the line before it is junk.
 */
export function appendCheckins(path: string, entries: CheckinEntry[], afterTornLine: boolean): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const fd = openSync(path, 'a', 0o600);
  try {
    entries.forEach((entry, i) => {
      const sealing = afterTornLine && i === 0;
      const line = `${sealing ? '\n' : ''}${JSON.stringify(sealing ? { ...entry, afterTorn: true } : entry)}\n`;
      writeSync(fd, line);
      fsyncSync(fd);
    });
  } finally {
    closeSync(fd);
  }
}
