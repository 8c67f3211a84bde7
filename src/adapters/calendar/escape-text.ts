/**
 * Plain text as iCalendar allows it: CR LF, lone CR, NEL and the Unicode line and paragraph
 * separators become LF; other control characters (forbidden in TEXT values, RFC 5545 §3.3.11:
 * C0 but tab and C1) and bidirectional overrides and isolates are dropped. Tabs are kept.
 */
export function cleanText(text: string): string {
  return (
    text
      .replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
  );
}

/** A TEXT value escaped per RFC 5545 §3.3.11: backslash, semicolon, comma and newline. */
export function escapeText(text: string): string {
  return cleanText(text).replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
}
