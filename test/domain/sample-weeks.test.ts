import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildPlan } from '../../src/domain/build-plan.js';
import type { ProfileInput } from '../../src/domain/profile-schema.js';
import { validateProfile } from '../../src/domain/validate-profile.js';
import { verifyPlan } from '../support/verify-plan.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'profiles');
const NOW = Date.parse('2026-11-26T12:00:00Z');
const samples = readdirSync(FIXTURES).filter((f) => f.endsWith('.yaml'));

/** Weeks holding a DST change (a 30-minute one for Lord Howe), as the core issue lists them. */
const DST_WEEKS = [
  ['America/New_York', '2026-10-26'],
  ['America/New_York', '2026-03-02'],
  ['Europe/London', '2026-10-19'],
  ['Australia/Lord_Howe', '2026-09-28'],
] as const;

function load(file: string, patch: Partial<ProfileInput> = {}) {
  const input = { ...(parse(readFileSync(join(FIXTURES, file), 'utf8')) as ProfileInput), ...patch };
  const result = validateProfile(input);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.profile;
}

describe('sample profiles', () => {
  it.each(samples)('%s: the week of 2026-11-30 keeps every rule', (file) => {
    const profile = load(file);
    const plan = buildPlan(profile, '2026-11-30', NOW);
    expect(verifyPlan(profile, plan)).toEqual([]);
    expect(plan.blocks.length).toBeGreaterThan(0);
  });

  const cases = samples.flatMap((file) => DST_WEEKS.map(([zone, week]) => [file, zone, week] as const));
  it.each(cases)('%s in %s, DST week of %s, keeps every rule with the right offsets', (file, zone, week) => {
    const base = load(file);
    // Move the program so that it runs during the DST week.
    const profile = load(file, { timezone: zone });
    if (profile.iop && base.iop) profile.iop = { ...profile.iop, startDate: '2026-01-05', weeks: 52 };
    const plan = buildPlan(profile, week, NOW);
    expect(verifyPlan(profile, plan)).toEqual([]);
    const hours = plan.budget.days.reduce((sum, d) => sum + d.committed + d.free, 0) / 60 + plan.budget.week.sleep / 60;
    expect([167, 167.5, 168, 168.5, 169]).toContain(hours);
  });

  it('an IOP session keeps its wall-clock time across the New York spring change', () => {
    const profile = load('evening-iop-parent.yaml', { timezone: 'America/New_York' });
    if (profile.iop) profile.iop = { ...profile.iop, startDate: '2026-01-05', weeks: 52 };
    const plan = buildPlan(profile, '2026-03-02', NOW);
    const sessions = plan.blocks.filter(
      (b) => b.source === 'iop.sessions.0' && b.category === 'iop' && b.title === 'Group therapy',
    );
    expect(sessions.map((b) => b.start)).toEqual([
      '2026-03-02T18:00:00-05:00',
      '2026-03-04T18:00:00-05:00',
      '2026-03-05T18:00:00-05:00',
    ]);
    const next = buildPlan(profile, '2026-03-09', NOW);
    expect(next.blocks.find((b) => b.source === 'iop.sessions.0' && b.title === 'Group therapy')?.start).toBe(
      '2026-03-09T18:00:00-04:00',
    );
  });
});
