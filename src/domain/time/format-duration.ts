/** Whole minutes as `45 min`, `2 h` or `2 h 30 min`. */
export function formatDuration(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  const h = Math.floor(m / 60);
  const rest = m % 60;
  if (h === 0) return `${rest} min`;
  return rest === 0 ? `${h} h` : `${h} h ${rest} min`;
}

/** A number of hours with at most two decimals and no trailing zeros or unit: `9`, `7.5`, `10.25`. */
export function formatHours(hours: number): string {
  return String(Math.round(hours * 100) / 100);
}

/** Minutes as hours with at most one decimal and the unit: `570` → `9.5 h`. */
export function formatMinutesAsHours(minutes: number): string {
  const hours = Math.round((minutes / 60) * 10) / 10;
  return `${hours} h`;
}
