import { UsageError } from '../errors.js';

/** `--now`, else SOURCE_DATE_EPOCH (seconds), else the clock: the only reading of the clock. */
export function resolveNow(now: string | undefined, env: Record<string, string | undefined>): number {
  if (now !== undefined) {
    const ms = Date.parse(now);
    if (Number.isNaN(ms)) throw new UsageError(`--now: "${now}" is not an ISO date-time`);
    return ms;
  }
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch)) return Number(epoch) * 1000;
  return Date.now();
}
