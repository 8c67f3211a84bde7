import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Plan } from '../../src/domain/plan-types.js';
import { addDays } from '../../src/domain/week.js';
import { readIcs } from '../adapters/calendar/read-ics.js';
import { inCi } from '../support/in-ci.js';
import { exportAllViews, programStart, runCli, SAMPLES } from './calendar-cli.js';
import { ensureBuilt } from './ensure-built.js';

// Debian's own Python with python3-icalendar, not whatever python3 is first on PATH.
const PYTHON = '/usr/bin/python3';
const hasIcalendar = existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import icalendar']).status === 0;
const hasKhal = spawnSync('khal', ['--version']).status === 0;

const READ_WITH_ICALENDAR = `
import json, sys, datetime
from icalendar import Calendar
utc = datetime.timezone.utc
cal = Calendar.from_ical(open(sys.argv[1], 'rb').read())
events = []
for e in cal.walk('VEVENT'):
    events.append({
        'uid': str(e.get('uid')),
        'summary': str(e.get('summary')),
        'start': e.decoded('dtstart').astimezone(utc).isoformat(),
        'end': e.decoded('dtend').astimezone(utc).isoformat(),
        'class': str(e.get('class')) if e.get('class') else None,
        'alarms': len(e.walk('VALARM')),
    })
print(json.dumps({'prodid': str(cal.get('prodid')), 'events': events}))
`;

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', '+00:00');
const wall = (offsetIso: string) => offsetIso.slice(0, 16).replace('T', ' ');

/** The plan JSON for the same week, to compare the calendars against. */
function planOf(profilePath: string): Plan {
  const args = ['plan', '--config', profilePath, '--week', programStart(profilePath), '--format', 'json'];
  const result = runCli([...args, '--now', '2026-11-26T12:00:00Z']);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Plan;
}

/** "Uncovered: …" and "Not planned: …": problems shown in the calendar, not blocks of the plan. */
const isProblem = (summary: string) => /^(Uncovered|Not planned): /.test(summary);
const problems = (plan: Plan) => plan.unplaced.filter((u) => u.code === 'no-cover' || u.code === 'conflict').length;
const exported = (plan: Plan) => plan.blocks.filter((b) => b.category !== 'sleep' && b.category !== 'busy');

beforeAll(() => {
  ensureBuilt();
});

describe.each(SAMPLES)('every view of %s', (profilePath) => {
  const profile = parse(readFileSync(profilePath, 'utf8'));
  const zone = String(profile.timezone);
  const familyDetail = profile.privacy?.familyDetail === true;

  it.runIf(hasIcalendar || inCi)('reads back in python3-icalendar with the plan’s instants', () => {
    const { out, files } = exportAllViews(profilePath);
    const plan = planOf(profilePath);
    expect(files.some((f) => f.endsWith('-me.ics'))).toBe(true);
    // An out-of-office file is written only when some time is away from work (never empty).
    for (const file of files) {
      const text = readFileSync(join(out, file), 'utf8');
      const read = JSON.parse(execFileSync(PYTHON, ['-c', READ_WITH_ICALENDAR, join(out, file)], { encoding: 'utf8' }));
      const mine = readIcs(text).events;
      expect(read.events.map((e: { uid: string }) => e.uid)).toEqual(mine.map((e) => e.uid));
      expect(read.events.map((e: { start: string }) => e.start)).toEqual(mine.map((e) => iso(e.startMs)));
      expect(read.events.map((e: { summary: string }) => e.summary)).toEqual(mine.map((e) => e.summary));
      if (file.endsWith('-me.ics')) {
        const blocks = exported(plan);
        const planned = read.events.filter((e: { summary: string }) => !isProblem(e.summary));
        expect(planned).toHaveLength(blocks.length);
        expect(read.events.length - planned.length).toBe(problems(plan));
        const fromPlan = blocks.map((b) => `${iso(Date.parse(b.start))} ${iso(Date.parse(b.end))}`).sort();
        expect(planned.map((e: { start: string; end: string }) => `${e.start} ${e.end}`).sort()).toEqual(fromPlan);
        expect(read.prodid).toMatch(/iop-plan/);
      }
      if (file.startsWith('out-of-office-')) {
        expect(
          read.events.every(
            (e: { summary: string; alarms: number }) => e.summary === 'Out of office' && e.alarms === 0,
          ),
        ).toBe(true);
        expect(text).not.toMatch(/iop|plan|therapy|group|session|recovery/i);
      }
      if (file.startsWith('household-') && !familyDetail) {
        const hidden = exported(plan)
          .filter((b) => b.category === 'iop' || b.category === 'habit')
          .map((b) => b.title);
        for (const e of read.events) expect(hidden).not.toContain(e.summary.replace(/ — .*$/, ''));
      }
    }
  });

  it.runIf(hasKhal || inCi)(
    'imports into khal, lists every event at its local time, and re-imports without duplicates',
    () => {
      const { out, files } = exportAllViews(profilePath);
      const plan = planOf(profilePath);
      // One khal calendar per file (cal0, cal1, …), listed together and told apart by name.
      const khal = makeKhal(zone, files.length);
      files.forEach((file, i) => {
        khal.run(['import', '--batch', '-a', `cal${i}`, join(out, file)]);
      });
      const me = files.findIndex((f) => f.endsWith('-me.ics'));
      const meCount = readIcs(readFileSync(join(out, files[me]!), 'utf8')).events.length;
      expect(readdirSync(khal.calendarDir(me))).toHaveLength(meCount);
      khal.run(['import', '--batch', '-a', `cal${me}`, join(out, files[me]!)]);
      expect(readdirSync(khal.calendarDir(me))).toHaveLength(meCount);
      const listed = khal
        .run([
          'list',
          '--once',
          '--day-format',
          '',
          '--format',
          '{calendar} | {start} | {end} | {title}',
          addDays(plan.week.start, -1),
          '9d',
        ])
        .split('\n')
        .filter((l) => l.includes(' | '))
        .map((l) => l.split(' | '));
      files.forEach((file, i) => {
        const events = readIcs(readFileSync(join(out, file), 'utf8')).events;
        const mine = listed.filter((l) => l[0] === `cal${i}`);
        expect(mine.map((l) => l[3]).sort()).toEqual(events.map((e) => e.summary).sort());
        if (i === me) {
          const times = mine
            .filter((l) => !isProblem(l[3] ?? ''))
            .map((l) => `${l[1]} | ${l[2]}`)
            .sort();
          expect(times).toEqual(
            exported(plan)
              .map((b) => `${wall(b.start)} | ${wall(b.end)}`)
              .sort(),
          );
        }
      });
    },
  );
});

/** A throwaway khal set-up with `count` calendars, local times in the profile's zone. */
function makeKhal(zone: string, count: number) {
  const root = mkdtempSync(join(tmpdir(), 'iop-khal-'));
  const calendarDir = (i: number) => join(root, `cal${i}`);
  const calendars: string[] = [];
  for (let i = 0; i < count; i++) {
    mkdirSync(calendarDir(i));
    calendars.push(`[[cal${i}]]`, `path = ${calendarDir(i)}`, 'type = calendar');
  }
  const config = join(root, 'config');
  writeFileSync(
    config,
    [
      '[calendars]',
      ...calendars,
      '[locale]',
      'timeformat = %H:%M',
      'dateformat = %Y-%m-%d',
      'longdateformat = %Y-%m-%d',
      'datetimeformat = %Y-%m-%d %H:%M',
      'longdatetimeformat = %Y-%m-%d %H:%M',
      `local_timezone = ${zone}`,
      `default_timezone = ${zone}`,
      '[default]',
      'default_calendar = cal0',
      '',
    ].join('\n'),
  );
  const env = { ...process.env, XDG_DATA_HOME: join(root, 'data'), XDG_CACHE_HOME: join(root, 'cache'), HOME: root };
  return {
    calendarDir,
    run: (args: string[]) => execFileSync('khal', ['-c', config, ...args], { encoding: 'utf8', env }),
  };
}
