import { describe, expect, it } from 'vitest';
import { type CalendarSyncInput, decideSync, type KnownResource } from '../../../src/domain/sync/decide-sync.js';

const known = (etag: string, hash: string, sequence = 0): KnownResource => ({ etag, hash, sequence, label: 'x' });
const want = (name: string, hash: string) => ({ name, hash, label: name });

function decide(input: Partial<CalendarSyncInput>) {
  return decideSync({
    wanted: [],
    known: {},
    server: new Map(),
    serverHashes: new Map(),
    overwrite: false,
    ...input,
  }).map(({ kind, name, ...rest }) => ({ kind, name, ...rest }));
}

describe('decideSync', () => {
  it('creates what is new and leaves what is unchanged alone', () => {
    const actions = decide({
      wanted: [want('a.ics', 'h1'), want('b.ics', 'h2')],
      known: { 'b.ics': known('"e2"', 'h2', 3) },
      server: new Map([['b.ics', '"e2"']]),
    });
    expect(actions.map((a) => [a.kind, a.name])).toEqual([
      ['create', 'a.ics'],
      ['keep', 'b.ics'],
    ]);
  });

  it('updates a changed event with If-Match on its recorded ETag, one SEQUENCE up', () => {
    const [action] = decide({
      wanted: [want('a.ics', 'new')],
      known: { 'a.ics': known('"e1"', 'old', 2) },
      server: new Map([['a.ics', '"e1"']]),
    });
    expect(action).toMatchObject({ kind: 'update', etag: '"e1"', sequence: 3 });
    expect(action).not.toHaveProperty('reason');
  });

  it('deletes what left the plan, and forgets what is gone from both', () => {
    const actions = decide({
      known: { 'a.ics': known('"e1"', 'h'), 'b.ics': known('"e2"', 'h') },
      server: new Map([['a.ics', '"e1"']]),
    });
    expect(actions).toEqual([
      { kind: 'delete', name: 'a.ics', label: 'x', etag: '"e1"' },
      { kind: 'forget', name: 'b.ics', label: 'x' },
    ]);
  });

  it.each([
    ['edited', new Map([['a.ics', '"phone"']])],
    ['deleted', new Map<string, string>()],
  ] as const)('leaves an event %s on another device alone while the plan has not changed it', (why, server) => {
    const was = known('"e1"', 'h', 1);
    const [action] = decide({ wanted: [want('a.ics', 'h')], known: { 'a.ics': was }, server });
    expect(action).toEqual({ kind: 'left-alone', name: 'a.ics', label: 'a.ics', why, known: was });
  });

  it('replaces an edit made elsewhere once the plan changes the event, with If-Match on the new ETag', () => {
    const [action] = decide({
      wanted: [want('a.ics', 'moved')],
      known: { 'a.ics': known('"e1"', 'h', 1) },
      server: new Map([['a.ics', '"phone"']]),
    });
    expect(action).toMatchObject({ kind: 'update', etag: '"phone"', sequence: 2, reason: 'edited-elsewhere' });
  });

  it('recreates an event deleted elsewhere once the plan changes it', () => {
    const [action] = decide({ wanted: [want('a.ics', 'moved')], known: { 'a.ics': known('"e1"', 'h', 1) } });
    expect(action).toMatchObject({ kind: 'create', sequence: 2, reason: 'deleted-elsewhere' });
  });

  it.each([
    ['edited', new Map([['a.ics', '"phone"']]), 'update'],
    ['deleted', new Map<string, string>(), 'create'],
  ] as const)('--overwrite replaces an event %s elsewhere at once', (_why, server, kind) => {
    const [action] = decide({
      wanted: [want('a.ics', 'h')],
      known: { 'a.ics': known('"e1"', 'h', 1) },
      server,
      overwrite: true,
    });
    expect(action).toMatchObject({ kind, sequence: 1 });
  });

  it('deletes an event that left the plan even if it was edited elsewhere, and says so', () => {
    const [action] = decide({ known: { 'a.ics': known('"e1"', 'h') }, server: new Map([['a.ics', '"phone"']]) });
    expect(action).toMatchObject({ kind: 'delete', etag: '"phone"', reason: 'edited-elsewhere' });
  });

  it('adopts a resource with the expected name when the record is lost: kept if equal, else updated', () => {
    const actions = decide({
      wanted: [want('same.ics', 'h1'), want('other.ics', 'h2')],
      server: new Map([
        ['same.ics', '"s"'],
        ['other.ics', '"o"'],
        ['foreign.ics', '"f"'],
      ]),
      serverHashes: new Map([
        ['same.ics', 'h1'],
        ['other.ics', 'stale'],
      ]),
    });
    expect(actions).toEqual([
      {
        kind: 'keep',
        name: 'same.ics',
        label: 'same.ics',
        known: { etag: '"s"', hash: 'h1', sequence: 0, label: 'same.ics' },
      },
      { kind: 'update', name: 'other.ics', label: 'other.ics', sequence: 0, etag: '"o"', reason: 'adopted' },
    ]);
  });
});
