/**
 * Text from the profile (and from imported calendars) made safe to show: no control character
 * reaches a terminal, Markdown or HTML document raw. C0 controls are shown as their Unicode
 * "control pictures" (ESC → ␛, BEL → ␇), so an escape sequence is visible as text and does
 * nothing; line breaks and tabs (CR, LF, NEL, U+2028, U+2029) become spaces; C1 controls become
 * U+FFFD; bidirectional overrides and isolates, which can make text read backwards, are removed.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const HAS_UNSAFE = new RegExp(UNSAFE.source);

export function displayText(text: string): string {
  if (!HAS_UNSAFE.test(text)) return text;
  return text.replace(/\r\n/g, ' ').replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    if (c === '\t' || c === '\n' || c === '\r' || code === 0x85 || code === 0x2028 || code === 0x2029) return ' ';
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    if (code <= 0x9f) return '\ufffd';
    return '';
  });
}

/** Every string in a plain data value (objects, arrays) passed through displayText. */
export function displayAll<T>(value: T): T {
  if (typeof value === 'string') return displayText(value) as T;
  if (Array.isArray(value)) return value.map(displayAll) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = displayAll(v);
    return out as T;
  }
  return value;
}

/** JSON text with the characters JSON.stringify leaves raw (DEL, C1, line separators, bidi) as `\uXXXX`. */
export function escapeJsonControls(json: string): string {
  return json.replace(
    /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
