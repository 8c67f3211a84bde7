import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', 'src');

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourcesUnder(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** DESIGN §1: the domain is pure — same input, same output — so it never reads the clock or the machine. */
/** The view model (src/view) is built from the domain the same way, and is held to the same rule. */
describe('src/domain and src/view stay pure', () => {
  const files = [...sourcesUnder(join(SRC, 'domain')), ...sourcesUnder(join(SRC, 'view'))];
  it.each(files.map((f) => [relative(SRC, f), f]))('%s reads no clock, randomness or process state', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(/Date\.now\(|new Date\(\)|performance\.now|Math\.random|process\.|from 'node:/);
  });
});
