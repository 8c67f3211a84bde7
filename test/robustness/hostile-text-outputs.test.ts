import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { PlanOptions } from '../../src/app/planned-week.js';
import { runPlan } from '../../src/app/run-plan.js';
import { StrictError } from '../../src/errors.js';
import { fakeIo } from '../app/fake-io.js';

/**
 * Text from the profile (and, later, imported calendars) in every place a person writes it, full
 * of what a terminal, a Markdown viewer, a browser or a calendar app would act on: every C0 and
 * C1 control, escape sequences that clear the screen, set the window title or plant a hyperlink,
 * bidirectional overrides, CR, LF and U+2028. None of it may reach an output raw.
 */
const C0 = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');
const C1 = Array.from({ length: 32 }, (_, i) => String.fromCharCode(0x80 + i)).join('');
const HOSTILE = [
  C0,
  '\u007f',
  C1,
  '\u001b[2J\u001b[H', // clear the screen
  '\u001b]0;owned\u0007', // set the terminal title
  '\u001b]8;;https://evil.example/\u001b\\click\u001b]8;;\u001b\\', // a hyperlink
  '\u009b31m', // C1 CSI
  'back\bspace',
  'bare\rreturn',
  'cr\r\nlf',
  '\u2028\u2029',
  '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c',
].join('|');

/** Keys whose string values a person writes. */
const USER_TEXT_KEYS = new Set(['name', 'title', 'label', 'program', 'address', 'location', 'line', 'supportNote']);

let counter = 0;
function poison(value: unknown, key = ''): unknown {
  if (typeof value === 'string' && USER_TEXT_KEYS.has(key)) return `T${++counter} ${HOSTILE} end`;
  if (Array.isArray(value)) return value.map((v) => poison(v, key));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)]));
  return value;
}

/** What must never reach a document raw (a line feed may: it ends lines). */
const RAW_DOCUMENT =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
/** A calendar keeps CR LF line ends and folded-line spaces only. */
const RAW_ICS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|\r(?!\n)|(?<!\r)\n/;

const where = (text: string, pattern: RegExp) => {
  const at = text.search(pattern);
  return at < 0
    ? 'none'
    : `U+${text.charCodeAt(at).toString(16).padStart(4, '0')} in …${JSON.stringify(text.slice(Math.max(0, at - 40), at + 10))}`;
};

function hostileProfile(dir: string): string {
  const base = parse(readFileSync('test/fixtures/profiles/evening-iop-parent.yaml', 'utf8'));
  base.id = 'hostile';
  base.work.address = 'Office';
  base.iop.address = 'Clinic';
  base.duties[0].address = 'School';
  base.habits[1].address = 'Park';
  base.events[0].location = 'Hall';
  base.support = { line: 'Call someone' };
  const file = join(dir, 'hostile.json');
  writeFileSync(file, JSON.stringify(poison(base)));
  return file;
}

describe('hostile text in every user-written field', () => {
  const dir = mkdtempSync(join(tmpdir(), 'iop-hostile-text-'));
  const config = hostileProfile(dir);
  const base: PlanOptions = {
    config,
    week: '2026-11-30',
    now: '2026-11-26T12:00:00Z',
    format: 'text',
    view: 'me',
    color: false,
  };

  it.each([
    ['terminal', 'text', 'me'],
    ['terminal, household', 'text', 'family'],
    ['Markdown', 'md', 'me'],
    ['Markdown, household', 'md', 'family'],
    ['HTML', 'html', 'me'],
    ['HTML, household', 'html', 'family'],
    ['JSON', 'json', 'me'],
  ] as const)('%s: no raw control character', async (_name, format, view) => {
    const io = fakeIo({ dataDir: join(dir, `data-${format}-${view}`), cwd: dir });
    expect(await runPlan({ ...base, format, view }, io)).toBe(0);
    const text = io.out.join('') + io.err.join('');
    expect(text).toMatch(/T\d+ /);
    expect(where(text, RAW_DOCUMENT)).toBe('none');
  });

  it('calendar files of every view, and what --out and --strict print: no raw control character', async () => {
    const io = fakeIo({ dataDir: join(dir, 'data-ics'), cwd: dir });
    const out = join(dir, 'out');
    await expect(runPlan({ ...base, format: 'md', ics: true, view: 'all', out, strict: true }, io)).rejects.toSatisfy(
      (error) => {
        expect(error).toBeInstanceOf(StrictError);
        expect(where((error as Error).message, RAW_DOCUMENT)).toBe('none');
        return true;
      },
    );
    expect(where(io.out.join('') + io.err.join(''), RAW_DOCUMENT)).toBe('none');
    const files = readdirSync(out);
    expect(files.filter((f) => f.endsWith('.ics')).length).toBeGreaterThanOrEqual(2);
    for (const file of files) {
      const text = readFileSync(join(out, file), 'utf8');
      expect(where(text, file.endsWith('.ics') ? RAW_ICS : RAW_DOCUMENT), file).toBe('none');
    }
  });
});
