/**
 * Where things are in an `.ics` file, for messages: iCalendar folds long lines (a line starting
 * with a space or tab continues the one before), so a property's line number is that of the
 * first physical line of its logical line.
 */
export interface IcsLines {
  /** Logical (unfolded) lines with the 1-based physical line each starts on. */
  lines: { text: string; line: number }[];
  /** For the n-th VEVENT of the file (0-based), its logical lines' index range `[begin, end]`. */
  events: { begin: number; end: number }[];
}

export function indexIcsLines(text: string): IcsLines {
  const physical = text.split(/\r\n|\n|\r/);
  const lines: IcsLines['lines'] = [];
  physical.forEach((raw, i) => {
    const last = lines[lines.length - 1];
    if (last && (raw.startsWith(' ') || raw.startsWith('\t'))) last.text += raw.slice(1);
    else lines.push({ text: raw, line: i + 1 });
  });
  const events: IcsLines['events'] = [];
  lines.forEach((l, i) => {
    const upper = l.text.trim().toUpperCase();
    if (upper === 'BEGIN:VEVENT') events.push({ begin: i, end: lines.length - 1 });
    if (upper === 'END:VEVENT' && events.length > 0) events[events.length - 1]!.end = i;
  });
  return { lines, events };
}

/** The physical line of property `name` in the n-th VEVENT, else of the VEVENT's BEGIN line. */
export function propertyLine(index: IcsLines, eventIndex: number, name?: string): number | undefined {
  const range = index.events[eventIndex];
  if (!range) return undefined;
  if (name !== undefined) {
    const upper = name.toUpperCase();
    for (let i = range.begin; i <= range.end; i++) {
      const text = index.lines[i]!.text.toUpperCase();
      if (text.startsWith(`${upper}:`) || text.startsWith(`${upper};`)) return index.lines[i]!.line;
    }
  }
  return index.lines[range.begin]!.line;
}

/**
 * The line an ical.js parse error is about: its messages quote the offending text
 * (`invalid line (no token ";" or ":") "foo"`), which is searched for among the lines.
 */
export function lineOfParseError(index: IcsLines, message: string): number | undefined {
  // The quoted text is the message's last; earlier quotes are parts of the message itself.
  const last = /"([^"]+)"\s*$/.exec(message)?.[1];
  const quoted = [...message.matchAll(/"([^"]{2,})"/g)].map((m) => m[1]!);
  for (const q of [...(last ? [last] : []), ...quoted.reverse()]) {
    const hit = index.lines.find((l) => l.text.includes(q));
    if (hit) return hit.line;
  }
  return undefined;
}

/** Text of a file's bytes: UTF-8, a BOM dropped. */
export function decodeIcs(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8').decode(bytes);
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}
