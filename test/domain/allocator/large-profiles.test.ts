import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildPlan } from '../../../src/domain/build-plan.js';
import { validateProfile } from '../../../src/domain/validate-profile.js';

const LARGE = join(import.meta.dirname, '..', '..', 'fixtures', 'large');
const NOW = Date.parse('2026-11-26T12:00:00Z');

// The largest weeks the profile allows (no candidate cut: every item is weighed). The time limit
// only catches an exponential blow-up; docs/quality.md has the measured figures.
describe('large profiles are planned exactly and in bounded time', () => {
  it.each(['twenty-five-items-a-day.yaml', 'household-of-six.yaml'])(
    '%s',
    (file) => {
      const result = validateProfile(parse(readFileSync(join(LARGE, file), 'utf8')));
      if (!result.ok) throw new Error(result.problems.join('\n'));
      const started = performance.now();
      const plan = buildPlan(result.profile, '2026-11-30', NOW);
      expect(performance.now() - started).toBeLessThan(20_000);
      expect(plan.score.tiers.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    },
    60_000,
  );

  it('refuses more perWeek items planned together than the search limit, with a clear message', () => {
    const habits = Array.from({ length: 9 }, (_, i) => ({ title: `Weekly ${i}`, minutes: 20, perWeek: 2 }));
    const result = validateProfile({ version: 1, timezone: 'UTC', sleep: { bedtime: '23:00', wake: '07:00' }, habits });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join('\n')).toContain('at most 8 can be planned together');
  });
});
