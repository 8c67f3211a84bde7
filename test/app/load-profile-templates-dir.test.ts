import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { templatesDir } from '../../src/adapters/files/templates-dir.js';

describe('templatesDir', () => {
  it('finds the package templates from the source tree', () => {
    expect(templatesDir()).toBe(resolve('templates'));
    expect(existsSync(join(templatesDir(), 'profiles', 'evening-iop-parent.yaml'))).toBe(true);
  });

  it('finds them from the bundle in dist/ as well', () => {
    expect(templatesDir(pathToFileURL(resolve('dist/chunk-abc.js')).href)).toBe(resolve('templates'));
  });

  it('fails clearly outside the package', () => {
    expect(() => templatesDir(pathToFileURL(join(tmpdir(), 'x', 'y.js')).href)).toThrow(
      /cannot find the iop-plan package/,
    );
  });
});
