import { describe, expect, it } from 'vitest';
import { readFastFlags } from '../../src/commands/today-fast.js';

const NOW = '2026-11-30T20:00:00Z';
const NOW_MS = Date.parse(NOW);

describe('readFastFlags', () => {
  it.each([
    [[], { nowMs: 5000, color: true }],
    [['--now', NOW], { nowMs: NOW_MS, color: true }],
    [[`--now=${NOW}`, '--no-color', '-q'], { nowMs: NOW_MS, color: false, quiet: true }],
    [['--quiet'], { nowMs: 5000, color: true, quiet: true }],
    [['-c', 'me.yaml', '--date', '2026-12-01'], { config: 'me.yaml', date: '2026-12-01', nowMs: 5000, color: true }],
    [['--config=a=b.yaml'], { config: 'a=b.yaml', nowMs: 5000, color: true }],
  ])('reads %j', (args, expected) => {
    expect(readFastFlags(args, { SOURCE_DATE_EPOCH: '5' })).toEqual({
      config: undefined,
      date: undefined,
      quiet: false,
      ...expected,
    });
  });

  it.each([
    [['--example']],
    [['--help']],
    [['--now']],
    [['--now', 'soon']],
    [['--date', 'tomorrow']],
    [['--date', '2026-12-01', '--date', '2026-12-02']],
    [['-c', '--no-color']],
    [['--config=']],
    [['-c=me.yaml']],
    [['extra']],
    [['--color']],
    [['--quiet=yes']],
    [['-x']],
  ])('leaves %j to the full command line', (args) => {
    expect(readFastFlags(args, {})).toBeUndefined();
  });
});
