import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashBytes, hashFile } from '../../../src/adapters/plan-cache/hash-bytes.js';

describe('hashBytes', () => {
  it('hashes text as its UTF-8 bytes, so a written file and the text it came from agree', () => {
    const text = '{"title":"Café – 10:00"}\n';
    const file = join(mkdtempSync(join(tmpdir(), 'iop-hash-')), 'published.json');
    writeFileSync(file, text);
    expect(hashFile(file)).toBe(hashBytes(text));
    expect(hashBytes(new TextEncoder().encode(text))).toBe(hashBytes(text));
  });

  it('tells apart every one-byte change of a profile-sized text', () => {
    const base = new TextEncoder().encode('version: 1\ntimezone: America/New_York\n'.repeat(40));
    const seen = new Set([hashBytes(base)]);
    for (let i = 0; i < base.length; i += 7) {
      for (const delta of [1, 32, 128]) {
        const changed = base.slice();
        changed[i] = ((changed[i] as number) + delta) % 256;
        seen.add(hashBytes(changed));
      }
    }
    expect(seen.size).toBe(1 + 3 * Math.ceil(base.length / 7));
    expect(hashBytes(base.subarray(1))).not.toBe(hashBytes(base));
  });

  it('reads bytes at any offset of their buffer alike, and tells apart swapped words', () => {
    const text = new TextEncoder().encode('0123456789abcdef-tail');
    const padded = new Uint8Array(text.length + 3);
    padded.set(text, 3);
    expect(hashBytes(padded.subarray(3))).toBe(hashBytes(text));
    const swapped = text.slice();
    swapped.set(text.subarray(0, 4), 4);
    swapped.set(text.subarray(4, 8), 0);
    expect(hashBytes(swapped)).not.toBe(hashBytes(text));
  });

  it('is undefined for a file that cannot be read', () => {
    expect(hashFile('/nonexistent/profile.json')).toBeUndefined();
  });
});
