import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLeave } from '../../../src/app/run-leave.js';
import { fixture, recoveryIo, text } from './recovery-helpers.js';

/** Day shifts with a weekday-afternoon IOP and nowhere to move the hours: every session is leave. */
const PROFILE = `
version: 1
timezone: America/New_York
me: { name: Robin }
sleep: { bedtime: "23:00", wake: "07:00" }
work:
  shifts: [{ days: weekdays, start: "09:00", end: "17:00" }]
  commuteMinutes: 20
  leave: { fmla: true, eligible: "yes", normalWeeklyHours: 4, incrementMinutes: 15 }
iop:
  program: Day IOP
  startDate: 2026-11-30
  weeks: 8
  commuteMinutes: 25
  sessions: [{ days: [tue, thu], start: "13:00", end: "16:00" }]
`;

function profileFile(content = PROFILE): string {
  const dir = mkdtempSync(join(tmpdir(), 'iop-leave-'));
  const file = join(dir, 'profile.yaml');
  writeFileSync(file, content);
  return file;
}

describe('runLeave', () => {
  it('--program: every week, the running total, and the week the entitlement runs out', async () => {
    const io = recoveryIo();
    await runLeave({ config: profileFile(), program: true, now: '2026-11-16T12:00:00Z', color: false }, io);
    const output = text(io.out);
    // 12 × 4 h = 48 h of entitlement.
    expect(output).toContain('FMLA entitlement: 12 weeks × 4 h a week (work.leave.normalWeeklyHours) = 48 h');
    expect(output).toMatch(/runs out in 2027-W\d\d/);
    expect(output).toContain("Your program starts in 14 days (Mon 30 Nov): FMLA asks for 30 days' notice");
    await expect(output).toMatchFileSnapshot('./__snapshots__/leave-program.txt');
  });

  it('this week: the week with each absence, and the program totals around it', async () => {
    const io = recoveryIo();
    await runLeave({ config: profileFile(), week: '2026-12-07', now: '2026-10-01T12:00:00Z', color: false }, io);
    const output = text(io.out);
    expect(output).toContain('2026-W50');
    expect(output).not.toContain('2026-W49 ');
    expect(output).not.toContain('notice');
    await expect(output).toMatchFileSnapshot('./__snapshots__/leave-week.txt');
  });

  it('a sample profile whose displaced hours are all made up needs no leave', async () => {
    const io = recoveryIo();
    await runLeave(
      { config: fixture('morning-iop-flexible-work'), program: true, now: '2026-11-10T12:00:00Z', color: false },
      io,
    );
    expect(text(io.out)).toContain('no leave needed');
  });

  it('a profile without work says there is nothing to take leave from', async () => {
    const io = recoveryIo();
    await runLeave({ config: fixture('afternoon-iop-sunday-week'), now: '2026-11-10T12:00:00Z' }, io);
    expect(text(io.out)).toContain('no work section');
  });

  it('--program on a program without an end date is one clear error', async () => {
    const file = profileFile(PROFILE.replace('  weeks: 8\n', ''));
    await expect(runLeave({ config: file, program: true, now: '2026-11-10T12:00:00Z' }, recoveryIo())).rejects.toThrow(
      '--program needs iop.weeks in the profile',
    );
  });
});
