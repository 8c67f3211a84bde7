import { describe, expect, it } from 'vitest';
import { type SyncFlags, toSyncOptions } from '../../src/commands/sync-options.js';
import { UsageError } from '../../src/errors.js';

const BASE: SyncFlags = { week: 'this', view: 'all', color: true };

describe('toSyncOptions', () => {
  it.each<[Partial<SyncFlags>]>([
    [{}],
    [{ weeks: 3 }],
    [{ program: true, view: 'employer' }],
    [{ example: false, dryRun: true, overwrite: true, quiet: true }],
    [{ config: 'me.yaml', week: 'next' }],
  ])('accepts %j', (flags) => {
    expect(toSyncOptions({ ...BASE, ...flags })).toEqual({ ...BASE, ...flags });
  });

  it.each<[Partial<SyncFlags>, string]>([
    [{ example: true }, 'sync needs your own profile (the stored one or --config FILE), not --example'],
    [{ example: 'evening-iop-parent' }, 'sync needs your own profile (the stored one or --config FILE), not --example'],
    [{ program: true, weeks: 2 }, 'use either --weeks or --program, not both'],
  ])('refuses %j', (flags, message) => {
    expect(() => toSyncOptions({ ...BASE, ...flags })).toThrow(new UsageError(message));
  });
});
