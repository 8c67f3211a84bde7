import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutputFiles } from '../../../src/adapters/files/write-files.js';

describe('writeOutputFiles and its record of written files', () => {
  it('writes 0600 files into a new 0700 folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'iop-plan-wf-'));
    const env = { IOP_PLAN_DATA_DIR: join(root, 'data') };
    writeOutputFiles([{ path: join(root, 'out', 'plan.md'), content: 'x' }], { force: false, env });
    expect(statSync(join(root, 'out')).mode & 0o777).toBe(0o700);
    expect(statSync(join(root, 'out', 'plan.md')).mode & 0o777).toBe(0o600);
    expect(statSync(join(root, 'data', 'written-files.json')).mode & 0o777).toBe(0o600);
  });

  it('leaves a corrupt record as it is and writes nothing', () => {
    const root = mkdtempSync(join(tmpdir(), 'iop-plan-wf-'));
    const env = { IOP_PLAN_DATA_DIR: join(root, 'data') };
    mkdirSync(join(root, 'data'));
    writeFileSync(join(root, 'data', 'written-files.json'), '{"/a": "b",');
    expect(() => writeOutputFiles([{ path: join(root, 'plan.md'), content: 'x' }], { force: false, env })).toThrow(
      /written-files\.json is not valid JSON; it was left as it is/,
    );
    expect(readFileSync(join(root, 'data', 'written-files.json'), 'utf8')).toBe('{"/a": "b",');
    expect(() => statSync(join(root, 'plan.md'))).toThrow();
  });
});

describe('a run that stopped part-way never blocks the next one', () => {
  const setup = () => {
    const root = mkdtempSync(join(tmpdir(), 'iop-plan-wf-'));
    return { root, env: { IOP_PLAN_DATA_DIR: join(root, 'data') }, path: join(root, 'plan.md') };
  };

  it('accepts the old or the new content while a write is under way (the record names both)', () => {
    const { env, path } = setup();
    writeOutputFiles([{ path, content: 'old' }], { force: false, env });
    const recordPath = join(env.IOP_PLAN_DATA_DIR, 'written-files.json');
    const sha = (t: string) => createHash('sha256').update(t).digest('hex');
    // What a run killed between replacing files leaves behind: both hashes, either content.
    writeFileSync(recordPath, JSON.stringify({ [path]: [sha('old'), sha('new')] }));
    writeFileSync(path, 'new');
    expect(writeOutputFiles([{ path, content: 'newer' }], { force: false, env })).toEqual([path]);
    expect(JSON.parse(readFileSync(recordPath, 'utf8'))).toEqual({ [path]: sha('newer') });
  });

  it('recognises its own file by content when the record does not list it', () => {
    const { env, path } = setup();
    writeFileSync(path, 'mine, by content');
    const isOwn = (existing: string) => existing === 'mine, by content';
    expect(() => writeOutputFiles([{ path, content: 'x' }], { force: false, env })).toThrow(/--force/);
    expect(writeOutputFiles([{ path, content: 'x' }], { force: false, env, isOwn })).toEqual([path]);
  });
});
