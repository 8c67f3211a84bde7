import type { CheckinLog } from './read-checkin-log.js';

/** What the person should hear about a log that was not read whole: one line each, never a stack trace. */
export function logWarnings(log: CheckinLog, path: string): string[] {
  const warnings: string[] = [];
  if (log.tornTail) {
    warnings.push(
      `warning: the last line of ${path} was cut off (an interrupted write) and was skipped; your other check-ins are safe`,
    );
  }
  if (log.unreadable > 0) {
    const lines = log.unreadable === 1 ? '1 line' : `${log.unreadable} lines`;
    warnings.push(
      `warning: ${lines} of ${path} could not be read and ${log.unreadable === 1 ? 'was' : 'were'} skipped`,
    );
  }
  return warnings;
}
