import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/domain/build-plan.js';
import { applyOverrides, NO_OVERRIDES } from '../../src/domain/week-overrides.js';
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
