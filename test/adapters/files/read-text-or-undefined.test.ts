import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextOrUndefined } from '../../../src/adapters/files/read-text-or-undefined.js';

describe('readTextOrUndefined', () => {
  it('reads a file, and is undefined for a missing path or a folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'iop-plan-rtu-'));
    writeFileSync(join(dir, 'a.txt'), 'héllo\n');
    expect(readTextOrUndefined(join(dir, 'a.txt'))).toBe('héllo\n');
    expect(readTextOrUndefined(join(dir, 'missing.txt'))).toBeUndefined();
    expect(readTextOrUndefined(dir)).toBeUndefined();
  });
});
