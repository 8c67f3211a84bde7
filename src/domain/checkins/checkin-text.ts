/** Longest win or note kept: a line, not a journal. */
export const MAX_TEXT_LENGTH = 280;

/** Trims a win or note to one line; returns the problem instead when it is empty or too long. */
export function tidyCheckinText(text: string): { ok: true; text: string } | { ok: false; problem: string } {
  const tidy = text.replace(/\s+/g, ' ').trim();
  if (tidy === '') return { ok: false, problem: 'is empty' };
  if ([...tidy].length > MAX_TEXT_LENGTH) return { ok: false, problem: `is longer than ${MAX_TEXT_LENGTH} characters` };
  return { ok: true, text: tidy };
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
