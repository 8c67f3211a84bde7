const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** Undoes any folding (CRLF followed by a space or tab), so a calendar can be refolded. */
export function unfoldLines(ics: string): string {
  return ics.replace(/\r\n[ \t]/g, '');
}

/**
 * Folds one content line at 75 octets (RFC 5545 §3.1) without splitting a UTF-8 character:
 * continuation lines start with a space and carry at most 74 octets after it.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = MAX_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Refolds a whole calendar by octets, with CRLF after every line (including the last). */
export function refoldCalendar(ics: string): string {
  const lines = unfoldLines(ics).split('\r\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
