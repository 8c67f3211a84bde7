import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

/** One malformed or hostile profile: the file's name and bytes, and the path it broke (if one). */
export interface HostileCase {
  name: string;
  file: string;
  content: string | Uint8Array;
  /** The document path the mutation touched, e.g. `duties.1.start`, when it is a field. */
  path?: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const EXAMPLES_DIR = 'templates/profiles';

/** The shipped examples, parsed, with their names. */
export function loadExamples(): { name: string; doc: Json; text: string }[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(EXAMPLES_DIR, f), 'utf8');
      return { name: f.replace('.yaml', ''), doc: parse(text) as Json, text };
    });
}

function leavesOf(value: Json, path: Path = []): { path: Path; value: Json }[] {
  if (Array.isArray(value)) return [{ path, value }, ...value.flatMap((v, i) => leavesOf(v, [...path, i]))];
  if (value !== null && typeof value === 'object') {
    return [{ path, value }, ...Object.entries(value).flatMap(([k, v]) => leavesOf(v, [...path, k]))];
  }
  return [{ path, value }];
}

function withValueAt(doc: Json, path: Path, replace: (old: Json) => Json): Json {
  const copy = structuredClone(doc);
  if (path.length === 0) return replace(copy);
  let parent = copy as Record<string | number, Json>;
  for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  parent[last] = replace(parent[last]!);
  return copy;
}

/** A different JSON type for every value: wrong types never pass the schema. */
function wrongType(value: Json): Json {
  if (typeof value === 'string') return 42;
  if (typeof value === 'number') return 'forty-two';
  if (typeof value === 'boolean') return 'yes';
  if (Array.isArray(value)) return { not: 'a list' };
  if (value === null) return 'x';
  return 'not a mapping';
}

const TIME_KEYS = /^(start|end|bedtime|wake|earliest|latest)$/;
const DATE_KEYS = /^(startDate|date)$/;

let counter = 0;
function serialise(name: string, doc: Json, path?: Path): HostileCase {
  counter++;
  const json = counter % 2 === 0;
  return {
    name,
    file: `case-${counter}.${json ? 'json' : 'yaml'}`,
    content: json ? JSON.stringify(doc, null, 2) : stringify(doc),
    path: path?.join('.'),
  };
}

/**
 * Several hundred profiles, each broken in one way, built by mutating the shipped examples:
 * wrong types, out-of-range numbers, unknown keys, unknown references, bad times and dates,
 * huge counts, deep nesting, alias bombs, bad encodings, oversized files and broken syntax.
 */
export function buildHostileCases(): HostileCase[] {
  counter = 0;
  const cases: HostileCase[] = [];
  for (const { name, doc, text } of loadExamples()) {
    const leaves = leavesOf(doc).filter((l) => l.path.length > 0);
    // Wrong types: every third value, so each section is hit without thousands of cases.
    for (const [i, leaf] of leaves.entries()) {
      if (i % 3 !== 0) continue;
      cases.push(
        serialise(`${name}: wrong type at ${leaf.path.join('.')}`, withValueAt(doc, leaf.path, wrongType), leaf.path),
      );
    }
    for (const leaf of leaves.filter((l) => typeof l.value === 'number')) {
      for (const bad of [-1, 1e9]) {
        cases.push(
          serialise(
            `${name}: ${bad} at ${leaf.path.join('.')}`,
            withValueAt(doc, leaf.path, () => bad),
            leaf.path,
          ),
        );
      }
    }
    for (const leaf of leaves.filter(
      (l) => l.value !== null && typeof l.value === 'object' && !Array.isArray(l.value),
    )) {
      const keys = Object.keys(leaf.value as object);
      const typo = `${keys[0]?.slice(0, -1) ?? 'x'}q`;
      const mutated = withValueAt(doc, leaf.path, (old) => ({ ...(old as object), [typo]: 1 }));
      cases.push(serialise(`${name}: unknown key ${typo} in ${leaf.path.join('.')}`, mutated, [...leaf.path, typo]));
    }
    for (const leaf of leaves.filter((l) => typeof l.value === 'string')) {
      const key = String(leaf.path[leaf.path.length - 1]);
      const parentKey = String(leaf.path[leaf.path.length - 2]);
      if (TIME_KEYS.test(key) || parentKey === 'window') {
        cases.push(
          serialise(
            `${name}: 25:00 at ${leaf.path.join('.')}`,
            withValueAt(doc, leaf.path, () => '25:00'),
            leaf.path,
          ),
        );
      } else if (DATE_KEYS.test(key) || /^(closedDates|daysOff)$/.test(parentKey)) {
        cases.push(
          serialise(
            `${name}: 2026-02-30 at ${leaf.path.join('.')}`,
            withValueAt(doc, leaf.path, () => '2026-02-30'),
            leaf.path,
          ),
        );
      } else if (parentKey === 'owners') {
        cases.push(
          serialise(
            `${name}: unknown owner at ${leaf.path.join('.')}`,
            withValueAt(doc, leaf.path, () => 'nobody'),
            leaf.path,
          ),
        );
      }
    }
    cases.push(...wholeDocumentCases(name, doc, text));
  }
  return cases;
}

function wholeDocumentCases(name: string, doc: Json, text: string): HostileCase[] {
  const d = doc as Record<string, Json>;
  const cases: HostileCase[] = [];
  const huge = (key: string, count: number, item: Json) =>
    cases.push(
      serialise(
        `${name}: ${count} ${key}`,
        { ...d, [key]: Array.from({ length: count }, () => structuredClone(item)) },
        [key],
      ),
    );
  huge('habits', 1000, { title: 'Walk', minutes: 30, window: ['08:00', '09:00'] });
  huge('events', 1000, { title: 'Visit', date: '2026-12-01', start: '10:00', end: '11:00' });
  huge('household', 21, { id: 'x', name: 'X' });
  const manyKeys = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, i) => [`k${i}`, i]));
  cases.push(serialise(`${name}: 5000 unknown keys`, { ...d, ...manyKeys(5000) }));
  cases.push(serialise(`${name}: 50000 unknown keys`, { ...d, ...manyKeys(50_000) }));
  cases.push(
    serialise(`${name}: "me" as a household id`, { ...d, household: [{ id: 'me', name: 'Me' }] }, [
      'household',
      0,
      'id',
    ]),
  );
  cases.push(serialise(`${name}: timezone Mars/Base`, { ...d, timezone: 'Mars/Base' }, ['timezone']));
  cases.push(serialise(`${name}: a 2 MB title`, { ...d, me: { name: 'x'.repeat(2_000_000) } }));
  let nested: Json = ['x'];
  for (let i = 0; i < 40; i++) nested = [nested];
  cases.push(serialise(`${name}: sleep nested 40 deep`, { ...d, sleep: nested }, ['sleep']));
  cases.push({
    name: `${name}: 100000 open brackets`,
    file: `${name}-brackets.yaml`,
    content: `${text}\nextra: ${'['.repeat(100_000)}\n`,
  });
  cases.push({
    name: `${name}: compact lists 50000 deep`,
    file: `${name}-dashes.yaml`,
    content: `${text}\nextra:\n  ${'- '.repeat(50_000)}x\n`,
  });
  cases.push({ name: `${name}: alias bomb`, file: `${name}-bomb.yaml`, content: `${text}\n${aliasBomb()}` });
  cases.push({
    name: `${name}: a 1 MB quoted note`,
    file: `${name}-note.yaml`,
    content: `${text}\nsupportNote: "${'x'.repeat(1_000_000)}"\n`,
  });
  const longItems = Array.from({ length: 19_000 }, () => `"${'y'.repeat(48)}"`).join(',');
  cases.push({
    name: `${name}: 19000 long list items`,
    file: `${name}-items.yaml`,
    content: `${text}\nextra: [${longItems}]\n`,
  });
  cases.push({
    name: `${name}: invalid UTF-8`,
    file: `${name}-latin1.yaml`,
    content: Buffer.concat([Buffer.from(text), Buffer.from([0xff, 0xfe, 0x0a])]),
  });
  cases.push({ name: `${name}: UTF-16`, file: `${name}-utf16.yaml`, content: Buffer.from(`\uFEFF${text}`, 'utf16le') });
  cases.push({
    name: `${name}: over 1 MiB`,
    file: `${name}-big.yaml`,
    content: `${text}#${'x'.repeat(1024 * 1024)}\n`,
  });
  cases.push({ name: `${name}: two documents`, file: `${name}-two.yaml`, content: `${text}\n---\n${text}` });
  cases.push({ name: `${name}: duplicate version`, file: `${name}-dup.yaml`, content: `${text}\nversion: 1\n` });
  cases.push({
    name: `${name}: unclosed flow list`,
    file: `${name}-unclosed.yaml`,
    content: `${text}\nextra: [1, 2\n`,
  });
  cases.push({ name: `${name}: truncated JSON`, file: `${name}-cut.json`, content: JSON.stringify(doc).slice(0, 200) });
  cases.push({ name: `${name}: NUL bytes`, file: `${name}-nul.yaml`, content: `${text}\u0000\u0000\n` });
  return cases;
}

function aliasBomb(): string {
  const names = 'abcdefghij';
  const lines = ['bomb0: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i < names.length; i++) {
    lines.push(
      `bomb${i}: &${names[i]} [${Array(9)
        .fill(`*${names[i - 1]}`)
        .join(', ')}]`,
    );
  }
  return `${lines.join('\n')}\n`;
}
