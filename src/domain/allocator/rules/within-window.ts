/**
 * Rule 5: a flexible item lies inside its window on an allowed day with exactly its minutes.
 * All values are epoch minutes; the window is `[windowStart, windowEnd)`.
 */
export function isWithinWindow(start: number, minutes: number, windowStart: number, windowEnd: number): boolean {
  return start >= windowStart && start + minutes <= windowEnd;
}
