// Kept for the allocator's imports; the time formats live in src/domain/time.
export { formatDuration, formatHours } from '../time/format-duration.js';

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
