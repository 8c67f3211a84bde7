import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileFile, saveProfile } from '../../../src/adapters/store/profile-store.js';
import {
  profileDelete,
  profileEdit,
  profileExport,
  profileImport,
  profileShow,
  profileValidate,
} from '../../../src/app/run-profile.js';
import { ProfileError, UsageError } from '../../../src/errors.js';
import { fakeIo } from './fake-io.js';
import { fakePrompter } from './fake-prompter.js';

const SAM = {
  version: 1,
  timezone: 'America/New_York',
  me: { name: 'Sam' },
  sleep: { bedtime: '22:30', wake: '06:30' },
};

describe('iop-plan profile', () => {
  it('import checks the file, stores it and export gives it back', async () => {
    const { io, root, out } = fakeIo();
    writeFileSync(
      join(root, 'me.yaml'),
      'version: 1\ntimezone: America/New_York\nme: { name: Sam }\nsleep: { bedtime: "22:30", wake: "06:30" }\n',
    );
    expect(await profileImport('me.yaml', io)).toBe(0);
    expect(await profileExport('copy.json', {}, io)).toBe(0);
    expect(JSON.parse(readFileSync(join(root, 'copy.json'), 'utf8'))).toEqual(SAM);
    expect(statSync(join(root, 'copy.json')).mode & 0o777).toBe(0o600);
    await expect(profileExport('copy.json', {}, io)).rejects.toThrow(/exists; use --force/);
    await profileShow({}, io);
    expect(out.join('')).toContain('name: "Sam"');
    expect(out.join('')).toContain('bedtime: "22:30"');
  });

  it('import refuses an invalid file and keeps the stored profile', async () => {
    const { io, root } = fakeIo();
    await saveProfile(io.env, SAM);
    writeFileSync(
      join(root, 'bad.yaml'),
      'version: 1\ntimezone: America/New_York\nme: { name: Sam }\nsleep: { bedtime: "7:5", wake: "06:30" }\n',
    );
    await expect(profileImport('bad.yaml', io)).rejects.toBeInstanceOf(ProfileError);
    expect(JSON.parse(readFileSync(profileFile(io.env), 'utf8'))).toEqual(SAM);
  });

  it('validate lists the problems of a stored profile', async () => {
    const { io } = fakeIo();
    await saveProfile(io.env, SAM);
    expect(await profileValidate(undefined, io)).toBe(0);
    writeFileSync(profileFile(io.env), JSON.stringify({ ...SAM, me: {} }));
    await expect(profileValidate(undefined, io)).rejects.toThrow(ProfileError);
  });

  it('edit saves a valid change (with a backup) and refuses an invalid one', async () => {
    const { io } = fakeIo();
    await saveProfile(io.env, SAM);
    await profileEdit(io, { openEditor: (f) => writeFileSync(f, readFileSync(f, 'utf8').replace('Sam', 'Samira')) });
    expect(JSON.parse(readFileSync(profileFile(io.env), 'utf8')).me.name).toBe('Samira');
    const error = (await profileEdit(io, {
      openEditor: (f) => writeFileSync(f, readFileSync(f, 'utf8').replace('22:30', '22:3')),
    }).catch((e: unknown) => e)) as ProfileError;
    expect(error).toBeInstanceOf(ProfileError);
    expect(error.problems.at(-1)).toMatch(/stored profile was not changed; your edited copy is .*profile\.yaml/);
    expect(JSON.parse(readFileSync(profileFile(io.env), 'utf8')).sleep.bedtime).toBe('22:30');
  });

  it('edit without a terminal says what to do instead', async () => {
    const { io } = fakeIo({ stdinIsTTY: false });
    await expect(profileEdit(io)).rejects.toBeInstanceOf(UsageError);
  });

  it('delete asks first; no keeps everything, --yes removes profile, backups and data', async () => {
    const { io } = fakeIo();
    await saveProfile(io.env, SAM);
    await saveProfile(io.env, SAM);
    const no = fakePrompter({ delete: false });
    expect(await profileDelete({}, io, { prompter: no.prompter })).toBe(0);
    expect(existsSync(profileFile(io.env))).toBe(true);
    writeFileSync(join(io.env.IOP_PLAN_CONFIG_DIR!, '..', 'keep.txt'), 'x');
    expect(await profileDelete({ yes: true }, io)).toBe(0);
    expect(existsSync(io.env.IOP_PLAN_CONFIG_DIR!)).toBe(false);
    expect(readdirSync(join(io.env.IOP_PLAN_CONFIG_DIR!, '..'))).toContain('keep.txt');
  });

  it('delete without a terminal and without --yes is a usage error', async () => {
    const { io } = fakeIo({ stdinIsTTY: false });
    await expect(profileDelete({}, io)).rejects.toThrow(/add --yes/);
  });
});
