import { unfoldLines } from './fold-lines.js';

const linesOf = (ics: string) => unfoldLines(ics).split(/\r?\n/);
const valuesOf = (ics: string, name: string) =>
  linesOf(ics)
    .filter((l) => l.startsWith(`${name}:`))
    .map((l) => l.slice(name.length + 1));

/**
 * A calendar file this tool wrote for this profile, known by its content alone: the same PRODID
 * as the file about to replace it, and at least one of the same UIDs (hashes of the profile id,
 * source and date that no other program produces). Used when the record of written files does
 * not list the file (lost, or the folder was synced from another machine).
 */
export function isOwnCalendar(existing: string, content: string): boolean {
  if (!existing.startsWith('BEGIN:VCALENDAR')) return false;
  const prodId = valuesOf(existing, 'PRODID');
  if (prodId.length !== 1 || prodId[0] !== valuesOf(content, 'PRODID')[0]) return false;
  const fresh = new Set(valuesOf(content, 'UID'));
  return valuesOf(existing, 'UID').some((uid) => fresh.has(uid));
}

/**
 * The existing file when it differs from the new one only in DTSTAMP (the time it was written):
 * then nothing changed, the file is left as last written and sync folders see no change
 * (DESIGN §5 r2). Otherwise the new content.
 */
export function keepUnchanged(existing: string | undefined, content: string): string {
  if (existing === undefined) return content;
  const withoutStamp = (ics: string) =>
    linesOf(ics)
      .filter((l) => !l.startsWith('DTSTAMP:'))
      .join('\n');
  return withoutStamp(existing) === withoutStamp(content) ? existing : content;
}
