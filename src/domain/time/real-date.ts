/**
 * True for a date written `YYYY-MM-DD` that exists on the (proleptic Gregorian) calendar:
 * `2026-02-29` and `2026-13-01` are not dates, `2028-02-29` is. The one check of "is this a real
 * date" for flags, the profile and check-ins.
 */
export function isRealDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= lengths[m - 1]!;
}
