import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/domain/build-plan.js';
import { applyOverrides, findUnknownSkip, NO_OVERRIDES } from '../../src/domain/week-overrides.js';
import { makeProfile } from '../support/make-profile.js';

const WED = '2026-12-02';
const NOW = Date.parse('2026-11-26T18:00:00Z');

describe('applyOverrides', () => {
  const profile = makeProfile({
    habits: [{ title: 'Walk', minutes: 30, days: ['wed'], window: ['07:00', '09:00'] }],
    duties: [{ title: 'Dentist', start: '16:00', end: '16:30', days: ['fri'] }],
  });
  const added = { ...NO_OVERRIDES, add: [{ title: 'Walk', date: WED, start: '12:00', end: '13:00' }] };

  it('gives an added event an id no other item of the profile has', () => {
    const events = applyOverrides(profile, {
      ...NO_OVERRIDES,
      add: [
        { title: 'Walk', date: WED, start: '12:00', end: '13:00' },
        { title: 'Dentist', date: WED, start: '14:00', end: '15:00' },
      ],
    }).events;
    expect(events.map((e) => e.source)).toEqual(['walk-2', 'dentist-2']);
  });

  it('so skipping the habit on a day leaves the added event of the same title in place', () => {
    const plan = buildPlan(profile, WED, NOW, { overrides: { ...added, skip: [`walk@${WED}`] } });
    expect(plan.blocks.filter((b) => b.title === 'Walk').map((b) => b.category)).toEqual(['event']);
  });
});

describe('findUnknownSkip', () => {
  it('names a --skip id the profile does not have, and lists the ids it does', () => {
    const profile = makeProfile({
      habits: [{ id: 'peer-call', title: 'Peer support call', minutes: 15, perWeek: 7, window: ['07:00', '21:00'] }],
    });
    const overrides = { add: [], skip: ['peer-cal@2026-12-03'], closed: [] };
    expect(findUnknownSkip(overrides, profile)).toBe('--skip: the profile has no item "peer-cal" (its ids: peer-call)');
    expect(findUnknownSkip({ ...overrides, skip: ['peer-call@2026-12-03'] }, profile)).toBeUndefined();
  });
});
