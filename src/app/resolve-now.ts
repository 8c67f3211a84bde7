import { DateTime } from 'luxon';
import { displayText } from '../adapters/render/display-text.js';
import { UsageError } from '../errors.js';

/** Years the tool plans in: ISO weeks and calendar files past 9998 would need a fifth digit. */
const FIRST_YEAR = 1970;
const LAST_YEAR = 9998;
const LAST_MS = Date.UTC(LAST_YEAR + 1, 0, 1) - 1;

/**
 * `--now`, else SOURCE_DATE_EPOCH (seconds), else the clock: the only reading of the clock.
 * A value that is not a real date and time (2026-02-30, 25:00) or falls outside the years
 * 1970–9998 is a usage error, never silently moved to another day.
 */
export function resolveNow(now: string | undefined, env: Record<string, string | undefined>): number {
  if (now !== undefined) return parseNow(now);
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    const ms = /^\d{1,15}$/.test(epoch.trim()) ? Number(epoch.trim()) * 1000 : Number.NaN;
    if (!(ms >= 0 && ms <= LAST_MS))
      throw new UsageError(
        `SOURCE_DATE_EPOCH: "${visible(epoch)}" is not a whole number of seconds from 1970 to the end of ${LAST_YEAR}`,
      );
    return ms;
  }
  return Date.now();
}

/** Parses an ISO 8601 date-time strictly (see resolveNow); throws UsageError. */
export function parseNow(value: string): number {
  const text = value.trim();
  const shown = visible(value);
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?)?(Z|[+-]\d{2}(:?\d{2})?)?$/i.test(text))
    throw new UsageError(`--now: "${shown}" is not an ISO date-time (e.g. 2026-11-26T12:00:00Z)`);
  const parsed = DateTime.fromISO(text.replace(' ', 'T'), { setZone: true, zone: 'utc' });
  if (!parsed.isValid) throw new UsageError(`--now: "${shown}" is not a real date and time`);
  if (parsed.year < FIRST_YEAR || parsed.year > LAST_YEAR)
    throw new UsageError(`--now: "${shown}" is outside the years ${FIRST_YEAR}–${LAST_YEAR}`);
  const ms = parsed.toMillis();
  if (ms < 0 || ms > LAST_MS) throw new UsageError(`--now: "${shown}" is outside the years ${FIRST_YEAR}–${LAST_YEAR}`);
  return ms;
}

/** An echoed value, shortened, with its control characters shown as symbols (never sent raw). */
function visible(text: string): string {
  return displayText(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}
