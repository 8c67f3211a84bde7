import { UsageError } from '../errors.js';
import { displayText } from '../view/display-text.js';

/** Years the tool plans in: ISO weeks and calendar files past 9998 would need a fifth digit. */
const FIRST_YEAR = 1970;
const LAST_YEAR = 9998;
const LAST_MS = Date.UTC(LAST_YEAR + 1, 0, 1) - 1;

/**
 * `--now`, else SOURCE_DATE_EPOCH (seconds), else the clock (`Io.now`): the only reading of the clock.
 * A value that is not a real date and time (2026-02-30, 25:00) or falls outside the years
 * 1970–9998 is a usage error, never silently moved to another day.
 */
export function resolveNow(
  now: string | undefined,
  env: Record<string, string | undefined>,
  clock: () => number,
): number {
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
  return clock();
}

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|([+-])(\d{2})(?::?(\d{2}))?)?$/i;

/**
 * Parses an ISO 8601 date-time strictly (see resolveNow); throws UsageError. A value without an
 * offset is read as UTC, so the same command gives the same result on any machine. No date
 * library: `today` reads the clock through here on its fast path.
 */
export function parseNow(value: string): number {
  const shown = visible(value);
  const m = ISO.exec(value.trim());
  if (!m) throw new UsageError(`--now: "${shown}" is not an ISO date-time (e.g. 2026-11-26T12:00:00Z)`);
  const [year, month, day, hour = 0, minute = 0, second = 0] = [1, 2, 3, 4, 5, 6].map((k) =>
    m[k] === undefined ? undefined : Number(m[k]),
  ) as number[];
  const fraction = Math.floor(Number(`0.${m[7] ?? '0'}`) * 1000);
  const offsetMinutes = m[9] ? (m[9] === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11] ?? 0)) : 0;
  if (year! < FIRST_YEAR || year! > LAST_YEAR)
    throw new UsageError(`--now: "${shown}" is outside the years ${FIRST_YEAR}–${LAST_YEAR}`);
  const midnight = new Date(Date.UTC(year!, month! - 1, day!));
  const realDay = month! >= 1 && month! <= 12 && midnight.getUTCDate() === day && midnight.getUTCMonth() === month! - 1;
  const realTime = hour <= 23 && minute <= 59 && second <= 59 && Number(m[10] ?? 0) <= 23 && Number(m[11] ?? 0) <= 59;
  if (!realDay || !realTime) throw new UsageError(`--now: "${shown}" is not a real date and time`);
  const ms = Date.UTC(year!, month! - 1, day!, hour, minute, second, fraction) - offsetMinutes * 60_000;
  if (ms < 0 || ms > LAST_MS) throw new UsageError(`--now: "${shown}" is outside the years ${FIRST_YEAR}–${LAST_YEAR}`);
  return ms;
}

/** An echoed value, shortened, with its control characters shown as symbols (never sent raw). */
function visible(text: string): string {
  return displayText(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}
