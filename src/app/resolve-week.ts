import { mondayOfIsoWeek } from '../domain/time/iso-week.js';
import { addDays, localDateOf } from '../domain/week.js';
import { UsageError } from '../errors.js';

/**
 * A date inside the requested week: `this` and `next` are read in the profile's zone at `nowMs`;
 * `YYYY-MM-DD` is any day of the week; `YYYY-Www` is an ISO week (its Monday).
 */
export function resolveWeekDate(spec: string, nowMs: number, zone: string): string {
  const today = localDateOf(nowMs, zone);
  if (spec === 'this') return today;
  if (spec === 'next') return addDays(today, 7);
  if (/^\d{4}-\d{2}-\d{2}$/.test(spec) && !Number.isNaN(Date.parse(`${spec}T00:00:00Z`))) {
    if (new Date(`${spec}T00:00:00Z`).toISOString().slice(0, 10) === spec) return spec;
  }
  const monday = mondayOfIsoWeek(spec);
  if (monday) return monday;
  throw new UsageError(`--week: "${spec}" is not this, next, a date (YYYY-MM-DD) or an ISO week (YYYY-Www)`);
}
