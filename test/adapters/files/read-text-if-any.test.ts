import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextIfAny } from '../../../src/adapters/files/read-text-if-any.js';

describe('readTextIfAny', () => {
  it('reads a file, and is undefined for a missing path or a folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'iop-plan-rtu-'));
    writeFileSync(join(dir, 'a.txt'), 'héllo\n');
    expect(readTextIfAny(join(dir, 'a.txt'))).toBe('héllo\n');
    expect(readTextIfAny(join(dir, 'missing.txt'))).toBeUndefined();
    expect(readTextIfAny(dir)).toBeUndefined();
  });
});
