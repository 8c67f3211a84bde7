import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildPlan } from '../../../src/domain/build-plan.js';
import type { Plan } from '../../../src/domain/plan-types.js';
import { validateProfile } from '../../../src/domain/validate-profile.js';
import { minutesOf } from './plan-helpers.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'profiles');
const NOW = Date.parse('2026-11-26T12:00:00Z');

function planOf(file: string): Plan {
  const result = validateProfile(parse(readFileSync(join(FIXTURES, file), 'utf8')));
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return buildPlan(result.profile, '2026-11-30', NOW);
}

const hhmm = (iso: string) => iso.slice(11, 16);

describe('DESIGN r2 on the three days that revision 1 got wrong', () => {
  it('the office worker goes straight from work to the 18:00 program: no five-minute slivers of work or leave', () => {
    const plan = planOf('office-worker-evening-program.yaml');
    const work = plan.blocks.filter((b) => b.category === 'work');
    expect(work.map((b) => `${hhmm(b.start)}–${hhmm(b.end)}`)).toEqual(Array(5).fill('09:00–17:00'));
    // Nothing shorter than leave.incrementMinutes (15), and here no leave at all.
    expect(plan.leave).toEqual([]);
    expect(plan.budget.leaveMinutes).toBe(0);
    const trips = plan.blocks.filter((b) => b.source === 'iop.sessions.0' && b.category === 'commute');
    expect(trips.filter((b) => b.title === 'Travel from work').map((b) => `${hhmm(b.start)}–${hhmm(b.end)}`)).toEqual(
      Array(4).fill('17:25–17:50'),
    );
    // The trip home from work is not made on program days; on Friday it is.
    const homeTrips = plan.blocks.filter((b) => b.source === 'work.shifts.0' && b.category === 'commute');
    expect(homeTrips.filter((b) => hhmm(b.start) === '17:00').map((b) => b.start.slice(0, 10))).toEqual(['2026-12-04']);
    expect(trips.every((b) => b.role === 'travel')).toBe(true);
    expect(plan.blocks.filter((b) => b.role === 'arrive-early').map(minutesOf)).toEqual(Array(4).fill(10));
    // IOP hours are the sessions' 12 hours, not the arrive-early minutes.
    expect(plan.budget.iopHours).toBe(12);
  });

  it('the night nurse keeps the morning dog walk: the cap counts his waking day, and high habits are exempt', () => {
    const plan = planOf('night-nurse-virtual-morning.yaml');
    const walks = plan.blocks.filter((b) => b.source === 'dog-am' && b.category === 'habit');
    expect(walks).toHaveLength(7);
    // Monday morning, after Sunday's 19:00–07:30 shift and its trip home, before sleep at 09:00.
    expect(walks[0]!.start.slice(0, 10)).toBe('2026-11-30');
    expect(hhmm(walks[0]!.start) >= '08:05' && hhmm(walks[0]!.end) <= '09:00').toBe(true);
    expect(plan.unplaced.filter((u) => u.source === 'dog-am')).toEqual([]);
    // The meeting keeps its slots (Mon/Wed 18:30, Sat 10:00).
    for (const b of plan.blocks.filter((x) => x.source === 'meeting' && x.category === 'habit')) {
      expect(['18:30', '10:00']).toContain(hhmm(b.start));
    }
  });

  it('sixteen 10-minute daily habits are all placed, and the weekly items spread over the week', () => {
    const plan = planOf('sixteen-daily-habits.yaml');
    expect(plan.unplaced).toEqual([]);
    const weekly = plan.blocks.filter((b) => ['long-walk', 'batch-cooking'].includes(b.source));
    // Five weekly occurrences on five different days, not piled onto Monday and Tuesday.
    expect(new Set(weekly.map((b) => b.start.slice(0, 10))).size).toBe(5);
    const committed = plan.budget.days.map((d) => d.committed).sort((a, b) => a - b);
    expect(committed).toEqual([160, 160, 250, 250, 250, 280, 280]);
    // The balanced week: 2 × 160² + 3 × 250² + 2 × 280² minutes², in hours².
    expect(plan.score.balance).toBeCloseTo((2 * 160 ** 2 + 3 * 250 ** 2 + 2 * 280 ** 2) / 3600, 2);
  });
});
