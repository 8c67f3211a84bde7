import type { Plan } from './plan-types.js';
import type { Profile } from './profile.js';
import { buildWeek, formatInstant } from './week.js';

// Placeholder until the allocator lands.
export function buildPlan(profile: Profile, weekDate: string, nowMs: number): Plan {
  const week = buildWeek(profile.timezone, profile.weekStart, weekDate);
  return {
    version: 1,
    generatedAt: formatInstant(nowMs, 'UTC').replace('.000', ''),
    timezone: profile.timezone,
    week: { start: week.start, end: week.end, isoWeek: week.isoWeek },
    blocks: [],
    unplaced: [],
    leave: [],
    budget: {
      week: { sleep: 0, work: 0, iop: 0, commute: 0, duty: 0, habit: 0, event: 0, busy: 0, free: 0 },
      days: [],
      iopHours: 0,
      leaveMinutes: 0,
    },
    score: { tiers: [0, 0, 0, 0, 0, 0] },
    warnings: [],
  };
}
