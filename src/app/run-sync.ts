import { createHash } from 'node:crypto';
import { unfoldLines } from '../adapters/calendar/fold-lines.js';
import { contentHash, renderResource, resourceName } from '../adapters/calendar/render-resource.js';
import type { CalDavAccount, CalendarServer } from '../adapters/sync/caldav-client.js';
import { readSyncSettings, resolvePassword } from '../adapters/sync/sync-settings.js';
import {
  readSyncState,
  recordedNames,
  syncStatePath,
  type WeekSyncState,
  writeSyncState,
} from '../adapters/sync/sync-state-store.js';
import type { CalendarEvent, CalendarView } from '../domain/calendar/calendar-types.js';
import { planCalendarFiles } from '../domain/calendar/plan-calendar-files.js';
import type { Plan } from '../domain/plan-types.js';
import type { Profile } from '../domain/profile.js';
import { decideSync, isWrite, type KnownResource } from '../domain/sync/decide-sync.js';
import { calendarDisplayName, syncCalendars } from '../domain/sync/sync-calendars.js';
import { formatDayTime } from '../domain/time/format-day-time.js';
import { localDateOf } from '../domain/week.js';
import type { Io } from './io.js';
import { planWeek } from './plan-week.js';
import { renderSyncReport, type SyncedCalendar } from './sync-report.js';
import { planWeeks } from './write-calendar-files.js';

export interface SyncOptions {
  config?: string;
  example?: string | boolean;
  week: string;
  weeks?: number;
  program?: boolean;
  view: CalendarView | 'all';
  now?: string;
  color: boolean;
  quiet?: boolean;
  dryRun?: boolean;
  overwrite?: boolean;
}

export interface SyncDeps {
  connect?: (account: CalDavAccount) => Promise<CalendarServer>;
}

const ALL_VIEWS: CalendarView[] = ['me', 'family', 'employer'];

/**
 * `iop-plan sync`: plans the weeks as `plan --ics` would (stored one-off changes, pinned to what
 * was published), then brings one CalDAV calendar per view and household member in line with
 * them (DESIGN §5a). Each week's record of what was sent is written once its writes are done,
 * or failed part-way (so an interrupted sync resumes where it stopped); `--dry-run` sends and
 * writes nothing.
 */
export async function runSync(options: SyncOptions, io: Io, deps: SyncDeps = {}): Promise<number> {
  const settings = readSyncSettings(io.env);
  const planned = await planWeek({ config: options.config, week: options.week, now: options.now }, io);
  const plans = await planWeeks(planned, options, io);
  const password = resolvePassword(settings, io.env);
  const connect = deps.connect ?? (await import('../adapters/sync/caldav-client.js')).connectCalDav;
  const server = await connect({ url: settings.url, username: settings.username, password });
  const views = options.view === 'all' ? ALL_VIEWS : [options.view];
  const session = new ServerView(server);
  const synced: SyncedCalendar[] = [];
  for (const plan of plans) {
    const statePath = syncStatePath(io.env, planned.profile.id, settings, plan.week.isoWeek);
    const state = readSyncState(statePath);
    const before = JSON.stringify(state);
    const week = { profile: planned.profile, plan, views, options, session, state, statePath };
    try {
      synced.push(...(await syncWeek(week)));
    } finally {
      // Also after a failure: what was written before it is recorded, so the next run carries on.
      if (!options.dryRun) {
        dropUnknownEtags(state);
        if (JSON.stringify(state) !== before) writeSyncState(statePath, state);
      }
    }
  }
  if (!options.quiet) for (const line of renderSyncReport(synced, options.dryRun === true)) io.stdout(`${line}\n`);
  return 0;
}

interface WeekToSync {
  profile: Profile;
  plan: Plan;
  views: CalendarView[];
  options: SyncOptions;
  session: ServerView;
  /** Updated in place as writes succeed. */
  state: WeekSyncState;
  statePath: string;
}

/** The name of a resource this tool writes: a UID's 32 hex digits. */
const OUR_NAME = /^[0-9a-f]{32}\.ics$/;

const viewOfKey = (key: string): CalendarView => (key.startsWith('household') ? 'family' : (key as CalendarView));

/** A calendar URL path segment that names neither the tool nor the person: a hash, shaped as a UUID. */
function calendarSlug(profileId: string, key: string): string {
  const h = createHash('sha256').update(`${profileId}\n${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

async function syncWeek(week: WeekToSync): Promise<SyncedCalendar[]> {
  const reports: SyncedCalendar[] = [];
  const { profile, plan, views, options, session, state } = week;
  const calendars = syncCalendars(profile, planCalendarFiles(profile, [plan], views));
  // Calendars synced before for this week and empty now (a member with no duties left) still
  // have their events deleted; calendars of views not asked for are not touched.
  const keys = [
    ...calendars.map((c) => c.key),
    ...Object.keys(state.calendars).filter((k) => views.includes(viewOfKey(k)) && !calendars.some((c) => c.key === k)),
  ];
  const dtstampMs = Date.parse(plan.generatedAt);
  for (const key of keys) {
    const calendar = calendars.find((c) => c.key === key);
    const displayName = calendar?.displayName ?? calendarDisplayName(profile, key);
    const recorded = state.calendars[key];
    const url = recorded?.url ?? session.server.calendarUrl(calendarSlug(profile.id, key));
    const events = new Map<string, CalendarEvent>();
    for (const event of calendar?.file.events ?? []) events.set(resourceName(event), event);
    const render = (event: CalendarEvent, sequence: number) =>
      renderResource(calendar?.file ?? never(), { ...event, sequence }, dtstampMs);
    const wanted = [...events].map(([name, event]) => ({
      name,
      hash: contentHash(render(event, 0)),
      label: labelOf(event, profile.timezone),
    }));
    const listed = await session.list(url);
    const exists = listed !== undefined;
    const server = listed ?? new Map<string, string>();
    const unknown = wanted.filter((w) => !recorded?.resources[w.name] && server.has(w.name)).map((w) => w.name);
    // Without a record of this calendar and week (lost, or never written from here), resources
    // with our kind of name that no week's record knows may be this week's leftovers: read them too.
    const elsewhere = recorded ? new Set<string>() : (session.recorded(week.statePath).get(key) ?? new Set<string>());
    const suspects = recorded
      ? []
      : [...server.keys()].filter((n) => OUR_NAME.test(n) && !events.has(n) && !elsewhere.has(n));
    const serverTexts = await session.server.readResources(url, [...unknown, ...suspects]);
    const serverHashes = new Map(unknown.map((name) => [name, contentHash(serverTexts.get(name) ?? '')]));
    const known = { ...recorded?.resources, ...leftovers(suspects, serverTexts, server, plan, profile.timezone) };
    const actions = decideSync({ wanted, known, server, serverHashes, overwrite: options.overwrite === true });
    reports.push({ week: plan.week.isoWeek, displayName, actions });
    if (options.dryRun) continue;
    const resources: Record<string, KnownResource> = {};
    const wantedByName = new Map(wanted.map((w) => [w.name, w]));
    // Each write is recorded as it succeeds: a failure later on keeps what was already sent.
    state.calendars[key] = { url, resources };
    for (const [name, was] of Object.entries(known)) resources[name] = was;
    if (!exists && actions.some(isWrite)) await session.create(url, displayName);
    for (const action of actions) {
      if (action.kind === 'keep' || action.kind === 'left-alone') resources[action.name] = action.known;
      else if (action.kind === 'forget') delete resources[action.name];
    }
    await runLimited(actions.filter(isWrite), PARALLEL_WRITES, async (action) => {
      if (action.kind === 'delete') {
        await session.remove(url, action.name, action.etag);
        delete resources[action.name];
        return;
      }
      const w = wantedByName.get(action.name) ?? never();
      const event = events.get(action.name) ?? never();
      const etag = action.kind === 'create' ? undefined : action.etag;
      const newEtag = await session.put(url, action.name, render(event, action.sequence), etag);
      resources[action.name] = { etag: newEtag ?? '', hash: w.hash, sequence: action.sequence, label: w.label };
    });
    // Servers that change what they store answer a PUT without an ETag: ask for them.
    if (Object.values(resources).some((r) => r.etag === '')) {
      const fresh = await session.list(url, { fresh: true });
      for (const [name, r] of Object.entries(resources)) if (r.etag === '') r.etag = fresh?.get(name) ?? '';
    }
    if (Object.keys(resources).length === 0 && !exists) delete state.calendars[key];
    session.remember(week.statePath, key, Object.keys(resources));
  }
  return reports;
}

/**
 * Resources of a lost record that belong to this week (they start within it): treated as known,
 * so that those the plan no longer holds are deleted like any event that left the plan.
 */
function leftovers(
  names: string[],
  texts: Map<string, string>,
  server: Map<string, string>,
  plan: Plan,
  zone: string,
): Record<string, KnownResource> {
  const found: Record<string, KnownResource> = {};
  for (const name of names) {
    const text = unfoldLines(texts.get(name) ?? '');
    const start = /^DTSTART[^:\r\n]*:(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\r?$/m.exec(text);
    const etag = server.get(name);
    if (!start || etag === undefined) continue;
    const [, y, mo, d, h, mi, se] = start;
    const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(se));
    const date = localDateOf(ms, zone);
    if (date < plan.week.start || date > plan.week.end) continue;
    const summary = /^SUMMARY[^:\r\n]*:(.*)\r?$/m.exec(text)?.[1] ?? name;
    found[name] = { etag, hash: '', sequence: 0, label: summary.replace(/\\(.)/g, '$1') };
  }
  return found;
}

/** Writes in flight at once: servers answer each in a round trip, and most take a few together. */
const PARALLEL_WRITES = 4;

/** Runs `work` over `items`, `limit` at a time; after a failure starts no more, waits, then throws it. */
async function runLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const failures: unknown[] = [];
  const worker = async () => {
    while (failures.length === 0 && next < items.length) {
      const item = items[next++] as T;
      try {
        await work(item);
      } catch (error) {
        failures.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failures.length > 0) throw failures[0];
}

/**
 * A resource whose ETag the server never told (a PUT without one, then a failure before asking)
 * is not recorded: the next sync adopts it by its content instead of taking it for an edit.
 */
function dropUnknownEtags(state: WeekSyncState): void {
  for (const calendar of Object.values(state.calendars))
    for (const [name, r] of Object.entries(calendar.resources)) if (r.etag === '') delete calendar.resources[name];
}

function never(): never {
  throw new Error('a write for an event the plan does not hold');
}

/**
 * The server as this run sees it: whether each calendar exists and its resources' ETags, asked
 * once per calendar and kept up to date with our own writes (weeks share calendars).
 */
class ServerView {
  /** Per calendar URL: its resources' ETags, or null when there is no such calendar. */
  private readonly listings = new Map<string, Map<string, string> | null>();
  private names: Map<string, Set<string>> | undefined;
  constructor(readonly server: CalendarServer) {}

  /** Names recorded in any week's record (read once: this run's own writes are not leftovers). */
  recorded(statePath: string): Map<string, Set<string>> {
    if (!this.names) this.names = recordedNames(statePath);
    return this.names;
  }

  /** Names this run recorded for a calendar: later weeks of the run must not suspect them either. */
  remember(statePath: string, key: string, names: string[]): void {
    const all = this.recorded(statePath);
    const set = all.get(key) ?? new Set<string>();
    for (const name of names) set.add(name);
    all.set(key, set);
  }

  async create(url: string, displayName: string): Promise<void> {
    await this.server.createCalendar(url, displayName);
    this.listings.set(url, new Map());
  }

  async list(url: string, options: { fresh?: boolean } = {}): Promise<Map<string, string> | undefined> {
    let listing = options.fresh ? undefined : this.listings.get(url);
    if (listing === undefined) {
      listing = (await this.server.listResources(url)) ?? null;
      this.listings.set(url, listing);
    }
    return listing ?? undefined;
  }

  async put(url: string, name: string, body: string, etag: string | undefined): Promise<string | undefined> {
    const newEtag = await this.server.put(url, name, body, etag);
    this.listings.get(url)?.set(name, newEtag ?? '');
    return newEtag;
  }

  async remove(url: string, name: string, etag: string): Promise<void> {
    await this.server.remove(url, name, etag);
    this.listings.get(url)?.delete(name);
  }
}

/** `Mon 30 Nov, 18:00 Group therapy`, in the profile's zone: how an event is named in reports. */
function labelOf(event: CalendarEvent, zone: string): string {
  return `${formatDayTime(event.startMs, zone)} ${event.title}`;
}
