const WEEKDAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A YYYY-MM-DD date as people read it: `2026-12-01` → `Tue 1 Dec`. Fixed English names, not
 * `Intl`: the same output on every machine (ICU versions disagree on `Sep`/`Sept`) and no
 * formatter to build at start-up.
 */
export function formatDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  // Calendar arithmetic in UTC: the date is already local, only its weekday is wanted.
  const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
  return `${WEEKDAY_NAMES[weekday]} ${d} ${MONTH_NAMES[m - 1]}`;
}
