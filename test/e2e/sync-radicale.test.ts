import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRadicale, type RadicaleServer, startRadicale } from '../../scripts/radicale-server.mjs';
import { findForbiddenWord } from '../../src/domain/privacy/forbidden-words.js';
import { readIcs } from '../adapters/calendar/read-ics.js';
import { inCi } from '../support/in-ci.js';
import { ensureBuilt } from './ensure-built.js';

// Real-server tests of `iop-plan sync` (DESIGN §5a) against Debian's Radicale, started here on a
// free port with a temporary storage folder and htpasswd authentication. On CI a missing
// Radicale fails these tests instead of skipping them.
const WEEK = '2026-11-30';
const NOW = '2026-11-26T12:00:00Z';
const PROFILE = readFileSync('test/fixtures/sync/sync-profile.yaml', 'utf8');
const WRITES = /^(PUT|DELETE|MKCALENDAR|MKCOL|PROPPATCH|MOVE|COPY) /;

let server: RadicaleServer;

beforeAll(async () => {
  if (!hasRadicale() && !inCi) return;
  ensureBuilt();
  server = await startRadicale();
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

/** A person with their own config and data folders, profile file and sync.json. */
function makeUser(id: string, password = 'correct horse') {
  const home = mkdtempSync(join(tmpdir(), 'iop-sync-e2e-'));
  mkdirSync(join(home, 'config'));
  const profile = join(home, 'profile.yaml');
  writeFileSync(profile, PROFILE.replace('id: sync-test', `id: ${id}`));
  // The password command runs without a shell: here, node printing it.
  const passwordCommand = [process.execPath, '-e', `console.log(${JSON.stringify(password)})`];
  writeFileSync(
    join(home, 'config', 'sync.json'),
    JSON.stringify({ url: server.url, username: server.username, passwordCommand }),
    { mode: 0o600 },
  );
  const env = {
    PATH: process.env.PATH ?? '',
    TZ: 'UTC',
    HOME: home,
    IOP_PLAN_CONFIG_DIR: join(home, 'config'),
    IOP_PLAN_DATA_DIR: join(home, 'data'),
  };
  const run = (args: string[]) => {
    const result = spawnSync(process.execPath, [resolve('bin/iop-plan.js'), ...args], {
      cwd: home,
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  const sync = (...extra: string[]) => {
    const before = server.requests().length;
    const result = run(['sync', '--config', profile, '--week', WEEK, '--now', NOW, ...extra]);
    return { ...result, requests: server.requests().slice(before) };
  };
  const editProfile = (edit: (text: string) => string) => writeFileSync(profile, edit(readFileSync(profile, 'utf8')));
  return { home, profile, run, sync, editProfile, data: join(home, 'data') };
}

/** The calendar files `plan --ics --view all` writes for the same week: what the server should hold. */
function exportedViews(user: ReturnType<typeof makeUser>) {
  const result = user.run(['plan', '--config', user.profile, '--week', WEEK, '--now', NOW, '--ics', '--view', 'all']);
  expect(result.code).toBe(0);
  return readdirSync(user.home)
    .filter((f) => f.endsWith('.ics'))
    .map((f) => ({
      file: f,
      uids: readIcs(readFileSync(join(user.home, f), 'utf8'))
        .events.map((e) => e.uid)
        .sort(),
    }));
}

interface StoredCalendar {
  slug: string;
  displayName: string;
  resources: Map<string, string>;
}

/** The server's calendars for the test user, read from Radicale's storage folder. */
function storedCalendars(): StoredCalendar[] {
  const root = join(server.storage, 'collection-root', server.username);
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
    .map((d) => {
      const dir = join(root, d.name);
      const props = JSON.parse(readFileSync(join(dir, '.Radicale.props'), 'utf8'));
      const resources = new Map(
        readdirSync(dir)
          .filter((f) => f.endsWith('.ics'))
          .map((f) => [f, readFileSync(join(dir, f), 'utf8')] as const),
      );
      return { slug: d.name, displayName: String(props['D:displayname']), resources };
    });
}

/** Everything stored for the server, as text: equal snapshots mean nothing changed. */
function snapshot(): string {
  return JSON.stringify(storedCalendars().map((c) => [c.slug, c.displayName, [...c.resources].sort()]));
}

/** The user's calendars by key (`me`, `household`, …), found through the URLs in their sync record. */
function calendarsOf(user: ReturnType<typeof makeUser>): Map<string, StoredCalendar> {
  const dir = join(user.data, 'sync');
  const record = readdirSync(dir, { recursive: true, encoding: 'utf8' }).find((f) => f.endsWith('2026-W49.json'));
  const state = JSON.parse(readFileSync(join(dir, String(record)), 'utf8')) as {
    calendars: Record<string, { url: string }>;
  };
  const stored = storedCalendars();
  const found = new Map<string, StoredCalendar>();
  for (const [key, { url }] of Object.entries(state.calendars)) {
    const slug = new URL(url).pathname.split('/').filter(Boolean).pop();
    const calendar = stored.find((c) => c.slug === slug);
    if (calendar) found.set(key, calendar);
  }
  return found;
}

/** The resource of the user's own calendar whose SUMMARY is `title`: its name, text and URL. */
function resourceTitled(user: ReturnType<typeof makeUser>, title: string) {
  const me = calendarsOf(user).get('me');
  const [name, text] = [...(me?.resources ?? [])].find(([, t]) => t.includes(`SUMMARY:${title}\r\n`)) ?? [];
  if (!me || !name || !text) throw new Error(`no resource titled ${title}`);
  const path = join(server.storage, 'collection-root', server.username, me.slug, name);
  return { name, text, path, url: `${server.url}${server.username}/${me.slug}/${name}` };
}

const auth = () => `Basic ${Buffer.from(`${server.username}:${server.password}`).toString('base64')}`;

/** What the phone does: a conditional PUT (or DELETE) of its own, with the ETag it read. */
async function changeOnPhone(url: string, body: string | undefined) {
  const current = await fetch(url, { headers: { Authorization: auth() } });
  const etag = current.headers.get('etag') ?? '';
  await current.text();
  const headers = { Authorization: auth(), 'If-Match': etag, 'Content-Type': 'text/calendar; charset=utf-8' };
  const response = await fetch(
    url,
    body === undefined ? { method: 'DELETE', headers } : { method: 'PUT', body, headers },
  );
  await response.text();
  return response.status;
}

const uidsOf = (calendar: StoredCalendar) =>
  [...calendar.resources.values()].map((text) => readIcs(text).events[0]?.uid).sort();

describe.runIf(hasRadicale() || inCi)('iop-plan sync against Radicale', () => {
  it('first sync creates every event of every view, one VEVENT per resource, neutral names', () => {
    const before = new Set(storedCalendars().map((c) => c.slug));
    const user = makeUser('first-sync');
    const result = user.sync();
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const calendars = storedCalendars().filter((c) => !before.has(c.slug));
    const views = exportedViews(user);
    expect(views.length).toBeGreaterThanOrEqual(4); // me, household, a member, employer
    expect(calendars).toHaveLength(views.length);
    const total = views.reduce((n, v) => n + v.uids.length, 0);
    expect(result.stdout).toContain(`2026-W49: ${total} created, 0 updated, 0 deleted, 0 left alone, 0 unchanged`);
    // Every view's events, exactly, each in a calendar of its own.
    for (const view of views) expect(calendars.map(uidsOf)).toContainEqual(view.uids);
    for (const calendar of calendars) {
      for (const [name, text] of calendar.resources) {
        const parsed = new ICAL.Component(ICAL.parse(text));
        expect(parsed.getAllSubcomponents('vevent')).toHaveLength(1);
        expect(parsed.getFirstPropertyValue('method')).toBeNull();
        expect(text).not.toMatch(/^X-WR-/m);
        expect(name).toBe(
          `${String(parsed.getFirstSubcomponent('vevent')?.getFirstPropertyValue('uid')).replace(/@.*/, '')}.ics`,
        );
      }
    }
    const names = calendars.map((c) => c.displayName).sort();
    expect(names).toEqual(['Household', 'Household: Alex', 'Out of office', 'Sam']);
    for (const calendar of calendars.filter((c) => c.displayName !== 'Sam')) {
      // Seen by the household or the employer: nothing the tool adds names it or treatment.
      for (const text of calendar.resources.values()) expect(findForbiddenWord(text)).toBeUndefined();
      expect(findForbiddenWord(calendar.displayName)).toBeUndefined();
      expect(calendar.displayName).not.toMatch(/iop/i);
      expect(calendar.slug).not.toMatch(/iop|plan|out-of-office/i);
    }
  });

  it('a second sync of the unchanged week sends no write; a lost record adopts what is there', () => {
    const user = makeUser('resync');
    expect(user.sync().code).toBe(0);
    const stored = snapshot();
    const again = user.sync();
    expect(again.code).toBe(0);
    expect(again.requests.filter((r) => WRITES.test(r))).toEqual([]);
    expect(again.stdout).toMatch(/0 created, 0 updated, 0 deleted, 0 left alone, \d+ unchanged/);
    expect(snapshot()).toBe(stored);
    // The record in the data folder is lost: the resources with the expected names are adopted.
    spawnSync('rm', ['-rf', join(user.data, 'sync')]);
    const adopted = user.sync();
    expect(adopted.code).toBe(0);
    expect(adopted.requests.filter((r) => WRITES.test(r))).toEqual([]);
    expect(snapshot()).toBe(stored);
  });

  it('a lost record and a changed week: what the plan still holds is adopted, leftovers of the week deleted', () => {
    const user = makeUser('lost-record');
    expect(user.sync().code).toBe(0);
    const market = resourceTitled(user, 'Farmers market');
    spawnSync('rm', ['-rf', join(user.data, 'sync')]);
    user.editProfile((t) => t.replace(/\n {2}- \{ id: market.*\n/, '\n'));
    const result = user.sync('--view', 'me');
    expect(result.code).toBe(0);
    expect(result.requests.filter((r) => WRITES.test(r))).toEqual([
      expect.stringMatching(new RegExp(`^DELETE /.*/${market.name}$`)),
    ]);
    expect(result.stdout).toMatch(/^2026-W49: 0 created, 0 updated, 1 deleted, 0 left alone, \d+ unchanged$/m);
    expect(existsSync(market.path)).toBe(false);
  });

  it('a server that cannot be reached, or does not speak TLS, is one line and exit 1', async () => {
    const user = makeUser('unreachable');
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const settings = join(user.home, 'config', 'sync.json');
    const account = JSON.parse(readFileSync(settings, 'utf8'));
    for (const [url, message] of [
      [`http://127.0.0.1:${port}/`, /^iop-plan: sync: cannot reach 127\.0\.0\.1:\d+ \(ECONNREFUSED\)/],
      [server.url.replace('http:', 'https:'), /^iop-plan: sync: the TLS connection to 127\.0\.0\.1:\d+ failed/],
    ] as const) {
      writeFileSync(settings, JSON.stringify({ ...account, url }));
      const result = user.sync();
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(existsSync(user.data)).toBe(false);
    }
  });

  it('a regenerated week with one event moved and one removed updates one and deletes one', () => {
    const user = makeUser('regenerate');
    expect(user.sync().code).toBe(0);
    const dentist = resourceTitled(user, 'Dentist');
    const market = resourceTitled(user, 'Farmers market');
    const countBefore = calendarsOf(user).get('me')?.resources.size ?? 0;
    user.editProfile((t) =>
      t
        .replace('date: 2026-12-05, start: "10:00", end: "11:00"', 'date: 2026-12-05, start: "14:00", end: "15:00"')
        .replace(/\n {2}- \{ id: market.*\n/, '\n'),
    );
    // The cron line: regenerate the week, then sync it (here the person's own calendar first).
    const out = join(user.home, 'out');
    const planned = user.run([
      'plan',
      '--config',
      user.profile,
      '--week',
      WEEK,
      '--now',
      NOW,
      '--out',
      out,
      '--quiet',
      '--strict',
    ]);
    expect(planned.code).toBe(0);
    const result = user.sync('--view', 'me', '--quiet');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    const writes = result.requests.filter((r) => WRITES.test(r));
    expect(writes).toHaveLength(2);
    expect(writes).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^PUT /.*/${dentist.name}$`)),
        expect.stringMatching(new RegExp(`^DELETE /.*/${market.name}$`)),
      ]),
    );
    const me = calendarsOf(user).get('me');
    expect(me?.resources.size).toBe(countBefore - 1);
    expect(me?.resources.has(market.name)).toBe(false);
    const moved = readIcs(String(me?.resources.get(dentist.name))).events[0];
    expect(moved?.startMs).toBe((readIcs(dentist.text).events[0]?.startMs ?? 0) + 4 * 3600_000);
    expect(String(me?.resources.get(dentist.name))).toMatch(/^SEQUENCE:1\r$/m);
    // The household calendar shows both events too: the next sync of every view updates and
    // deletes one there, and finds the person's own calendar up to date.
    const rest = user.sync();
    expect(rest.stdout).toMatch(/2026-W49: 0 created, 1 updated, 1 deleted, 0 left alone, \d+ unchanged/);
  });

  it('an event edited on the phone is left alone and reported, then replaced when the plan changes it', async () => {
    const user = makeUser('phone-edit');
    expect(user.sync().code).toBe(0);
    const dentist = resourceTitled(user, 'Dentist');
    expect(
      await changeOnPhone(dentist.url, dentist.text.replace('SUMMARY:Dentist', 'SUMMARY:Dentist (bring forms)')),
    ).toBe(201);

    const left = user.sync();
    expect(left.code).toBe(0);
    expect(left.requests.filter((r) => WRITES.test(r))).toEqual([]);
    expect(left.stdout).toMatch(/0 created, 0 updated, 0 deleted, 1 left alone/);
    expect(left.stdout).toContain(
      'left alone (edited on another device; --overwrite replaces it): Sam · Sat 5 Dec, 10:00 Dentist',
    );
    expect(readFileSync(dentist.path, 'utf8')).toContain('SUMMARY:Dentist (bring forms)');
    // Still left alone on the next run: the plan's version has not changed.
    expect(user.sync().requests.filter((r) => WRITES.test(r))).toEqual([]);

    // The plan's own version of that occurrence changes: now it is replaced, and that is said.
    user.editProfile((t) => t.replace('start: "10:00", end: "11:00"', 'start: "11:00", end: "12:00"'));
    const replaced = user.sync('--view', 'me');
    expect(replaced.code).toBe(0);
    expect(replaced.stdout).toContain(
      'updated (replacing an edit made on another device): Sam · Sat 5 Dec, 11:00 Dentist',
    );
    const now = readFileSync(dentist.path, 'utf8');
    expect(now).toContain('SUMMARY:Dentist\r\n');
    expect(now).not.toContain('bring forms');
  });

  it('an event deleted on the phone stays deleted until --overwrite puts it back', async () => {
    const user = makeUser('phone-delete');
    expect(user.sync().code).toBe(0);
    const market = resourceTitled(user, 'Farmers market');
    expect(await changeOnPhone(market.url, undefined)).toBeLessThan(300);

    const left = user.sync();
    expect(left.requests.filter((r) => WRITES.test(r))).toEqual([]);
    expect(left.stdout).toContain(
      'left alone (deleted on another device; --overwrite replaces it): Sam · Sun 6 Dec, 09:00 Farmers market',
    );
    expect(existsSync(market.path)).toBe(false);

    const overwritten = user.sync('--overwrite');
    expect(overwritten.code).toBe(0);
    expect(overwritten.requests.filter((r) => WRITES.test(r))).toEqual([
      expect.stringMatching(new RegExp(`^PUT /.*/${market.name}$`)),
    ]);
    expect(overwritten.stdout).toContain(
      'created (again: it was deleted on another device): Sam · Sun 6 Dec, 09:00 Farmers market',
    );
    expect(readFileSync(market.path, 'utf8')).toContain('SUMMARY:Farmers market');
  });

  it('--dry-run lists the changes and changes nothing on the server or locally', () => {
    const user = makeUser('dry-run');
    const before = snapshot();
    const first = user.sync('--dry-run');
    expect(first.code).toBe(0);
    expect(first.requests.filter((r) => WRITES.test(r))).toEqual([]);
    expect(snapshot()).toBe(before);
    expect(existsSync(join(user.data, 'sync'))).toBe(false);
    expect(first.stdout).toMatch(/would create: Sam · Sat 5 Dec, 10:00 Dentist/);
    expect(first.stdout).toContain('Dry run: nothing was sent to the server.');

    expect(user.sync().code).toBe(0);
    user.editProfile((t) => t.replace(/\n {2}- \{ id: market.*\n/, '\n'));
    const synced = snapshot();
    const record = readdirSync(join(user.data, 'sync'), { recursive: true }).sort().join();
    const dry = user.sync('--dry-run');
    expect(dry.requests.filter((r) => WRITES.test(r))).toEqual([]);
    expect(snapshot()).toBe(synced);
    expect(readdirSync(join(user.data, 'sync'), { recursive: true }).sort().join()).toBe(record);
    expect(dry.stdout).toMatch(/would delete: Sam · Sun 6 Dec, 09:00 Farmers market/);
  });

  it('a wrong password fails with exit 1 and one line, and writes nothing locally', () => {
    const user = makeUser('wrong-password', 'not the password');
    const before = snapshot();
    const result = user.sync();
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/refused user "sam" \(HTTP 401\)/);
    expect(result.requests.filter((r) => WRITES.test(r))).toEqual([]);
    expect(snapshot()).toBe(before);
    expect(existsSync(user.data)).toBe(false);
    expect(readdirSync(join(user.home, 'config'))).toEqual(['sync.json']);
  });
});
