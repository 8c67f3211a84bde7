/** Longest win or note kept: a line, not a journal. */
export const MAX_TEXT_LENGTH = 280;

/** Trims a win or note to one line; returns the problem instead when it is empty or too long. */
export function tidyCheckinText(text: string): { ok: true; text: string } | { ok: false; problem: string } {
  const tidy = text.replace(/\s+/g, ' ').trim();
  if (tidy === '') return { ok: false, problem: 'is empty' };
  if ([...tidy].length > MAX_TEXT_LENGTH) return { ok: false, problem: `is longer than ${MAX_TEXT_LENGTH} characters` };
  return { ok: true, text: tidy };
}
