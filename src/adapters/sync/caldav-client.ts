import { UserError } from '../../errors.js';
import { authError, describeFetchFailure } from './caldav-errors.js';

/** What the sync needs of a CalDAV server; tests may pass a fake. */
export interface CalendarServer {
  /** The calendar collection's URL for `slug` under the user's calendar home. */
  calendarUrl(slug: string): string;
  createCalendar(calendarUrl: string, displayName: string): Promise<void>;
  /** Every resource in the calendar: name → ETag; undefined when there is no such calendar. */
  listResources(calendarUrl: string): Promise<Map<string, string> | undefined>;
  /** The content of some resources: name → iCalendar text. */
  readResources(calendarUrl: string, names: string[]): Promise<Map<string, string>>;
  /** PUT; `etag` undefined means create (`If-None-Match: *`). Returns the new ETag if the server said it. */
  put(calendarUrl: string, name: string, body: string, etag: string | undefined): Promise<string | undefined>;
  remove(calendarUrl: string, name: string, etag: string): Promise<void>;
}

export interface CalDavAccount {
  url: string;
  username: string;
  password: string;
}

const TIMEOUT_MS = 30_000;

/** A conditional write the server refused: it changed since we looked. */
export class PreconditionFailedError extends UserError {
  constructor(readonly resource: string) {
    super(`sync: ${resource} changed on the server during the sync (HTTP 412); run iop-plan sync again`);
    this.name = 'PreconditionFailedError';
  }
}

/**
 * Logs in (RFC 6764 discovery, current-user-principal, calendar-home-set) with tsdav, loaded
 * here only, so other commands never pay for it. Conditional PUT and DELETE go through plain
 * fetch: only 201 and 204 (and 200 for DELETE) count as success, so a 207 multi-status that hides
 * a 412 is a failure, not a write. Every request carries Basic auth; a 401 or 403 anywhere is
 * one clear error.
 */
export async function connectCalDav(account: CalDavAccount): Promise<CalendarServer> {
  const tsdav = await import('tsdav');
  const authorization = `Basic ${Buffer.from(`${account.username}:${account.password}`).toString('base64')}`;
  const send = async (url: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const headers = new Headers(init.headers);
    headers.set('Authorization', authorization);
    const target = String(url instanceof Request ? url.url : url);
    let response: Response;
    try {
      response = await fetch(url, { ...init, headers, signal: AbortSignal.timeout(TIMEOUT_MS) });
    } catch (error) {
      throw describeFetchFailure(error, target);
    }
    if (response.status === 401 || response.status === 403) throw authError(response.status, target, account.username);
    return response;
  };
  const fetchOption = send as typeof fetch;

  let homeUrl: string;
  try {
    const found = await tsdav.createAccount({
      account: { serverUrl: account.url, accountType: 'caldav' },
      fetch: fetchOption,
    });
    homeUrl = String(found.homeUrl);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(
      `sync: ${new URL(account.url).host} did not show a calendar home (${error instanceof Error ? error.message : String(error)}); check sync.json's url`,
    );
  }
  const home = homeUrl.endsWith('/') ? homeUrl : `${homeUrl}/`;
  const resourceUrl = (calendarUrl: string, name: string) => new URL(encodeURIComponent(name), calendarUrl).href;
  const nameOf = (href: string) => decodeURIComponent(href.replace(/\/+$/, '').split('/').pop() ?? '');

  return {
    calendarUrl: (slug) => new URL(`${slug}/`, home).href,

    async createCalendar(calendarUrl, displayName) {
      const [result] = await tsdav.makeCalendar({
        url: calendarUrl,
        props: { 'd:displayname': displayName },
        fetch: fetchOption,
      });
      if (!result || !(result.ok || result.status === 201))
        throw new UserError(
          `sync: the server would not create a calendar at ${new URL(calendarUrl).pathname} (HTTP ${result?.status ?? '?'})`,
        );
    },

    async listResources(calendarUrl) {
      const responses = await tsdav.propfind({
        url: calendarUrl,
        props: { 'd:getetag': {} },
        depth: '1',
        fetch: fetchOption,
      });
      const resources = new Map<string, string>();
      const self = new URL(calendarUrl).pathname.replace(/\/+$/, '');
      for (const r of responses) {
        // A failed PROPFIND comes back as one response without properties.
        if (r.props === undefined && r.ok === false) {
          if (r.status === 404) return undefined;
          throw new UserError(`sync: listing ${new URL(calendarUrl).pathname} failed (HTTP ${r.status ?? '?'})`);
        }
        if (!r.href) continue;
        const path = new URL(r.href, calendarUrl).pathname.replace(/\/+$/, '');
        const etag = r.props?.getetag;
        if (path === self || etag === undefined || etag === null) continue;
        resources.set(nameOf(path), String(etag));
      }
      return resources;
    },

    async readResources(calendarUrl, names) {
      if (names.length === 0) return new Map();
      const objects = await tsdav.fetchCalendarObjects({
        calendar: { url: calendarUrl },
        objectUrls: names.map((n) => resourceUrl(calendarUrl, n)),
        fetch: fetchOption,
      });
      return new Map(
        objects
          .filter((o) => typeof o.data === 'string')
          .map((o) => [nameOf(new URL(o.url).pathname), o.data as string]),
      );
    },

    async put(calendarUrl, name, body, etag) {
      const response = await send(resourceUrl(calendarUrl, name), {
        method: 'PUT',
        body,
        headers: {
          'Content-Type': 'text/calendar; charset=utf-8',
          ...(etag === undefined ? { 'If-None-Match': '*' } : { 'If-Match': etag }),
        },
      });
      await response.arrayBuffer();
      if (response.status === 412) throw new PreconditionFailedError(name);
      if (response.status !== 201 && response.status !== 204)
        throw new UserError(
          `sync: the server answered HTTP ${response.status} to writing ${name} (expected 201 or 204)`,
        );
      return response.headers.get('ETag') ?? undefined;
    },

    async remove(calendarUrl, name, etag) {
      const response = await send(resourceUrl(calendarUrl, name), { method: 'DELETE', headers: { 'If-Match': etag } });
      await response.arrayBuffer();
      if (response.status === 412) throw new PreconditionFailedError(name);
      if (response.status === 404) return;
      if (response.status !== 204 && response.status !== 200)
        throw new UserError(`sync: the server answered HTTP ${response.status} to deleting ${name} (expected 204)`);
    },
  };
}
