import { describe, expect, it } from 'vitest';
import { plannedSessions } from '../../../src/domain/checkins/planned-sessions.js';
import { loadFixtureProfile, makePlan } from '../../app/plan-builder.js';

describe('plannedSessions', () => {
  it('reads arrive-early and the session as one session with the profile title', () => {
    const profile = loadFixtureProfile('evening-iop-parent');
    const plan = makePlan(profile, '2026-11-30', [
      ['commute', 'iop.sessions.0', 'Travel', 'me', '2026-11-30', '17:30', '17:50'],
      ['iop', 'iop.sessions.0', 'Arrive early: Group therapy', 'me', '2026-11-30', '17:50', '18:00'],
      ['iop', 'iop.sessions.0', 'Group therapy', 'me', '2026-11-30', '18:00', '21:00'],
      ['iop', 'individual-counselling', 'Individual counselling', 'me', '2026-12-01', '18:00', '18:50'],
      ['habit', 'walk', 'Walk', 'me', '2026-12-01', '07:00', '07:30'],
    ]);
    const sessions = plannedSessions(profile, plan);
    expect(sessions.map((s) => [s.date, s.source, s.title, s.start.slice(11, 16)])).toEqual([
      ['2026-11-30', 'iop.sessions.0', 'Group therapy', '18:00'],
      ['2026-12-01', 'individual-counselling', 'Individual counselling', '18:00'],
    ]);
  });
});
