import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheckin } from '../../../src/app/run-checkin.js';
import { runProgress } from '../../../src/app/run-progress.js';
import { recoveryIo, text } from './recovery-helpers.js';

function profileIn(timezone: string, extra = ''): string {
  const dir = mkdtempSync(join(tmpdir(), 'iop-support-'));
  const file = join(dir, 'profile.yaml');
  writeFileSync(
    file,
    `version: 1
timezone: ${timezone}
sleep: { bedtime: "23:00", wake: "07:00" }
iop:
  program: Evening IOP
  startDate: 2026-11-30
  weeks: 4
  commuteMinutes: 20
  sessions: [{ days: [mon, wed], start: "18:00", end: "21:00" }]
${extra}`,
  );
  return file;
}

/** Thursday 3 December 2026, noon UTC: after the program's first two sessions everywhere below. */
const now = '2026-12-03T12:00:00Z';

describe('the support note on checkin and progress follows the zone (DESIGN §2, §4)', () => {
  it.each([
    ['Europe/London', 'In crisis? Call Samaritans free on 116 123, any time, day or night.'],
    ['Australia/Sydney', 'In crisis? Call Lifeline on 13 11 14, any time, day or night.'],
    ['America/Chicago', 'In crisis? Call or text 988 (Suicide & Crisis Lifeline).'],
  ])('%s', async (zone, expected) => {
    const config = profileIn(zone);
    const io = recoveryIo();
    await runCheckin({ config, now, date: '2026-12-02', status: 'missed' }, io);
    const checkin = text(io.out);
    expect(checkin).toContain('missed');
    expect(checkin.trimEnd().split('\n').at(-1)).toContain(expected);
    const progressIo = recoveryIo({ dataDir: io.dataDir });
    await runProgress({ config, now, color: false }, progressIo);
    expect(text(progressIo.out).trimEnd().split('\n').at(-1)).toContain(expected);
    if (zone !== 'America/Chicago') {
      expect(checkin + text(progressIo.out)).not.toContain('988');
    }
  });

  it('the person’s own support line replaces the zone’s', async () => {
    const config = profileIn('Europe/London', 'support: { line: "Call Jo: 07700 900123" }\n');
    const io = recoveryIo();
    await runCheckin({ config, now, date: '2026-11-30', status: 'attended' }, io);
    expect(text(io.out)).toContain('Call Jo: 07700 900123');
    expect(text(io.out)).not.toContain('Samaritans');
  });
});
