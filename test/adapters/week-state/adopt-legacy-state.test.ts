import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adoptLegacyState } from '../../../src/adapters/week-state/adopt-legacy-state.js';

describe('adoptLegacyState', () => {
  it("moves revision 1's shared weeks and check-ins under the stored profile's id, once", () => {
    const data = join(mkdtempSync(join(tmpdir(), 'iop-legacy-')), 'data');
    const env = { IOP_PLAN_DATA_DIR: data };
    mkdirSync(join(data, 'weeks', '2026-W49'), { recursive: true });
    writeFileSync(join(data, 'weeks', '2026-W49', 'published.json'), '{"old":true}');
    writeFileSync(join(data, 'checkins.jsonl'), '{"date":"2026-12-01"}\n');
    adoptLegacyState(env, 'dana');
    expect(readFileSync(join(data, 'profiles', 'dana', 'weeks', '2026-W49', 'published.json'), 'utf8')).toBe(
      '{"old":true}',
    );
    expect(readFileSync(join(data, 'profiles', 'dana', 'checkins.jsonl'), 'utf8')).toContain('2026-12-01');
    expect(existsSync(join(data, 'weeks'))).toBe(false);
    // Later shared files (the today cache) are never adopted again.
    mkdirSync(join(data, 'weeks', '2026-W50'), { recursive: true });
    adoptLegacyState(env, 'dana');
    expect(existsSync(join(data, 'weeks', '2026-W50'))).toBe(true);
  });

  it('does nothing when there is nothing from revision 1', () => {
    const data = join(mkdtempSync(join(tmpdir(), 'iop-legacy-')), 'data');
    adoptLegacyState({ IOP_PLAN_DATA_DIR: data }, 'dana');
    expect(existsSync(join(data, 'profiles'))).toBe(false);
  });
});
