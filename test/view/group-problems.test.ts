import { describe, expect, it } from 'vitest';
import { groupUnplaced, groupWarnings } from '../../src/view/group-problems.js';
import type { UnplacedView } from '../../src/view/plan-view-model.js';

const unplaced = (when: string, reason = `${when}: past the daily cap`): UnplacedView => ({
  title: 'Breathing practice',
  ownerName: undefined,
  when,
  minutes: 10,
  code: 'cap',
  reason,
});

describe('groupUnplaced', () => {
  it('turns occurrences that differ only in their day into one line naming every day', () => {
    const groups = groupUnplaced([unplaced('Mon 30 Nov'), unplaced('Wed 2 Dec'), unplaced('Thu 3 Dec')]);
    expect(groups).toEqual([
      {
        title: 'Breathing practice',
        ownerName: undefined,
        when: 'Mon 30 Nov, Wed 2 Dec, Thu 3 Dec',
        minutes: 10,
        code: 'cap',
        reason: 'past the daily cap',
        count: 3,
      },
    ]);
  });

  it('keeps different reasons and a single occurrence as they are', () => {
    const groups = groupUnplaced([unplaced('Mon 30 Nov'), unplaced('Tue 1 Dec', 'Tue 1 Dec: no room')]);
    expect(groups.map((g) => [g.when, g.reason])).toEqual([
      ['Mon 30 Nov', 'Mon 30 Nov: past the daily cap'],
      ['Tue 1 Dec', 'Tue 1 Dec: no room'],
    ]);
  });
});

describe('groupWarnings', () => {
  it('names the days of a repeated warning once, wherever the day stands in it', () => {
    const sleep = (d: string) => ({ code: 'sleep-short', message: `${d}: only 6 h of sleep planned.` });
    const cover = (d: string) => ({
      code: 'uncovered-duty',
      message: `Nobody is free to do "Meds" on ${d}. Ask someone.`,
    });
    expect(groupWarnings([sleep('Mon 30 Nov'), cover('Mon 30 Nov'), sleep('Tue 1 Dec'), cover('Wed 2 Dec')])).toEqual([
      { code: 'sleep-short', message: 'Mon 30 Nov, Tue 1 Dec: only 6 h of sleep planned.', count: 2 },
      {
        code: 'uncovered-duty',
        message: 'Nobody is free to do "Meds" on Mon 30 Nov, Wed 2 Dec. Ask someone.',
        count: 2,
      },
    ]);
  });

  it('shows an identical warning once, with how many times it came', () => {
    const w = { code: 'free-time-low', message: 'Little free time.' };
    expect(groupWarnings([w, w, w])).toEqual([
      { code: 'free-time-low', message: 'Little free time. (3 times)', count: 3 },
    ]);
  });
});
