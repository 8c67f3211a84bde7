import { describe, expect, it } from 'vitest';
import { diffPlans } from '../../src/domain/plan-diff.js';
import type { Block, Plan } from '../../src/domain/plan-types.js';

function block(source: string, start: string, end: string): Block {
  const at = (t: string) => `2026-12-01T${t}:00-05:00`;
  return {
    id: source,
    source,
    category: 'habit',
    title: source,
    owner: 'me',
    start: at(start),
    end: at(end),
    fixed: false,
  };
}

function plan(blocks: Block[]): Plan {
  return { blocks } as Plan;
}

describe('diffPlans', () => {
  it('lists a day’s changes in the order of their times, whatever their kind', () => {
    const before = plan([block('walk', '18:00', '18:30'), block('read', '20:00', '20:30')]);
    const after = plan([block('walk', '19:00', '19:30'), block('call', '07:00', '07:15')]);
    expect(diffPlans(before, after).map((c) => `${c.kind} ${c.source}`)).toEqual([
      'added call',
      'moved walk',
      'removed read',
    ]);
  });

  it('orders changes at the same time by item, not by the order they were found', () => {
    const a = [block('walk', '18:00', '18:30'), block('call', '18:00', '18:30')];
    const b = [block('walk', '19:00', '19:30'), block('call', '19:00', '19:30')];
    const forward = diffPlans(plan(a), plan(b)).map((c) => c.source);
    const backward = diffPlans(plan([...a].reverse()), plan([...b].reverse())).map((c) => c.source);
    expect(forward).toEqual(['call', 'walk']);
    expect(backward).toEqual(forward);
  });
});
