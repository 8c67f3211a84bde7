import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectCalDav, PreconditionFailedError } from '../../../src/adapters/sync/caldav-client.js';
import { describeFetchFailure } from '../../../src/adapters/sync/caldav-errors.js';

// A minimal CalDAV server that answers discovery and lets each test choose the answer to writes.
const multistatus = (href: string, prop: string) =>
  `<?xml version="1.0"?><d:multistatus xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:response><d:href>${href}</d:href><d:propstat><d:prop>${prop}</d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>`;

let writeAnswer: (res: ServerResponse) => void = (res) => res.writeHead(201, { ETag: '"new"' }).end();
const seen: { method: string; url: string; headers: IncomingMessage['headers'] }[] = [];
let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ method: String(req.method), url: String(req.url), headers: req.headers });
    req.resume();
    if (req.headers.authorization !== `Basic ${Buffer.from('sam:pw').toString('base64')}`) {
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="x"' }).end();
      return;
    }
    const xml = (body: string) => res.writeHead(207, { 'Content-Type': 'application/xml' }).end(body);
    if (req.url === '/.well-known/caldav') res.writeHead(301, { Location: '/dav/' }).end();
    else if (req.method === 'PROPFIND' && req.url === '/dav/')
      xml(multistatus('/dav/', '<d:current-user-principal><d:href>/dav/sam/</d:href></d:current-user-principal>'));
    else if (req.method === 'PROPFIND' && req.url === '/dav/sam/')
      xml(multistatus('/dav/sam/', '<c:calendar-home-set><d:href>/dav/sam/</d:href></c:calendar-home-set>'));
    else if (req.method === 'PUT' || req.method === 'DELETE') writeAnswer(res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('connectCalDav', () => {
  it('finds the calendar home and writes with If-None-Match to create and If-Match to update', async () => {
    const dav = await connectCalDav({ url, username: 'sam', password: 'pw' });
    const calendar = dav.calendarUrl('abc');
    expect(calendar).toBe(`${url}dav/sam/abc/`);
    writeAnswer = (res) => res.writeHead(201, { ETag: '"new"' }).end();
    expect(await dav.put(calendar, 'x.ics', 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', undefined)).toBe('"new"');
    expect(seen.at(-1)?.headers['if-none-match']).toBe('*');
    writeAnswer = (res) => res.writeHead(204, { ETag: '"newer"' }).end();
    expect(await dav.put(calendar, 'x.ics', 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', '"new"')).toBe('"newer"');
    expect(seen.at(-1)?.headers['if-match']).toBe('"new"');
  });

  it('lists a calendar that is not there as undefined (it is created on the first write)', async () => {
    const dav = await connectCalDav({ url, username: 'sam', password: 'pw' });
    expect(await dav.listResources(dav.calendarUrl('missing'))).toBeUndefined();
  });

  it('counts a 207 that hides a 412 as a failure, not a write', async () => {
    const dav = await connectCalDav({ url, username: 'sam', password: 'pw' });
    writeAnswer = (res) =>
      res
        .writeHead(207, { 'Content-Type': 'application/xml' })
        .end(
          '<?xml version="1.0"?><d:multistatus xmlns:d="DAV:"><d:response><d:href>/dav/sam/abc/x.ics</d:href><d:status>HTTP/1.1 412 Precondition Failed</d:status></d:response></d:multistatus>',
        );
    await expect(dav.put(dav.calendarUrl('abc'), 'x.ics', 'x', '"old"')).rejects.toThrow(
      /HTTP 207 .*expected 201 or 204/,
    );
    await expect(dav.remove(dav.calendarUrl('abc'), 'x.ics', '"old"')).rejects.toThrow(/HTTP 207/);
  });

  it('reports a 412 as one line that says to sync again', async () => {
    const dav = await connectCalDav({ url, username: 'sam', password: 'pw' });
    writeAnswer = (res) => res.writeHead(412).end();
    const failure = dav.put(dav.calendarUrl('abc'), 'x.ics', 'x', '"old"');
    await expect(failure).rejects.toBeInstanceOf(PreconditionFailedError);
    await expect(failure).rejects.toThrow(
      /x\.ics changed on the server during the sync \(HTTP 412\); run iop-plan sync again/,
    );
  });

  it('reports refused credentials as one line naming the user', async () => {
    await expect(connectCalDav({ url, username: 'sam', password: 'wrong' })).rejects.toThrow(
      /^sync: 127\.0\.0\.1:\d+ refused user "sam" \(HTTP 401\)/,
    );
  });

  it('reports a server that is not there as one line', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    await expect(connectCalDav({ url: `http://127.0.0.1:${port}/`, username: 'sam', password: 'pw' })).rejects.toThrow(
      /^sync: cannot reach 127\.0\.0\.1:\d+ \(ECONNREFUSED\); check the network and sync\.json's url$/,
    );
  });
});

describe('describeFetchFailure', () => {
  const failure = (code: string) => new TypeError('fetch failed', { cause: Object.assign(new Error(code), { code }) });

  it.each([
    [
      'DEPTH_ZERO_SELF_SIGNED_CERT',
      /TLS certificate of dav\.example\.org was not accepted \(DEPTH_ZERO_SELF_SIGNED_CERT\)/,
    ],
    ['CERT_HAS_EXPIRED', /TLS certificate .* \(CERT_HAS_EXPIRED\)/],
    ['ERR_TLS_CERT_ALTNAME_INVALID', /TLS certificate .* \(ERR_TLS_CERT_ALTNAME_INVALID\)/],
    ['ERR_SSL_WRONG_VERSION_NUMBER', /TLS connection to dav\.example\.org failed/],
    ['ENOTFOUND', /cannot reach dav\.example\.org \(ENOTFOUND\)/],
  ])('%s', (code, message) => {
    const error = describeFetchFailure(failure(code), 'https://dav.example.org/dav/');
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('\n');
  });
});
