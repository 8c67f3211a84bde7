import type { WeekOverrides } from './week-overrides.js';

/**
 * The first `--add/--skip/--closed` date that lies outside the planned week, as a usage message,
 * or undefined. Such a date would be stored with the week and change nothing in it, so a mistyped
 * date or a wrong `--week` would otherwise go unnoticed. Dates are local `YYYY-MM-DD`.
 */
export function findOverrideOutsideWeek(
  overrides: WeekOverrides,
  week: { start: string; end: string; isoWeek: string },
): string | undefined {
  const dated: [flag: string, date: string][] = [
    ...overrides.add.map((a): [string, string] => ['--add', a.date]),
    ...overrides.skip.map((s): [string, string] => ['--skip', s.slice(s.lastIndexOf('@') + 1)]),
    ...overrides.closed.map((date): [string, string] => ['--closed', date]),
  ];
  const outside = dated.find(([, date]) => date < week.start || date > week.end);
  if (!outside) return undefined;
  const [flag, date] = outside;
  return (
    `${flag}: ${date} is not in the week planned (${week.isoWeek}, ${week.start} to ${week.end}); ` +
    `plan that week with --week ${date}`
  );
}
