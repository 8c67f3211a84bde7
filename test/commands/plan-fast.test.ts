import { beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli.js';
import { readPlanFlags } from '../../src/commands/plan-fast.js';

const received = vi.hoisted(() => ({ options: [] as unknown[] }));

vi.mock('../../src/commands/plan.js', () => ({
  planCommand: async (options: unknown) => {
    received.options.push(options);
    return 0;
  },
}));

/** What commander's `plan` action hands planCommand for these arguments. */
async function throughCommander(args: string[]): Promise<unknown> {
  received.options = [];
  expect(await runCli(['plan', ...args])).toBe(0);
  return received.options[0];
}

beforeEach(() => {
  received.options = [];
});

describe('readPlanFlags', () => {
  it.each([
    [[]],
    [['--format', 'md']],
    [['--week', 'next', '--format', 'md', '--out', 'plans', '--quiet', '--strict']],
    [['-w', '2026-W49', '-f', 'html', '-o', 'out', '-q', '--view', 'family', '--no-color']],
    [['--json', '--now', '2026-11-30T20:00:00Z']],
    [['--format=md', '--week=next', '--out=a=b']],
    [['-c', 'me.yaml', '--ics', '--view', 'all', '--force']],
    [['--config', 'profiles/', '--out', 'plans']],
    [['--format', 'json', '--json']],
  ])('reads %j as commander does', async (args) => {
    const fast = readPlanFlags(args);
    expect(fast).toBeDefined();
    expect(fast).toEqual(await throughCommander(args));
  });

  it.each([
    [['--example']],
    [['--example', 'evening-iop-parent']],
    [['--help']],
    [['--format', 'pdf']],
    [['--view', 'boss']],
    [['--week']],
    [['--week', '--quiet']],
    [['--now', 'soon']],
    [['--format', 'md', '--format', 'html']],
    [['-c', 'a.yaml', 'b.yaml']],
    [['--add', 'Dentist 2026-12-02 14:00-15:00']],
    [['--skip', 'peer-call@2026-12-03']],
    [['--template', 'mine.md', '--format', 'md']],
    [['--program', '--ics']],
    [['--weeks', '4', '--ics']],
    [['--clear-overrides']],
    [['--quiet=yes']],
    [['-fmd']],
    [['stray']],
  ])('leaves %j to commander', (args) => {
    expect(readPlanFlags(args)).toBeUndefined();
  });
});
