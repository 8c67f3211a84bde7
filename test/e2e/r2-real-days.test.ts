import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './ensure-built.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'iop-plan.js');
const PROFILES = join(import.meta.dirname, '..', 'fixtures', 'profiles');

function plan(profile: string) {
  const home = mkdtempSync(join(tmpdir(), 'iop-plan-e2e-'));
  const out = execFileSync(
    process.execPath,
    [
      BIN,
      'plan',
      '--config',
      join(PROFILES, profile),
      '--week',
      '2026-11-30',
      '--now',
      '2026-11-26T12:00:00Z',
      '--format',
      'json',
    ],
    {
      env: {
        PATH: process.env.PATH,
        TZ: 'UTC',
        IOP_PLAN_CONFIG_DIR: join(home, 'c'),
        IOP_PLAN_DATA_DIR: join(home, 'd'),
      },
      encoding: 'utf8',
    },
  );
  return JSON.parse(out) as {
    blocks: { source: string; category: string; start: string; end: string; title: string }[];
    leave: unknown[];
    unplaced: unknown[];
    score: { tiers: number[]; balance: number };
  };
}

describe('iop-plan plan on the r2 cases (built CLI)', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it('office worker with an evening program: direct trip from work, no work or leave slivers', () => {
    const p = plan('office-worker-evening-program.yaml');
    const work = p.blocks.filter((b) => b.category === 'work');
    expect(work.every((b) => b.start.slice(11, 16) === '09:00' && b.end.slice(11, 16) === '17:00')).toBe(true);
    expect(p.leave).toEqual([]);
    expect(p.blocks.filter((b) => b.title === 'Travel from work')).toHaveLength(4);
    expect(typeof p.score.balance).toBe('number');
  });

  it('night nurse: the morning dog walk is placed every day', () => {
    const p = plan('night-nurse-virtual-morning.yaml');
    expect(p.blocks.filter((b) => b.source === 'dog-am')).toHaveLength(7);
  });

  it('sixteen daily habits: all placed', () => {
    const p = plan('sixteen-daily-habits.yaml');
    expect(p.unplaced).toEqual([]);
  });
});
