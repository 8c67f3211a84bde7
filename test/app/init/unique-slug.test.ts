import { describe, expect, it } from 'vitest';
import { assignIds } from '../../../src/app/init/assign-ids.js';
import { uniqueSlug } from '../../../src/app/init/unique-slug.js';

describe('ids', () => {
  it('slugs titles and keeps them unique', () => {
    const taken = new Set(['me']);
    expect(uniqueSlug('Peer support call', taken, 'item')).toBe('peer-support-call');
    expect(uniqueSlug('Peer support call!', taken, 'item')).toBe('peer-support-call-2');
    expect(uniqueSlug('日本語', taken, 'item')).toBe('item');
  });

  it('keeps existing ids and the profile id, and gives the rest one', () => {
    const doc = assignIds(
      {
        version: 1,
        id: 'keep-me',
        timezone: 'UTC',
        me: { name: 'Sam' },
        sleep: { bedtime: '22:00', wake: '06:00' },
        habits: [
          { id: 'walk', title: 'Dinner', minutes: 10, window: ['07:00', '08:00'] },
          { title: 'Walk', minutes: 10, window: ['07:00', '08:00'] },
        ],
        events: [{ title: 'Dinner', date: '2026-12-01', start: '18:00', end: '19:00' }],
      },
      () => 'new',
    );
    expect(doc.id).toBe('keep-me');
    expect(doc.habits?.map((h) => h.id)).toEqual(['walk', 'walk-2']);
    expect(doc.events?.[0]?.id).toBe('dinner');
  });
});
