import { appendFileSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendCheckins } from '../../../src/adapters/checkin-log/append-checkins.js';
import { logWarnings } from '../../../src/adapters/checkin-log/log-warnings.js';
import { readCheckinLog } from '../../../src/adapters/checkin-log/read-checkin-log.js';
import type { CheckinEntry } from '../../../src/domain/checkins/checkin-entry.js';

const win = (text: string): CheckinEntry => ({
  v: 1,
  kind: 'win',
  date: '2026-12-01',
  text,
  at: '2026-12-01T20:00:00.000Z',
});
const freshPath = () => join(mkdtempSync(join(tmpdir(), 'iop-checkins-')), 'data', 'checkins.jsonl');

describe('the check-in log', () => {
  it('is created with mode 0600 and holds one JSON object per line', () => {
    const path = freshPath();
    appendCheckins(path, [win('a'), win('b')], false);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const lines = readFileSync(path, 'utf8').split('\n');
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ kind: 'win', text: 'a' });
  });

  it('only ever appends: earlier bytes stay exactly as they were', () => {
    const path = freshPath();
    appendCheckins(path, [win('first')], false);
    const before = readFileSync(path, 'utf8');
    appendCheckins(path, [win('second')], false);
    expect(readFileSync(path, 'utf8').startsWith(before)).toBe(true);
    expect(readCheckinLog(path).entries.map((e) => (e.kind === 'win' ? e.text : ''))).toEqual(['first', 'second']);
  });

  it('skips a torn last line (a crash mid-write) and reports it once', () => {
    const path = freshPath();
    appendCheckins(path, [win('kept')], false);
    appendFileSync(path, '{"v":1,"kind":"win","date":"2026-12-0');
    const log = readCheckinLog(path);
    expect(log.entries).toHaveLength(1);
    expect(log.tornTail).toBe(true);
    expect(logWarnings(log, path)).toEqual([
      expect.stringContaining('was cut off (an interrupted write) and was skipped'),
    ]);
  });

  it('after a torn line, the next entry starts on a fresh line and the torn one is then skipped quietly', () => {
    const path = freshPath();
    appendCheckins(path, [win('kept')], false);
    appendFileSync(path, '{"v":1,"kind":"wi');
    const torn = readFileSync(path, 'utf8');
    appendCheckins(path, [win('next')], !readCheckinLog(path).endsWithNewline);
    expect(readFileSync(path, 'utf8').startsWith(torn)).toBe(true);
    const log = readCheckinLog(path);
    expect(log.entries.map((e) => (e.kind === 'win' ? e.text : ''))).toEqual(['kept', 'next']);
    expect(logWarnings(log, path)).toEqual([]);
  });

  it('reports lines edited into something unreadable, and reads the rest', () => {
    const path = freshPath();
    appendCheckins(path, [win('a')], false);
    appendFileSync(path, 'not json\n');
    appendCheckins(path, [win('b')], false);
    const log = readCheckinLog(path);
    expect(log.entries).toHaveLength(2);
    expect(logWarnings(log, path)).toEqual([expect.stringContaining('1 line of')]);
  });

  it('a missing log is an empty one', () => {
    expect(readCheckinLog(freshPath()).entries).toEqual([]);
  });

  it('refuses entries of an unknown version instead of guessing', () => {
    const path = freshPath();
    appendCheckins(path, [win('a')], false);
    writeFileSync(path, `${JSON.stringify({ v: 2, kind: 'win', date: '2026-12-01', text: 'x', at: 'y' })}\n`, {
      flag: 'a',
    });
    expect(readCheckinLog(path).unreadable).toBe(1);
  });
});
