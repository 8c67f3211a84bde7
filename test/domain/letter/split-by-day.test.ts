import { describe, expect, it } from 'vitest';
import { splitByDay } from '../../../src/domain/letter/split-by-day.js';

const ny = (iso: string) => Date.parse(iso);

describe('splitByDay', () => {
  it('groups intervals by local day and splits one that crosses midnight', () => {
    const days = splitByDay(
      [
        { startMs: ny('2026-12-01T09:00:00-05:00'), endMs: ny('2026-12-01T10:30:00-05:00') },
        { startMs: ny('2026-12-01T14:00:00-05:00'), endMs: ny('2026-12-01T15:00:00-05:00') },
        { startMs: ny('2026-12-02T23:00:00-05:00'), endMs: ny('2026-12-03T01:00:00-05:00') },
      ],
      'America/New_York',
    );
    expect(days).toEqual([
      { date: '2026-12-01', times: ['09:00–10:30', '14:00–15:00'], minutes: 150 },
      { date: '2026-12-02', times: ['23:00–24:00'], minutes: 60 },
      { date: '2026-12-03', times: ['00:00–01:00'], minutes: 60 },
    ]);
  });
});
