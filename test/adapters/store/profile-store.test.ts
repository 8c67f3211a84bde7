import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { deleteStoredState } from '../../../src/adapters/store/delete-stored-state.js';
import { migrateProfile } from '../../../src/adapters/store/migrate-profile.js';
import {
  profileFile,
  readStoredProfile,
  readStoredProfileRaw,
  saveProfile,
} from '../../../src/adapters/store/profile-store.js';
import { ProfileError, UserError } from '../../../src/errors.js';

const profile = (name = 'Sam') => ({
  version: 1,
  timezone: 'America/New_York',
  me: { name },
  sleep: { bedtime: '22:30', wake: '06:30' },
});

let env: Record<string, string>;
beforeEach(() => {
  const root = mkdtempSync(join(tmpdir(), 'iop-store-'));
  env = { IOP_PLAN_CONFIG_DIR: join(root, 'config'), IOP_PLAN_DATA_DIR: join(root, 'data'), HOME: root };
});
const mode = (path: string) => statSync(path).mode & 0o777;

describe('profile store', () => {
  it('has nothing before the first save, and creates no folder by looking', async () => {
    expect(await readStoredProfileRaw(env)).toBeUndefined();
    expect(() => readdirSync(env.IOP_PLAN_CONFIG_DIR!)).toThrow();
  });

  it('saves the profile readable only by its owner and reads it back', async () => {
    const { file, backup } = await saveProfile(env, profile());
    expect(file).toBe(profileFile(env));
    expect(backup).toBeUndefined();
    expect(mode(file)).toBe(0o600);
    expect((await readStoredProfile(env))?.input).toEqual(profile());
  });

  it('backs up the previous file (mode 0600) before every overwrite', async () => {
    await saveProfile(env, profile('Sam'));
    const { backup } = await saveProfile(env, profile('Alex'));
    expect(backup).toMatch(/profile\.backup-\d{8}T\d{6}\.\d{3}Z\.json$/);
    expect(mode(backup!)).toBe(0o600);
    expect(JSON.parse(readFileSync(backup!, 'utf8')).me.name).toBe('Sam');
    await saveProfile(env, profile('Kim'));
    expect(readdirSync(env.IOP_PLAN_CONFIG_DIR!).filter((f) => f.includes('backup'))).toHaveLength(2);
  });

  it('refuses an invalid profile and writes nothing', async () => {
    await expect(
      saveProfile(env, { ...profile(), sleep: { bedtime: '7:5', wake: '06:30' } }, 'me.yaml'),
    ).rejects.toThrow(ProfileError);
    expect(await readStoredProfileRaw(env)).toBeUndefined();
  });

  it('leaves a corrupt file exactly as it is and says how to restore it', async () => {
    await saveProfile(env, profile());
    await saveProfile(env, profile('Alex'));
    writeFileSync(profileFile(env), '{"version": 1, "me": ');
    const error = await readStoredProfileRaw(env).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain(`${profileFile(env)} is not valid JSON`);
    expect((error as Error).message).toMatch(/iop-plan profile import .*profile\.backup-.*\.json/);
    expect(readFileSync(profileFile(env), 'utf8')).toBe('{"version": 1, "me": ');
  });

  it('does not offer `profile edit` for a corrupt file with no backup (edit cannot open it)', async () => {
    mkdirSync(env.IOP_PLAN_CONFIG_DIR!, { recursive: true });
    writeFileSync(profileFile(env), '{"version": 1, "me": ');
    const error = (await readStoredProfileRaw(env).catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/restore it with `iop-plan profile import FILE`/);
    expect(error.message).not.toContain('profile edit');
  });

  it('names the file and a way back for a stored profile that no longer validates', async () => {
    await saveProfile(env, profile());
    writeFileSync(profileFile(env), JSON.stringify({ ...profile(), sleep: { bedtime: '25:00', wake: '06:30' } }));
    const error = (await readStoredProfile(env).catch((e: unknown) => e)) as ProfileError;
    expect(error).toBeInstanceOf(ProfileError);
    expect(error.file).toBe(profileFile(env));
    expect(error.problems.at(-1)).toMatch(/left as it is; restore it with `iop-plan profile import/);
  });

  it('import over a corrupt file keeps the corrupt one as a backup', async () => {
    mkdirSync(env.IOP_PLAN_CONFIG_DIR!, { recursive: true });
    writeFileSync(profileFile(env), 'not json');
    const { backup } = await saveProfile(env, profile());
    expect(readFileSync(backup!, 'utf8')).toBe('not json');
    expect((await readStoredProfile(env))?.input.me?.name).toBe('Sam');
  });

  it('delete removes the profile, backups and the whole data folder', async () => {
    await saveProfile(env, profile());
    await saveProfile(env, profile('Alex'));
    mkdirSync(join(env.IOP_PLAN_DATA_DIR!, 'published'), { recursive: true });
    writeFileSync(join(env.IOP_PLAN_DATA_DIR!, 'published', 'x.json'), '{}');
    const removed = deleteStoredState(env);
    expect(removed).toHaveLength(3);
    expect(() => readdirSync(env.IOP_PLAN_CONFIG_DIR!)).toThrow();
    expect(() => readdirSync(env.IOP_PLAN_DATA_DIR!)).toThrow();
  });

  it('delete refuses a data folder that holds the home folder', () => {
    expect(() => deleteStoredState({ ...env, IOP_PLAN_DATA_DIR: env.HOME! })).toThrow(/refusing to delete/);
  });
});

describe('migrateProfile', () => {
  it('runs the steps from the stored version up, and refuses a newer version', () => {
    const steps = { 0: (d: Record<string, unknown>) => ({ ...d, version: 1, upgraded: true }) };
    expect(migrateProfile({ version: 0 }, 'f', steps, 1)).toEqual({ version: 1, upgraded: true });
    expect(() => migrateProfile({ version: 2 }, 'f')).toThrow(/newer iop-plan/);
    expect(migrateProfile('text', 'f')).toBe('text');
  });
});
