/**
 * Plain text as iCalendar allows it: CR LF and lone CR become LF, and other control characters
 * (forbidden in TEXT values, RFC 5545 §3.3.11) are dropped. Tabs are kept.
 */
export function cleanText(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/** A TEXT value escaped per RFC 5545 §3.3.11: backslash, semicolon, comma and newline. */
export function escapeText(text: string): string {
  return cleanText(text).replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
}
