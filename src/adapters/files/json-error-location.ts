/** V8 puts this much text before the offending character in "…is not valid JSON" snippets. */
const SNIPPET_CONTEXT = 10;

/**
 * Where a `JSON.parse` error happened and why, in words without V8's snippet. V8 names the
 * position for most errors but only quotes a snippet for an unexpected token, and the wording
 * differs between Node versions; the offset is then recovered from the snippet.
 */
export function locateJsonError(message: string, text: string): { offset: number; reason: string } {
  const position = /at position (\d+)/.exec(message);
  const reason = message
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/ in JSON at position \d+/, '')
    .replace(/, (\.\.\.)?".*"(\.\.\.)? is not valid JSON$/s, '');
  if (position) return { offset: Number(position[1]), reason };
  if (/Unexpected end of JSON input/.test(message)) return { offset: text.length, reason };
  const token = /^Unexpected token '(.)', (\.\.\.)?"(.*)"(\.\.\.)? is not valid JSON$/s.exec(message);
  if (!token) return { offset: 0, reason };
  const [, char = '', before, snippet = '', after] = token;
  if (before) {
    const at = text.indexOf(snippet);
    return { offset: at < 0 ? 0 : at + SNIPPET_CONTEXT, reason };
  }
  if (after) return { offset: Math.max(0, snippet.length - SNIPPET_CONTEXT), reason };
  return { offset: Math.max(0, text.indexOf(char)), reason };
}

/** 1-based line and column of a character offset; CRLF counts as one line end. */
export function lineColumnOf(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return `${line}:${column}`;
}
