import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderCalendar } from '../../../src/adapters/calendar/render-calendar.js';
import { buildPlan } from '../../../src/domain/build-plan.js';
import { programWeeks } from '../../../src/domain/calendar/calendar-weeks.js';
import { planCalendarFiles } from '../../../src/domain/calendar/plan-calendar-files.js';
import { normalizeProfile } from '../../../src/domain/profile.js';
import { profileSchema } from '../../../src/domain/profile-schema.js';
import { readIcs } from './read-ics.js';

const NOW = Date.parse('2026-12-20T12:00:00Z');

/** A shipped sample profile moved to a 12-week program from 4 Jan 2027, across the 14 March DST change. */
function twelveWeekProgram(name: string) {
  const input = parse(readFileSync(new URL(`../../../templates/profiles/${name}.yaml`, import.meta.url), 'utf8'));
  input.iop.startDate = '2027-01-04';
  input.iop.weeks = 12;
  input.iop.closedDates = [];
  const profile = normalizeProfile(profileSchema.parse(input));
  const weeks = programWeeks(profile);
  if (!weeks.ok) throw new Error(weeks.problem);
  const plans = weeks.weekStarts.map((start) => buildPlan(profile, start, NOW));
  return { profile, plans };
}

const local = (ms: number, zone: string) => DateTime.fromMillis(ms, { zone });

describe('a 12-week program across a DST change', () => {
  it('has every group session at 18:00–21:00 local time, before and after the change', () => {
    const { profile, plans } = twelveWeekProgram('evening-iop-parent');
    const [me] = planCalendarFiles(profile, plans, ['me']);
    const events = readIcs(renderCalendar(me!, NOW)).events.filter((e) => e.summary === 'Group therapy');
    // Mondays, Wednesdays and Thursdays for 12 weeks.
    expect(events).toHaveLength(36);
    const offsets = new Set<number>();
    for (const e of events) {
      const start = local(e.startMs, profile.timezone);
      expect([start.toFormat('HH:mm'), local(e.endMs, profile.timezone).toFormat('HH:mm')]).toEqual(['18:00', '21:00']);
      offsets.add(start.offset);
    }
    // Both standard and daylight time occur: the test really crosses the change.
    expect(offsets.size).toBe(2);
  });

  it('keeps the employer file at the same local times on both sides of the change', () => {
    const { profile, plans } = twelveWeekProgram('morning-iop-flexible-work');
    const [employer] = planCalendarFiles(profile, plans, ['employer']);
    const events = readIcs(renderCalendar(employer!, NOW)).events;
    expect(events.length).toBeGreaterThan(0);
    const wallTimes = new Set(events.map((e) => local(e.startMs, profile.timezone).toFormat('HH:mm')));
    const offsets = new Set(events.map((e) => local(e.startMs, profile.timezone).offset));
    expect(offsets.size).toBe(2);
    // In-person sessions at 09:00 with 30 minutes of travel and 15 early: away from 08:15 (the shift starts 08:00).
    expect([...wallTimes].every((t) => t >= '08:00' && t < '16:30')).toBe(true);
    expect(events.every((e) => e.summary === 'Out of office')).toBe(true);
    // Twelve weeks of moved work: about 1.5 s a week on this machine (5-minute steps, docs/quality.md).
  }, 120_000);
});
