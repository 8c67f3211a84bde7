import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeIo } from '../fake-io.js';

/** A sample profile file from test/fixtures/profiles. */
export const fixture = (name: string) => join(import.meta.dirname, '..', '..', 'fixtures', 'profiles', `${name}.yaml`);

/** A fake terminal-less Io whose data folder is a fresh temporary folder. */
export function recoveryIo(overrides: Parameters<typeof fakeIo>[0] = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'iop-recovery-'));
  return Object.assign(fakeIo({ dataDir, ...overrides }), { dataDir });
}

export const text = (chunks: string[]) => chunks.join('');
