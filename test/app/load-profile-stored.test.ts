import { describe, expect, it, vi } from 'vitest';
import { loadProfile } from '../../src/app/load-profile.js';
import { ProfileError } from '../../src/errors.js';
import { makeSandbox, rejectionOf } from './load-profile-helpers.js';

const stored = vi.hoisted(() => ({ value: undefined as { raw: unknown; file: string } | undefined }));

vi.mock('../../src/adapters/store/profile-store.js', () => ({
  readStoredProfileRaw: async () => stored.value,
}));

const RAW = {
  version: 1,
  timezone: 'Europe/London',
  me: { name: 'Priya' },
  sleep: { bedtime: '23:00', wake: '07:00' },
};

describe('loadProfile from the store', () => {
  it('validates the stored document and names the store file', async () => {
    stored.value = { raw: RAW, file: '/home/p/.config/iop-plan/config.json' };
    const loaded = await loadProfile({}, makeSandbox().io);
    expect(loaded.file).toBe('/home/p/.config/iop-plan/config.json');
    expect(loaded.profile.name).toBe('Priya');
  });

  it('reports an invalid stored profile with the store file, never repairing it', async () => {
    stored.value = { raw: { ...RAW, timezone: 'Europe/Lundon' }, file: '/store/config.json' };
    const error = await rejectionOf(loadProfile({}, makeSandbox().io));
    expect(error).toBeInstanceOf(ProfileError);
    expect(error.file).toBe('/store/config.json');
    expect(error.problems).toEqual(['timezone: "Europe/Lundon" is not an IANA time zone (e.g. America/New_York)']);
  });

  it('prefers --config over the store', async () => {
    stored.value = { raw: RAW, file: '/store/config.json' };
    const { io, write } = makeSandbox();
    write('other.json', JSON.stringify({ ...RAW, me: { name: 'Other' } }));
    expect((await loadProfile({ config: 'other.json' }, io)).profile.name).toBe('Other');
  });
});
