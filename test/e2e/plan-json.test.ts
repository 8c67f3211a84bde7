import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'iop-plan.js');
const PROFILES = join(import.meta.dirname, '..', 'fixtures', 'profiles');

function plan(profile: string, tz: string, now = '2026-11-26T12:00:00Z'): string {
  const home = mkdtempSync(join(tmpdir(), 'iop-plan-e2e-'));
  return execFileSync(
    process.execPath,
    [BIN, 'plan', '--config', join(PROFILES, profile), '--week', '2026-11-30', '--format', 'json', '--now', now],
    {
      env: { PATH: process.env.PATH, TZ: tz, IOP_PLAN_CONFIG_DIR: join(home, 'c'), IOP_PLAN_DATA_DIR: join(home, 'd') },
      encoding: 'utf8',
    },
  );
}

describe('iop-plan plan --format json', () => {
  it.each(['evening-iop-parent.yaml', 'morning-iop-flexible-work.yaml', 'virtual-iop-night-shift.yaml'])(
    '%s: byte-identical output whatever the machine time zone',
    (profile) => {
      const utc = plan(profile, 'UTC');
      expect(plan(profile, 'Asia/Kolkata')).toBe(utc);
      expect(plan(profile, 'America/Los_Angeles')).toBe(utc);
      const parsed = JSON.parse(utc);
      expect(parsed.version).toBe(1);
      expect(parsed.week).toEqual({ start: '2026-11-30', end: '2026-12-06', isoWeek: '2026-W49' });
      expect(utc.startsWith('{\n  "version": 1,\n  "generatedAt": "2026-11-26T12:00:00Z"')).toBe(true);
    },
  );

  // A profile without date-relative warnings (the FMLA notice counts days from --now).
  it('changes only generatedAt when --now changes', () => {
    const a = plan('virtual-iop-night-shift.yaml', 'UTC', '2026-11-26T12:00:00Z').split('\n');
    const b = plan('virtual-iop-night-shift.yaml', 'UTC', '2026-11-27T08:30:00Z').split('\n');
    const differing = a.filter((line, i) => line !== b[i]);
    expect(differing).toEqual(['  "generatedAt": "2026-11-26T12:00:00Z",']);
  });
});
