import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { type CalendarServer, PreconditionFailedError } from '../../src/adapters/sync/caldav-client.js';
import type { Io } from '../../src/app/io.js';
import { runSync, type SyncOptions } from '../../src/app/run-sync.js';
import { runSyncSetup, SETUP_NO_TTY } from '../../src/app/run-sync-setup.js';
import { splitCommand } from '../../src/app/sync-setup-answers.js';
import { fakePrompter } from './init/fake-prompter.js';

/** An in-memory CalDAV server: calendars of resources with ETags; `failOnPut` makes the n-th PUT a 412. */
function memoryServer() {
  const calendars = new Map<string, { name: string; resources: Map<string, { etag: string; body: string }> }>();
  let etags = 0;
  const log: string[] = [];
  const state = { failOnPut: 0, puts: 0 };
  const server: CalendarServer = {
    calendarUrl: (slug) => `https://dav.example.org/home/${slug}/`,
    createCalendar: async (url, name) => {
      log.push(`MKCALENDAR ${name}`);
      calendars.set(url, { name, resources: new Map() });
    },
    listResources: async (url) => {
      const calendar = calendars.get(url);
      return calendar && new Map([...calendar.resources].map(([n, r]) => [n, r.etag] as const));
    },
    readResources: async (url, names) =>
      new Map(names.map((n) => [n, calendars.get(url)?.resources.get(n)?.body ?? ''] as const)),
    put: async (url, name, body, etag) => {
      state.puts++;
      const resources = calendars.get(url)?.resources ?? new Map();
      if (state.puts === state.failOnPut) throw new PreconditionFailedError(name);
      if (etag === undefined ? resources.has(name) : resources.get(name)?.etag !== etag)
        throw new PreconditionFailedError(name);
      log.push(`PUT ${name}`);
      const next = `"${++etags}"`;
      resources.set(name, { etag: next, body });
      return next;
    },
    remove: async (url, name) => {
      log.push(`DELETE ${name}`);
      calendars.get(url)?.resources.delete(name);
    },
  };
  return { server, calendars, log, state };
}

let root: string;
let out: string[];

const io = (overrides: Partial<Io> = {}): Io => ({
  stdout: (t) => out.push(t),
  stderr: () => {},
  env: {
    IOP_PLAN_DATA_DIR: join(root, 'data'),
    IOP_PLAN_CONFIG_DIR: join(root, 'config'),
    IOP_PLAN_CALDAV_PASSWORD: 'pw',
  },
  cwd: root,
  stdoutIsTTY: false,
  stdinIsTTY: false,
  columns: undefined,
  now: () => Date.now(),
  ...overrides,
});

const options = (overrides: Partial<SyncOptions> = {}): SyncOptions => ({
  config: resolve('test/fixtures/sync/sync-profile.yaml'),
  week: '2026-11-30',
  now: '2026-11-26T12:00:00Z',
  view: 'all',
  color: false,
  ...overrides,
});

const records = () =>
  readdirSync(join(root, 'data'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'));

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'iop-run-sync-'));
  out = [];
  const settings = { url: 'https://dav.example.org/', username: 'sam', passwordCommand: ['false'] };
  mkdirSync(join(root, 'config'), { recursive: true });
  writeFileSync(join(root, 'config', 'sync.json'), JSON.stringify(settings));
});

describe('runSync', () => {
  it('after a 412 part-way, keeps the record of what was written, and the next run carries on', async () => {
    const dav = memoryServer();
    dav.state.failOnPut = 5;
    await expect(runSync(options({ view: 'me' }), io(), { connect: async () => dav.server })).rejects.toThrow(
      /changed on the server during the sync \(HTTP 412\); run iop-plan sync again/,
    );
    const written = dav.log.filter((l) => l.startsWith('PUT')).length;
    expect(written).toBeGreaterThanOrEqual(1);
    const [record] = records();
    const recorded = JSON.parse(readFileSync(join(root, 'data', String(record)), 'utf8')).calendars.me.resources;
    expect(Object.keys(recorded)).toHaveLength(written);

    dav.state.failOnPut = 0;
    dav.log.length = 0;
    await runSync(options({ view: 'me' }), io(), { connect: async () => dav.server });
    expect(dav.log.filter((l) => l.startsWith('PUT')).length).toBe(
      [...(dav.calendars.values().next().value?.resources.keys() ?? [])].length - written,
    );
    expect(out.join('')).toMatch(/0 left alone, \d+ unchanged/);
  });

  it('--view touches only that view and keeps the record of the others', async () => {
    const dav = memoryServer();
    await runSync(options(), io(), { connect: async () => dav.server });
    expect([...dav.calendars.values()].map((c) => c.name).sort()).toEqual([
      'Household',
      'Household: Alex',
      'Out of office',
      'Sam',
    ]);
    const before = readFileSync(join(root, 'data', String(records()[0])), 'utf8');
    dav.log.length = 0;
    out = [];
    await runSync(options({ view: 'employer' }), io(), { connect: async () => dav.server });
    expect(dav.log).toEqual([]);
    expect(readFileSync(join(root, 'data', String(records()[0])), 'utf8')).toBe(before);
    expect(out.join('')).toMatch(/^2026-W49: 0 created, 0 updated, 0 deleted, 0 left alone, \d+ unchanged\n$/);
  });

  it('--weeks: each week keeps its own record, and a later week deletes nothing of an earlier one', async () => {
    const dav = memoryServer();
    await runSync(options({ weeks: 3 }), io(), { connect: async () => dav.server });
    expect(dav.log.filter((l) => l.startsWith('DELETE'))).toEqual([]);
    const lines = out.join('').split('\n');
    for (const week of ['2026-W49', '2026-W50', '2026-W51'])
      expect(lines.find((l) => l.startsWith(week))).toMatch(
        /: \d+ created, 0 updated, 0 deleted, 0 left alone, 0 unchanged$/,
      );
    expect(records()).toHaveLength(3);
    out = [];
    dav.log.length = 0;
    await runSync(options({ weeks: 3 }), io(), { connect: async () => dav.server });
    expect(dav.log).toEqual([]);
    expect(out.join('')).not.toMatch(/left alone \(/);
  });
});

describe('runSyncSetup', () => {
  it('refuses without a terminal, saying what to write instead', async () => {
    await expect(runSyncSetup(io())).rejects.toThrow(SETUP_NO_TTY);
  });

  it('asks server, user name and password command, and writes sync.json without a password', async () => {
    const p = fakePrompter({
      'sync.url': { attempts: ['http://dav.example.org/', 'https://dav.example.org/dav/'] },
      'sync.username': 'sam',
      'sync.passwordCommand': { attempts: ['pass show "cal dav', "pass show 'cal dav'"] },
      'sync.try': true,
    });
    let tried: unknown;
    const connect = async (account: unknown) => {
      tried = account;
      return memoryServer().server;
    };
    await runSyncSetup(io(), { prompter: p.prompter, connect });
    const saved = JSON.parse(readFileSync(join(root, 'config', 'sync.json'), 'utf8'));
    expect(saved).toEqual({
      url: 'https://dav.example.org/dav/',
      username: 'sam',
      passwordCommand: ['pass', 'show', 'cal dav'],
    });
    expect(tried).toEqual({ url: 'https://dav.example.org/dav/', username: 'sam', password: 'pw' });
    p.assertAllUsed();
  });
});

describe('splitCommand', () => {
  it.each([
    ['pass show caldav', ['pass', 'show', 'caldav']],
    ['secret-tool lookup service "my caldav"', ['secret-tool', 'lookup', 'service', 'my caldav']],
    ["op read 'op://Personal/CalDAV/password'", ['op', 'read', 'op://Personal/CalDAV/password']],
    ['cat my\\ file', ['cat', 'my file']],
    ['  ', 'enter a command that prints the password, e.g. pass show caldav'],
  ])('%s', (text, words) => {
    expect(splitCommand(text)).toEqual(words);
  });
});
