import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportAllViews, runCli } from './calendar-cli.js';
import { ensureBuilt } from './ensure-built.js';

// A daytime program: the employer file has events too.
const PROFILE = 'templates/profiles/morning-iop-flexible-work.yaml';

const contents = (run: { out: string; files: string[] }) =>
  Object.fromEntries(run.files.map((f) => [f, readFileSync(join(run.out, f), 'utf8')]));
const withoutStamps = (text: string) => text.replace(/^DTSTAMP:.*\r\n/gm, '');
const uids = (text: string) => text.match(/^UID:.*$/gm) ?? [];

beforeAll(() => {
  ensureBuilt();
});

describe('regenerating calendar files', () => {
  it('gives identical bytes for the same --now under any machine time zone', () => {
    const utc = contents(exportAllViews(PROFILE, { env: { TZ: 'UTC' } }));
    const kolkata = contents(exportAllViews(PROFILE, { env: { TZ: 'Asia/Kolkata' } }));
    const samoa = contents(exportAllViews(PROFILE, { env: { TZ: 'Pacific/Apia' } }));
    expect(Object.keys(utc)).toHaveLength(4);
    expect(kolkata).toEqual(utc);
    expect(samoa).toEqual(utc);
  });

  it('changes only the DTSTAMP lines for another --now, keeping every UID', () => {
    const first = contents(exportAllViews(PROFILE, { now: '2026-11-26T12:00:00Z' }));
    const second = contents(exportAllViews(PROFILE, { now: '2026-11-27T09:30:00Z' }));
    expect(Object.keys(second)).toEqual(Object.keys(first));
    for (const [name, text] of Object.entries(first)) {
      const again = second[name]!;
      expect(withoutStamps(again)).toBe(withoutStamps(text));
      expect(uids(again)).toEqual(uids(text));
      expect(uids(text).length).toBeGreaterThan(0);
      expect(again).toMatch(/^DTSTAMP:20261127T093000Z\r$/m);
    }
  });

  it('takes DTSTAMP from SOURCE_DATE_EPOCH when there is no --now', () => {
    const run = exportAllViews(PROFILE, { now: null, env: { SOURCE_DATE_EPOCH: '1795000000' } });
    const me = readFileSync(join(run.out, run.files.find((f) => f.endsWith('-me.ics'))!), 'utf8');
    expect(me).toMatch(/^DTSTAMP:20261118T110640Z\r$/m);
    expect(me).not.toMatch(/^DTSTAMP:(?!20261118T110640Z)/m);
  });

  it('gives a multi-week file the same events (UIDs and times) as the weekly files', () => {
    const events = (text: string) =>
      text
        .split('BEGIN:VEVENT')
        .slice(1)
        .map((e) => (e.match(/^(UID|DTSTART|DTEND|SUMMARY):.*$/gm) ?? []).join(' '));
    const weekly = ['2026-11-23', '2026-11-30'].flatMap((week) => {
      const run = exportAllViews(PROFILE, { extra: ['--week', week, '--view', 'me'] });
      return events(readFileSync(join(run.out, run.files[0]!), 'utf8'));
    });
    const both = exportAllViews(PROFILE, { extra: ['--week', '2026-11-23', '--weeks', '2', '--view', 'me'] });
    expect(both.files).toEqual(['iop-plan-2026-W48--2026-W49-me.ics']);
    expect(events(readFileSync(join(both.out, both.files[0]!), 'utf8'))).toEqual(weekly);
  });

  it('prints one path per file, and nothing but the plan on stdout without --out', () => {
    const args = ['plan', '--config', PROFILE, '--week', '2026-11-30', '--ics', '--view', 'employer', '--json'];
    const result = runCli([...args, '--now', '2026-11-26T12:00:00Z']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`${join(result.cwd, 'out-of-office-2026-W49.ics')}\n`);
    expect(JSON.parse(result.stdout).week.isoWeek).toBe('2026-W49');
  });
});
