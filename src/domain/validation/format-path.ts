/** Longest text quoted back to the person; hostile files can hold megabyte-long keys or values. */
const MAX_QUOTED = 40;

/** `duties.1.start`: keys that are not plain identifiers are quoted, long ones shortened. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment) => {
      if (typeof segment === 'number') return String(segment);
      const text = String(segment);
      return /^[A-Za-z_$][\w$-]*$/.test(text) && text.length <= MAX_QUOTED ? text : quote(text);
    })
    .join('.');
}

/** `path: message`, or the message alone for the document itself. */
export function problemAt(path: readonly PropertyKey[], message: string): string {
  const where = formatPath(path);
  return where === '' ? message : `${where}: ${message}`;
}

/** A JSON-quoted string, cut to a readable length. */
export function quote(text: string): string {
  return JSON.stringify(text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text);
}

/** How a wrong value is named back: `"60"`, `the number 9`, `a list`, `empty`. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (typeof value === 'string') return value === '' ? 'empty text' : quote(value);
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Uint8Array) return 'binary data';
  if (typeof value === 'object') return 'a mapping';
  return typeof value;
}

/** Shortens a long JSON string literal that opens a message (schema messages quote the input first). */
export function shortenQuotes(message: string): string {
  const match = /^"(?:[^"\\]|\\.)*"/.exec(message);
  if (!match || match[0].length <= MAX_QUOTED + 2) return message;
  return `${quote(JSON.parse(match[0]) as string)}${message.slice(match[0].length)}`;
}
