import { execFileSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProfileFile } from '../../../src/adapters/files/read-profile-file.js';
import { ProfileError, UserError } from '../../../src/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'iop-unsafe-'));

async function refusal(path: string): Promise<{ message: string; ms: number }> {
  const started = performance.now();
  try {
    await readProfileFile(path);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    const problems = error instanceof ProfileError ? error.problems.join('; ') : (error as Error).message;
    return { message: problems, ms: performance.now() - started };
  }
  throw new Error(`${path} was accepted`);
}

describe('files that are not profiles are refused within a second', () => {
  const fifo = join(dir, 'fifo.yaml');
  execFileSync('mkfifo', [fifo]);
  const sparse = join(dir, 'sparse.yaml');
  const fd = openSync(sparse, 'w');
  ftruncateSync(fd, 1024 ** 3);
  closeSync(fd);

  it.each([
    ['a FIFO nobody writes to', fifo, /not a regular file/],
    ['/dev/zero', '/dev/zero', /not a regular file/],
    ['/dev/urandom', '/dev/urandom', /not a regular file/],
    ['a 1 GiB sparse file', sparse, /larger than 1 MiB/],
    ['a folder', dir, /is a folder/],
  ])('%s', async (_name, path, words) => {
    const { message, ms } = await refusal(path);
    expect(message).toMatch(words);
    expect(ms).toBeLessThan(1000);
  });
});

describe('profile text that would be read silently wrong is an error with line:column', () => {
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it.each([
    [
      'a JSON key given twice',
      'twice.json',
      '{\n  "version": 1,\n  "timezone": "UTC",\n  "timezone": "Asia/Tokyo"\n}\n',
      /^4:3: duplicate key "timezone" \(JSON\)$/,
    ],
    [
      'a nested JSON key given twice',
      'nested.json',
      '{"me": {"name": "A", "name": "B"}}',
      /^1:22: duplicate key "name"/,
    ],
    [
      '!!binary',
      'binary.yaml',
      'version: 1\nme:\n  name: !!binary aGVsbG8=\n',
      /^3:9: YAML tag "tag:yaml.org,2002:binary"/,
    ],
    ['!!js/function', 'fn.yaml', 'version: 1\ntimezone: !!js/function "() => 1"\n', /^2:11: YAML tag .*js\/function/],
    ['a local !secret', 'secret.yaml', 'version: 1\ntimezone: !secret tz\n', /^2:11: YAML tag "!secret"/],
    ['a %TAG directive', 'tag.yaml', '%TAG ! tag:example.com,2000:\n---\nversion: 1\n', /^1:1: YAML directive "%TAG"/],
    ['a NUL byte', 'nul.yaml', 'version: 1\ntimezone: UTC\u0000\n', /^2:14: holds a NUL byte/],
  ])('%s', async (_name, file, text, expected) => {
    const { message } = await refusal(write(file, text));
    expect(message).toMatch(expected);
  });

  it('still reads the same keys in different objects, and keys inside strings', async () => {
    const path = write(
      'fine.json',
      '{"a": {"name": "x"}, "b": {"name": "y"}, "c": ["name", "name"], "d": "\\"name\\":"}',
    );
    expect(await readProfileFile(path)).toEqual({
      a: { name: 'x' },
      b: { name: 'y' },
      c: ['name', 'name'],
      d: '"name":',
    });
  });
});
