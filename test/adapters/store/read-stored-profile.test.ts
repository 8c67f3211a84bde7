import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { openConf } from '../../../src/adapters/store/open-conf.js';
import { profileFile, readStoredProfileRaw } from '../../../src/adapters/store/profile-store.js';
import { UserError } from '../../../src/errors.js';

let env: Record<string, string>;
beforeEach(() => {
  const root = mkdtempSync(join(tmpdir(), 'iop-store-read-'));
  env = { IOP_PLAN_CONFIG_DIR: join(root, 'config'), IOP_PLAN_DATA_DIR: join(root, 'data'), HOME: root };
  mkdirSync(env.IOP_PLAN_CONFIG_DIR as string);
});

/** What conf, the store's writer, reads from the same file. */
async function throughConf(): Promise<unknown> {
  const conf = await openConf(env, { tolerateCorrupt: false });
  return { ...conf.store };
}

// The stored profile is read as a plain JSON file at start-up (conf and its ajv cost as much as
// the rest of `plan`); it must read exactly what conf reads.
describe('readStoredProfileRaw reads the file as conf does', () => {
  it.each([
    ['a profile', '{"version":1,"timezone":"Europe/London","me":{"name":"Priya"}}\n'],
    ['a profile after a byte-order mark', '\uFEFF{"version":1,"me":{"name":"Zoë"}}'],
    ['an empty object', '{}'],
    ['a list (its items become keys)', '["a","b"]'],
    ['a number', '42'],
    ['null', 'null'],
    ['text in many scripts', JSON.stringify({ version: 1, me: { name: 'Дана 李 👩‍👧' } })],
  ])('%s', async (_name, text) => {
    writeFileSync(profileFile(env), text);
    const stored = await readStoredProfileRaw(env);
    expect(stored?.file).toBe(profileFile(env));
    expect(stored?.raw).toEqual(await throughConf());
  });

  it('refuses a corrupt file, naming it, and leaves it as it is', async () => {
    writeFileSync(profileFile(env), '{"version": 1,');
    await expect(throughConf()).rejects.toThrow();
    const failure = readStoredProfileRaw(env);
    await expect(failure).rejects.toThrow(UserError);
    await expect(failure).rejects.toThrow(`${profileFile(env)} is not valid JSON (`);
  });

  it('refuses a file over 1 MiB before reading it', async () => {
    writeFileSync(profileFile(env), `{"pad":"${'x'.repeat(1024 * 1024)}"}`);
    await expect(readStoredProfileRaw(env)).rejects.toThrow(`${profileFile(env)} is over 1 MiB; it was left as it is`);
  });
});
