/**
 * `minutes` rounded up to a whole number of `incrementMinutes` (FMLA lets an employer count
 * intermittent leave in its payroll increment, at most one hour: 29 CFR 825.205).
 * 0 stays 0; 1 minute with a 15-minute increment is 15.
 */
export function roundUpMinutes(minutes: number, incrementMinutes: number): number {
  if (minutes <= 0) return 0;
  const step = Math.max(1, Math.round(incrementMinutes));
  return Math.ceil(minutes / step) * step;
}
