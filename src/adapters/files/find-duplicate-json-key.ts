/**
 * The first key repeated within one JSON object, with the offset of its second occurrence.
 * `JSON.parse` keeps the last value silently ("timezone" twice: the last wins); a profile is
 * refused instead. Expects text that `JSON.parse` has accepted.
 */
export function findDuplicateJsonKey(text: string): { key: string; offset: number } | undefined {
  const stack: (Set<string> | undefined)[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      const end = stringEnd(text, i);
      const keys = stack[stack.length - 1];
      if (keys && isKey(text, end)) {
        const key = JSON.parse(text.slice(i, end)) as string;
        if (keys.has(key)) return { key: key.length > 40 ? `${key.slice(0, 40)}…` : key, offset: i };
        keys.add(key);
      }
      i = end;
      continue;
    }
    if (c === '{') stack.push(new Set());
    else if (c === '[') stack.push(undefined);
    else if (c === '}' || c === ']') stack.pop();
    i++;
  }
  return undefined;
}

/** The index just past the closing quote of the string starting at `start`. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\') i += 2;
    else if (c === '"') return i + 1;
    else i++;
  }
  return text.length;
}

/** A string is a key when the next non-space character is a colon. */
function isKey(text: string, from: number): boolean {
  let i = from;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return text[i] === ':';
}
