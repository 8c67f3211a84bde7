import { describe, expect, it } from 'vitest';
import type { Block, Category, Plan } from '../../../src/domain/plan-types.js';
import { privateSourcesOf, sensitivityBySource, sensitivityOf } from '../../../src/domain/privacy/sensitivity.js';
import { makeProfile } from '../calendar/calendar-fixtures.js';

const profile = makeProfile({
  iop: {
    program: 'Evening IOP',
    startDate: '2026-11-30',
    weeks: 12,
    sessions: [{ days: ['mon', 'wed'], start: '18:00', end: '21:00' }],
    flexible: [
      { id: 'counselling', title: 'Individual counselling', minutes: 50, perWeek: 1, window: ['09:00', '20:00'] },
    ],
  },
  duties: [{ id: 'school-run', title: 'School run', days: ['mon'], start: '08:00', end: '08:30' }],
});

const block = (category: Category, source: string) => ({ category, source }) as Pick<Block, 'category' | 'source'>;

describe('sensitivityOf', () => {
  const blocks = [
    block('iop', 'iop.sessions.0'),
    block('commute', 'iop.sessions.0'),
    block('habit', 'peer-call'),
    block('commute', 'peer-call'),
    block('duty', 'school-run'),
    block('iop', 'imported-clinic'),
  ];
  const bySource = sensitivityBySource(profile, blocks);

  it.each([
    [block('iop', 'iop.sessions.0'), 'treatment'],
    // Travel and arrive-early carry their item's source.
    [block('commute', 'iop.sessions.0'), 'treatment'],
    [block('commute', 'counselling'), 'treatment'],
    [block('commute', 'imported-clinic'), 'treatment'],
    [block('commute', 'iop.sessions.3'), 'treatment'],
    [block('habit', 'peer-call'), 'recovery'],
    [block('commute', 'peer-call'), 'recovery'],
    [block('habit', 'unknown'), 'recovery'],
    [block('duty', 'school-run'), 'none'],
    [block('commute', 'school-run'), 'none'],
    [block('sleep', 'sleep'), 'none'],
  ] as const)('%j is %s', (b, expected) => {
    const known = sensitivityBySource(profile, [...blocks, b]);
    expect(sensitivityOf(b, known)).toBe(expected);
  });

  it('calls a source that is both treatment and recovery treatment', () => {
    const both = sensitivityBySource(profile, [block('habit', 'counselling')]);
    expect(sensitivityOf(block('commute', 'counselling'), both)).toBe('treatment');
    expect(sensitivityOf(block('habit', 'counselling'), both)).toBe('treatment');
  });

  it('knows the profile sources before any block is placed', () => {
    expect([...bySource.keys()].sort()).toEqual(
      ['counselling', 'imported-clinic', 'iop.sessions.0', 'peer-call'].sort(),
    );
  });
});

describe('privateSourcesOf', () => {
  it('is every source that is treatment or recovery, and no other', () => {
    const plan = { blocks: [block('duty', 'school-run'), block('iop', 'imported-clinic')] } as unknown as Plan;
    expect([...privateSourcesOf(plan, profile)].sort()).toEqual(
      ['counselling', 'imported-clinic', 'iop.sessions.0', 'peer-call'].sort(),
    );
  });
});
