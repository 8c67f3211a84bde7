import type { ProfileInput } from '../profile-schema.js';
import { isValidZone } from '../week.js';
import { problemAt, quote } from './format-path.js';

/** True for a real calendar date: the schema only checks the `YYYY-MM-DD` shape, not 2026-02-30. */
export function isRealDate(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= lengths[m - 1]!;
}

/** The time zone and every date field: zones luxon knows, dates that exist. */
export function checkDates(input: ProfileInput): string[] {
  const problems: string[] = [];
  if (!isValidZone(input.timezone)) {
    problems.push(problemAt(['timezone'], `${quote(input.timezone)} is not an IANA time zone (e.g. America/New_York)`));
  }
  const dated: [PropertyKey[], string][] = [];
  if (input.iop) dated.push([['iop', 'startDate'], input.iop.startDate]);
  for (const [i, d] of (input.iop?.closedDates ?? []).entries()) dated.push([['iop', 'closedDates', i], d]);
  for (const [i, d] of (input.work?.daysOff ?? []).entries()) dated.push([['work', 'daysOff', i], d]);
  for (const [i, e] of (input.events ?? []).entries()) dated.push([['events', i, 'date'], e.date]);
  for (const [path, date] of dated) {
    if (!isRealDate(date)) problems.push(problemAt(path, `"${date}" is not a real date`));
  }
  return problems;
}
