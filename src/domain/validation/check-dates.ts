import type { ProfileInput } from '../profile-schema.js';
import { isRealDate } from '../time/real-date.js';
import { isValidZone } from '../week.js';
import { problemAt, quote } from './format-path.js';

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
  // The schema only checks the `YYYY-MM-DD` shape, not 2026-02-30.
  for (const [path, date] of dated) {
    if (!isRealDate(date)) problems.push(problemAt(path, `"${date}" is not a real date`));
  }
  return problems;
}
