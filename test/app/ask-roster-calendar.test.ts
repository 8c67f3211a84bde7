import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { askRosterCalendar, checkCalendarFile } from '../../src/app/ask-roster-calendar.js';
import type { ProfileInput } from '../../src/domain/profile-schema.js';
import { ENTER, fakePrompter } from './init/fake-prompter.js';

const FIXTURES = resolve('test/fixtures/calendars');
const draft = {
  version: 1,
  timezone: 'America/New_York',
  sleep: { bedtime: '22:30', wake: '06:00' },
  calendars: [{ file: '/home/sam/alex.ics', owner: 'alex' }],
} as ProfileInput;
const ctx = { cwd: FIXTURES, check: checkCalendarFile };

describe('askRosterCalendar', () => {
  it('adds the roster as a full path after reading it, keeping the other calendars', async () => {
    const p = fakePrompter({
      'calendars.roster': true,
      'calendars.roster.file': { attempts: ['', 'day-roster.ics'] },
      'calendars.roster.label': 'Warehouse',
    });
    const next = await askRosterCalendar(p.prompter, draft, ctx);
    p.assertAllUsed();
    expect(next.calendars).toEqual([
      { file: join(FIXTURES, 'day-roster.ics'), as: 'work', label: 'Warehouse' },
      { file: '/home/sam/alex.ics', owner: 'alex' },
    ]);
  });

  it('asks again, saying why, when the file cannot be read', async () => {
    const p = fakePrompter({
      'calendars.roster': true,
      'calendars.roster.file': 'nope.ics',
      'calendars.roster.file#2': 'day-roster.ics',
      'calendars.roster.label': ENTER,
    });
    const next = await askRosterCalendar(p.prompter, draft, ctx);
    p.assertAllUsed();
    expect(p.said.some((s) => /cannot be used: .*no such file/.test(s))).toBe(true);
    expect(next.calendars?.[0]).toEqual({ file: join(FIXTURES, 'day-roster.ics'), as: 'work', label: 'Work' });
  });

  it('drops an earlier roster on no', async () => {
    const withRoster = { ...draft, calendars: [{ file: '/r.ics', as: 'work' as const }] };
    const p = fakePrompter({ 'calendars.roster': false });
    const next = await askRosterCalendar(p.prompter, withRoster, ctx);
    expect(next.calendars).toBeUndefined();
  });
});
