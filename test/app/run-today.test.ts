import { describe, expect, it } from 'vitest';
import { runToday } from '../../src/app/run-today.js';
import { fakeIo } from './fake-io.js';

const config = 'test/fixtures/profiles/evening-iop-parent.yaml';

describe('runToday', () => {
  it('shows the day of --now in the profile’s zone, with leave-by times and the support note', async () => {
    // 02:00 UTC on Tuesday is still Monday evening in Chicago (and Tuesday afternoon in the test TZ).
    // (r2) Dana goes straight from work: 25 minutes (fromWorkMinutes) before the 10 early ones.
    const io = fakeIo();
    expect(await runToday({ config, now: '2026-12-01T02:00:00Z', color: true }, io)).toBe(0);
    const text = io.out.join('');
    expect(text).toMatch(/^Today, Monday 30 Nov\n/);
    expect(text).toMatch(/18:00–21:00 +I Group therapy +Dana +leave by 17:25/);
    expect(text).not.toContain('\u001b['); // not a terminal
    expect(text.trimEnd().split('\n').at(-1)).toMatch(/^In crisis\?/);
  });

  it('points at what comes next today', async () => {
    const io = fakeIo();
    await runToday({ config, now: '2026-11-30T22:00:00Z', color: false }, io); // 16:00 in Chicago
    expect(io.out.join('')).toContain('Next: leave by 17:25 for Group therapy at 18:00');
  });

  it('shows another day with --date', async () => {
    const io = fakeIo();
    await runToday({ config, now: '2026-11-26T12:00:00Z', date: '2026-12-03', color: false }, io);
    const text = io.out.join('');
    expect(text).toMatch(/^Thursday 3 Dec\n/);
    expect(text).not.toContain('Next:');
  });

  it('prints nothing with --quiet, and still reports a broken profile', async () => {
    const io = fakeIo();
    expect(await runToday({ config, now: '2026-11-30T22:00:00Z', color: false, quiet: true }, io)).toBe(0);
    expect(io.out.join('')).toBe('');
    await expect(runToday({ config: 'no-such-profile.yaml', color: false, quiet: true }, fakeIo())).rejects.toThrow(
      'no such file',
    );
  });
});
