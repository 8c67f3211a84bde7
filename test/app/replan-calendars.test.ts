import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ICAL from 'ical.js';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PlanOptions } from '../../src/app/planned-week.js';
import { runPlan } from '../../src/app/run-plan.js';
import { fakeIo } from './fake-io.js';

const PROFILE = resolve('templates/profiles/evening-iop-parent.yaml');
// Dana's Tuesday starts with breathing, a walk and a peer call before 07:40: a dentist at 06:30
// moves two of them and pushes the walk to Sunday (a new day: a new event, the old one cancelled).
const DENTIST = 'Dentist 2026-12-01 06:30-07:30';

interface Seen {
  uid: string;
  summary: string;
  start: string;
  sequence: number;
  status: string | null;
}

function readEvents(text: string): Seen[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((v) => ({
    uid: String(v.getFirstPropertyValue('uid')),
    summary: String(v.getFirstPropertyValue('summary')),
    start: String(v.getFirstPropertyValue('dtstart')),
    sequence: Number(v.getFirstPropertyValue('sequence')),
    status: v.getFirstPropertyValue('status') === null ? null : String(v.getFirstPropertyValue('status')),
  }));
}

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'iop-replan-'));
});

/** One `iop-plan plan --ics --view all --out cal`; returns every file written, by name. */
async function run(extra: Partial<PlanOptions> = {}) {
  const io = fakeIo({ dataDir: join(root, 'data'), cwd: root });
  const options: PlanOptions = {
    config: PROFILE,
    week: '2026-11-30',
    format: 'md',
    view: 'all',
    color: false,
    ics: true,
    out: 'cal',
    now: '2026-11-26T12:00:00Z',
    ...extra,
  };
  expect(await runPlan(options, io)).toBe(0);
  const dir = join(root, 'cal');
  const files = Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.ics'))
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );
  return { files, err: io.err.join('') };
}

const ME = 'iop-plan-2026-W49-me.ics';

describe('regenerating calendar files after a change', () => {
  it('numbers every event 0 the first time and cancels nothing', async () => {
    const { files } = await run();
    for (const text of Object.values(files)) {
      const events = readEvents(text);
      expect(events.every((e) => e.sequence === 0 && e.status === null)).toBe(true);
    }
  });

  it('bumps only what moved, cancels what left, then settles', async () => {
    const first = readEvents((await run()).files[ME]!);
    const second = await run({ add: [DENTIST] });
    const after = readEvents(second.files[ME]!);
    const byUid = new Map(first.map((e) => [e.uid, e]));

    const moved = after.filter((e) => e.sequence === 1 && e.status === null).map((e) => e.summary);
    expect(moved.sort()).toEqual(['Breathing practice', 'Peer support call']);
    for (const e of after.filter((x) => x.status === null && byUid.has(x.uid))) {
      const was = byUid.get(e.uid)!;
      expect(e.sequence).toBe(was.start === e.start ? 0 : 1);
    }
    const added = after.filter((e) => !byUid.has(e.uid)).map((e) => `${e.summary}:${e.sequence}`);
    // (r2) The balanced week no longer puts a walk on Tuesday morning: the dentist moves two
    // items within the day and cancels nothing (cancelling is covered by the next test).
    expect(added.sort()).toEqual(['Dentist:0']);
    const cancelled = after.filter((e) => e.status === 'CANCELLED');
    expect(cancelled).toHaveLength(0);
    expect(second.err).toContain('Moved Peer support call on Tue 1 Dec');
    expect(readEvents(second.files['household-2026-W49.ics']!).filter((e) => e.status)).toHaveLength(0);

    const third = await run();
    expect(third.err).toContain('No changes since the plan published before.');
    const settled = readEvents(third.files[ME]!);
    expect(settled.filter((e) => e.status !== null)).toEqual([]);
    expect(settled).toEqual(after.filter((e) => e.status === null));
    // The third run is the second minus the cancelled event, byte for byte; a fourth is the same.
    const withoutCancelled = second.files[ME]!.replace(
      /BEGIN:VEVENT\r\n(?:(?!END:VEVENT).*\r\n)*?STATUS:CANCELLED\r\n(?:.*\r\n)*?END:VEVENT\r\n/,
      '',
    );
    expect(third.files[ME]).toBe(withoutCancelled);
    expect((await run()).files).toEqual(third.files);
  });

  it('gives an event that comes back a number above its cancellation', async () => {
    await run({ add: [DENTIST] });
    const gone = readEvents((await run({ clearOverrides: true })).files[ME]!);
    expect(gone.filter((e) => e.status === 'CANCELLED').map((e) => `${e.summary}:${e.sequence}`)).toEqual([
      'Dentist:1',
    ]);
    const back = readEvents((await run({ add: [DENTIST] })).files[ME]!);
    expect(back.find((e) => e.summary === 'Dentist')).toMatchObject({ sequence: 2, status: null });
  });

  it('cancels an employer event as a bare "Out of office", nothing more', async () => {
    const week = { config: resolve('templates/profiles/morning-iop-flexible-work.yaml'), week: '2026-11-23' };
    const name = 'out-of-office-2026-W48.ics';
    const before = readEvents((await run({ ...week, add: ['Bank 2026-11-27 10:00-11:00'] })).files[name]!);
    expect(before.map((e) => e.start)).toContain('2026-11-27T15:00:00Z');
    const text = (await run({ ...week, clearOverrides: true })).files[name]!;
    const cancelled = readEvents(text).filter((e) => e.status === 'CANCELLED');
    expect(cancelled).toMatchObject([{ summary: 'Out of office', start: '2026-11-27T15:00:00Z', sequence: 1 }]);
    const block = text.slice(text.lastIndexOf('BEGIN:VEVENT', text.indexOf('STATUS:CANCELLED')));
    const props = block
      .slice(0, block.indexOf('END:VEVENT'))
      .split('\r\n')
      .slice(1)
      .map((l) => l.split(':')[0]);
    expect(props).not.toContain('DESCRIPTION');
    expect(props).not.toContain('LOCATION');
    expect(props).not.toContain('CATEGORIES');
    // No reminder (VALARM) either.
    expect(props).not.toContain('BEGIN');
  });
});
