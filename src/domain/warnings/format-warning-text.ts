const WEEKDAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A YYYY-MM-DD date as people read it in a warning: `2026-12-01` → `Tue 1 Dec`. */
export function formatDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  // Calendar arithmetic in UTC: the date is already local, only its weekday is wanted.
  const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
  return `${WEEKDAY_NAMES[weekday]} ${d} ${MONTH_NAMES[m - 1]}`;
}

/** Whole minutes as `45 min`, `2 h` or `2 h 30 min`. */
export function formatDuration(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  const h = Math.floor(m / 60);
  const rest = m % 60;
  if (h === 0) return `${rest} min`;
  return rest === 0 ? `${h} h` : `${h} h ${rest} min`;
}

/** Hours with at most two decimals and no trailing zeros: `9`, `7.5`, `10.25`. */
export function formatHours(hours: number): string {
  return String(Math.round(hours * 100) / 100);
}

/**
 * A reason written elsewhere, made safe to show: one line, trimmed, without a final full stop.
 * Anything that looks like a program trace (several lines, `at …` frames) or is very long is
 * dropped, so a tired reader never meets it.
 */
export function tidyReason(reason: string): string | undefined {
  const text = reason.trim().replace(/\.+$/, '');
  if (text === '' || text.length > 200 || /[\r\n]/.test(text) || /\bat \S+ \(|Error:/.test(text)) return undefined;
  return text;
}
