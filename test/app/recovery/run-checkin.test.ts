import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NO_TTY_MESSAGE, runCheckin } from '../../../src/app/run-checkin.js';
import { runProgress } from '../../../src/app/run-progress.js';
import { ENTER, fakePrompter } from '../init/fake-prompter.js';
import { fixture, recoveryIo, text } from './recovery-helpers.js';

const config = fixture('evening-iop-parent');
/** Thursday 3 December 2026, 23:00 in Chicago: the program's first week, after Thursday's session. */
const now = '2026-12-04T05:00:00Z';

describe('runCheckin with flags', () => {
  it('records the sessions of the day in the log under the data folder (mode 0600)', async () => {
    const io = recoveryIo();
    await runCheckin({ config, now, date: '2026-11-30', status: 'attended' }, io);
    const path = join(io.dataDir, 'profiles', 'profile', 'checkins.jsonl');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const [entry] = readFileSync(path, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(entry).toMatchObject({
      kind: 'attendance',
      date: '2026-11-30',
      source: 'iop.sessions.0',
      title: 'Group therapy',
      start: '2026-11-30T18:00:00-06:00',
      status: 'attended',
    });
    expect(text(io.out)).toContain('Well done for showing up');
  });

  it('a missed session gets a kind word, and the second one the attendance-review note', async () => {
    const io = recoveryIo();
    await runCheckin({ config, now, date: '2026-12-02', status: 'missed', note: 'sick child' }, io);
    expect(text(io.out)).toContain('does not erase your progress');
    expect(text(io.out)).not.toContain('review attendance');
    await runCheckin({ config, now, date: '2026-12-03', status: 'missed' }, io);
    expect(text(io.out)).toContain(
      'Many programs review attendance after two missed sessions — talk to your counsellor',
    );
  });

  it.each([
    // The flags alone are checked by toCheckinOptions (test/commands/checkin-options.test.ts).
    [{ date: '2026-12-20', status: 'attended' as const }, 'is in the future'],
    [{ date: '2026-11-30', status: 'attended' as const, session: '3' }, '--session: choose a number from 1 to 1'],
  ])('refuses %o as a usage error (exit 2), writing nothing', async (flags, message) => {
    const io = recoveryIo();
    await expect(runCheckin({ config, now, ...flags }, io)).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringContaining(message),
    });
    expect(() => statSync(join(io.dataDir, 'profiles', 'profile', 'checkins.jsonl'))).toThrow();
  });

  it('a day without a session is a clear error naming the days that have one', async () => {
    const io = recoveryIo();
    await expect(runCheckin({ config, now, date: '2026-11-29', status: 'attended' }, io)).rejects.toMatchObject({
      exitCode: 1,
      message: expect.stringContaining('no IOP session is planned on Sun 29 Nov 2026'),
    });
  });

  it('without a terminal and without flags it says which flags to use (exit 2)', async () => {
    await expect(runCheckin({ config, now }, recoveryIo())).rejects.toMatchObject({
      exitCode: 2,
      message: NO_TTY_MESSAGE,
    });
  });
});

describe('runCheckin in a terminal', () => {
  it('asks about each session of the day and for a win, then records them', async () => {
    const io = recoveryIo({ stdinIsTTY: true });
    const fake = fakePrompter({
      date: '2026-12-03',
      'session.0': 'attended',
      'note.0': ENTER,
      win: 'Told my sister how the week went',
    });
    await runCheckin({ config, now }, io, { prompter: fake.prompter });
    fake.assertAllUsed();
    const lines = readFileSync(join(io.dataDir, 'profiles', 'profile', 'checkins.jsonl'), 'utf8')
      .trim()
      .split('\n');
    expect(lines.map((l) => JSON.parse(l).kind)).toEqual(['attendance', 'win']);
    expect(JSON.parse(lines[0] ?? '')).not.toHaveProperty('note');
  });
});

describe('progress', () => {
  it('after three check-ins (one missed) and a win: the week chart, streak and supportive text', async () => {
    const io = recoveryIo();
    await runCheckin({ config, now, date: '2026-11-30', status: 'attended' }, io);
    await runCheckin({ config, now, date: '2026-12-02', status: 'missed', note: 'sick child' }, io);
    await runCheckin({ config, now, date: '2026-12-03', status: 'attended', win: 'Cooked dinner with Maya' }, io);
    io.out.length = 0;
    await runProgress({ config, now, color: false }, io);
    const output = text(io.out);
    expect(output).toContain('Streak: 1 session in a row');
    expect(output).toContain('A missed session never erases your progress');
    expect(output).not.toContain('review attendance');
    await expect(output).toMatchFileSnapshot('./__snapshots__/progress-evening-iop-parent.txt');
  });

  it('before the program starts it says when check-ins begin', async () => {
    const io = recoveryIo();
    await runProgress({ config, now: '2026-11-20T12:00:00Z', color: false }, io);
    expect(text(io.out)).toContain('Your program starts on Mon 30 Nov 2026');
  });
});
