/*
 * ISO 8601 weeks (`2026-W49`), by calendar arithmetic alone: no time-zone library, so that the
 * fast `today` path can name a week folder without loading one.
 */

const DAY_MS = 86_400_000;

/** ISO 8601 week of the UTC day holding `ms`: the week belongs to the year of its Thursday. */
export function isoWeekOfUtcDay(ms: number): string {
  const day = Math.floor(ms / DAY_MS) * DAY_MS;
  const mondayBased = (new Date(day).getUTCDay() + 6) % 7;
  const thursday = day + (3 - mondayBased) * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The ISO week (`2026-W49`) of a `YYYY-MM-DD` date. */
export function isoWeekOf(date: string): string {
  return isoWeekOfUtcDay(Date.parse(`${date}T00:00:00Z`));
}

/** The Monday of an ISO week string (`2026-W49` → `2026-11-30`), or undefined if malformed or out of range. */
export function mondayOfIsoWeek(isoWeek: string): string | undefined {
  const m = /^(\d{4})-W(\d{2})$/.exec(isoWeek);
  if (!m) return undefined;
  // 4 January is always in week 1; its Monday opens week 1.
  const jan4 = new Date(0);
  jan4.setUTCFullYear(Number(m[1]), 0, 4);
  const mondayOfWeek1 = jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * DAY_MS;
  const monday = mondayOfWeek1 + (Number(m[2]) - 1) * 7 * DAY_MS;
  return isoWeekOfUtcDay(monday) === isoWeek ? new Date(monday).toISOString().slice(0, 10) : undefined;
}
