import { mkdtempSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileIfChanged } from '../../../src/adapters/files/write-files.js';

describe('writeFileIfChanged', () => {
  it('writes a new file 0600, leaves the same content untouched and replaces other content', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'iop-plan-wfic-')), 'state', 'published.json');
    writeFileIfChanged(path, 'one\n');
    expect(readFileSync(path, 'utf8')).toBe('one\n');
    expect(statSync(path).mode & 0o777).toBe(0o600);

    const past = new Date('2020-01-01T00:00:00Z');
    utimesSync(path, past, past);
    writeFileIfChanged(path, 'one\n');
    expect(statSync(path).mtimeMs).toBe(past.getTime());

    writeFileIfChanged(path, 'two\n');
    expect(readFileSync(path, 'utf8')).toBe('two\n');
    expect(statSync(path).mtimeMs).not.toBe(past.getTime());
  });
});
