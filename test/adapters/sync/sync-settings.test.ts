import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkServerUrl,
  readSyncSettings,
  resolvePassword,
  writeSyncSettings,
} from '../../../src/adapters/sync/sync-settings.js';

function configWith(content: string | undefined) {
  const dir = mkdtempSync(join(tmpdir(), 'iop-sync-settings-'));
  if (content !== undefined) writeFileSync(join(dir, 'sync.json'), content);
  return { IOP_PLAN_CONFIG_DIR: dir };
}

const good = { url: 'https://dav.example.org/', username: 'sam', passwordCommand: ['pass', 'show', 'caldav'] };

describe('sync.json', () => {
  it('reads url, username and passwordCommand', () => {
    expect(readSyncSettings(configWith(JSON.stringify(good)))).toEqual(good);
  });

  it('refuses a plain password field with one line that says what to use instead', () => {
    const env = configWith(JSON.stringify({ ...good, password: 'hunter2' }));
    expect(() => readSyncSettings(env)).toThrow(/a plain "password" is not allowed; use "passwordCommand"/);
    try {
      readSyncSettings(env);
    } catch (error) {
      expect(String((error as Error).message)).not.toContain('hunter2');
      expect(String((error as Error).message)).not.toContain('\n');
    }
  });

  it.each([
    [{ ...good, url: 'ftp://x' }, /url: the address starts with https/],
    [{ ...good, url: 'http://dav.example.org/' }, /use https/],
    [{ ...good, passwordCommand: 'pass show caldav' }, /passwordCommand must be a list of words/],
    [{ ...good, username: '' }, /username is missing/],
    [{ ...good, extra: 1 }, /unknown key "extra"/],
  ])('refuses %j', (value, message) => {
    expect(() => readSyncSettings(configWith(JSON.stringify(value)))).toThrow(message);
  });

  it('says how to set it up when it is missing', () => {
    expect(() => readSyncSettings(configWith(undefined))).toThrow(/run `iop-plan sync setup`/);
  });

  it('is written with mode 0600', () => {
    const env = configWith(undefined);
    const path = writeSyncSettings(env, good);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(good);
  });

  it('allows plain http only to this machine', () => {
    expect(checkServerUrl('http://127.0.0.1:5232/')).toBe(true);
    expect(checkServerUrl('http://localhost:5232/')).toBe(true);
    expect(checkServerUrl('http://nas.local:5232/')).toMatch(/https/);
  });
});

describe('resolvePassword', () => {
  const node = process.execPath;

  it('takes the first line of the command, run without a shell', () => {
    const settings = { ...good, passwordCommand: [node, '-e', 'console.log("s3cret $HOME;`x`\\nsecond line")'] };
    expect(resolvePassword(settings, {})).toBe('s3cret $HOME;`x`');
  });

  it('prefers IOP_PLAN_CALDAV_PASSWORD', () => {
    const settings = { ...good, passwordCommand: ['/nonexistent/command'] };
    expect(resolvePassword(settings, { IOP_PLAN_CALDAV_PASSWORD: 'from-env' })).toBe('from-env');
  });

  it.each([
    [['/nonexistent/command'], /failed \(command not found\)/],
    [[node, '-e', 'process.exit(3)'], /failed \(exit 3\)/],
    [[node, '-e', ''], /printed no password/],
  ])('fails with one line when %j does not give a password', (passwordCommand, message) => {
    expect(() => resolvePassword({ ...good, passwordCommand }, {})).toThrow(message);
  });
});
