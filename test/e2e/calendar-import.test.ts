import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validated } from '../../src/app/load-profile.js';
import type { Plan } from '../../src/domain/plan-types.js';
import { readIcs } from '../adapters/calendar/read-ics.js';
import { verifyPlan } from '../support/verify-plan.js';
import { runCli } from './calendar-cli.js';
import { ensureBuilt } from './ensure-built.js';

const PROFILE = 'test/fixtures/calendars/roster-and-partner.yaml';
const WEEK = ['--week', '2026-10-26', '--now', '2026-10-20T12:00:00Z'];

beforeAll(() => {
  ensureBuilt();
});

function plan(): Plan {
  const result = runCli(['plan', '--config', PROFILE, ...WEEK, '--format', 'json']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Plan;
}

const local = (iso: string) => iso.slice(0, 16);

describe('a roster imported as work and a partner calendar as busy', () => {
  it('plans a valid week with the roster as the work shifts', async () => {
    const p = plan();
    // With the calendars read, as the CLI reads them: the verifier knows the roster's shifts.
    const { profile: withCalendars } = await validated(parse(readFileSync(PROFILE, 'utf8')), PROFILE, dirname(PROFILE));
    expect(verifyPlan(withCalendars, p)).toEqual([]);
    const work = p.blocks.filter((b) => b.category === 'work' && b.owner === 'me');
    // The roster's shifts (Mon, Tue, Thu early; Fri late; the Saturday RDATE), cut for IOP on Tue and Thu.
    expect(work.map((b) => `${local(b.start)} ${local(b.end)}`)).toEqual([
      '2026-10-26T07:00 2026-10-26T15:30',
      '2026-10-27T07:00 2026-10-27T12:15',
      '2026-10-29T07:00 2026-10-29T12:15',
      '2026-10-30T12:00 2026-10-30T20:00',
      '2026-10-31T09:00 2026-10-31T17:00',
    ]);
    expect(work.every((b) => b.source === 'calendars.0' && b.title === 'Warehouse roster')).toBe(true);
    // Commute applies to roster shifts like any other.
    expect(
      p.blocks.some(
        (b) => b.category === 'commute' && b.source === 'calendars.0' && local(b.end) === '2026-10-26T07:00',
      ),
    ).toBe(true);
    // Displaced roster time is leave, as for profile shifts.
    expect(p.leave.map((l) => local(l.start))).toContain('2026-10-27T12:15');
  });

  it("blocks duties with the partner's busy times, titled with the label", () => {
    const p = plan();
    const busy = p.blocks.filter((b) => b.owner === 'alex' && b.category === 'busy');
    expect(new Set(busy.map((b) => b.title))).toEqual(new Set(['Alex: work']));
    expect(busy.map((b) => local(b.start))).toEqual([
      '2026-10-26T07:00',
      '2026-10-27T07:00',
      '2026-10-29T07:00',
      '2026-10-30T07:00',
    ]);
    const dropoff = p.blocks.filter((b) => b.source === 'dropoff' && b.category === 'duty');
    // Alex is listed first but busy every weekday except Wednesday (an EXDATE in the partner's file).
    expect(dropoff.map((b) => `${local(b.start)} ${b.owner}`)).toEqual([
      '2026-10-28T07:45 alex',
      '2026-10-30T07:45 me',
    ]);
    expect(p.unplaced.filter((u) => u.source === 'dropoff').map((u) => u.date)).toEqual([
      '2026-10-26',
      '2026-10-27',
      '2026-10-29',
    ]);
  });

  it('writes an employer file with only "Out of office", within the roster hours', () => {
    const out = mkdtempSync(join(tmpdir(), 'iop-import-ics-'));
    const result = runCli(['plan', '--config', PROFILE, ...WEEK, '--ics', '--view', 'all', '--out', out, '--quiet']);
    expect(result.code).toBe(0);
    const files = readdirSync(out);
    const employer = files.find((f) => f.startsWith('out-of-office-'))!;
    const text = readFileSync(join(out, employer), 'utf8');
    const events = readIcs(text).events;
    expect(events.length).toBeGreaterThan(0);
    expect(new Set(events.map((e) => e.summary))).toEqual(new Set(['Out of office']));
    for (const word of ['Warehouse', 'roster', 'Alex', 'Dispatch', 'dock', 'IOP']) expect(text).not.toContain(word);
    // Tuesday: the roster's 07:00–15:30 shift; the program takes 12:15 on.
    const tuesday = events.find((e) => new Date(e.startMs).toISOString().startsWith('2026-10-27'))!;
    expect(new Date(tuesday.startMs).toISOString()).toBe('2026-10-27T16:15:00.000Z');
    expect(new Date(tuesday.endMs).toISOString()).toBe('2026-10-27T19:30:00.000Z');
    // The imported events' own titles reach no calendar file.
    for (const file of files) {
      const all = readFileSync(join(out, file), 'utf8');
      for (const summary of ['Early shift', 'Late shift', 'Dispatch shift', 'London office'])
        expect(all).not.toContain(summary);
    }
  });

  it('names the file and line of a calendar it cannot parse, and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'iop-import-bad-'));
    writeFileSync(
      join(dir, 'bad.ics'),
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART;TZID=Nowhere/Town:20261026T090000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
    );
    const yaml = readFileSync(PROFILE, 'utf8').replace('file: day-roster.ics', 'file: bad.ics');
    writeFileSync(
      join(dir, 'profile.yaml'),
      yaml.replace('./partner-work.ics', resolve('test/fixtures/calendars/partner-work.ics')),
    );
    const result = runCli(['plan', '--config', join(dir, 'profile.yaml'), ...WEEK]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/bad\.ics:5: unknown time zone "Nowhere\/Town"/);
    expect(result.stdout).toBe('');

    writeFileSync(
      join(dir, 'bad.ics'),
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nthis is not a property\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
    );
    const parseError = runCli(['plan', '--config', join(dir, 'profile.yaml'), ...WEEK]);
    expect(parseError.code).toBe(1);
    expect(parseError.stderr).toMatch(/bad\.ics:4: cannot parse/);

    writeFileSync(join(dir, 'profile.yaml'), yaml.replace('file: bad.ics', 'file: missing.ics'));
    const missing = runCli(['plan', '--config', join(dir, 'profile.yaml'), ...WEEK]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/calendars\.0\.file missing\.ics: cannot read .*missing\.ics \(no such file\)/);
  });
});
