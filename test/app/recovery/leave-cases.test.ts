import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCheckin } from '../../../src/app/run-checkin.js';
import { runLeave } from '../../../src/app/run-leave.js';
import { renderLetter, runLetter } from '../../../src/app/run-letter.js';
import { buildPlan } from '../../../src/domain/build-plan.js';
import { toCalendarBlocks } from '../../../src/domain/calendar/calendar-blocks.js';
import { selectEmployerEvents } from '../../../src/domain/calendar/select-employer-events.js';
import { PLAIN_STYLE } from '../../../src/domain/checkins/text-style.js';
import { renderLeaveLines } from '../../../src/domain/leave/leave-lines.js';
import { buildLeaveLedger } from '../../../src/domain/leave-ledger.js';
import { buildLetterViewModel } from '../../../src/domain/letter/letter-view-model.js';
import type { Plan } from '../../../src/domain/plan-types.js';
import { normalizeProfile, type Profile } from '../../../src/domain/profile.js';
import { profileSchema } from '../../../src/domain/profile-schema.js';
import { FORBIDDEN_WORD } from '../../support/private-titles.js';
import { fixture, recoveryIo, text } from './recovery-helpers.js';

/** Profiles of issue 11's cases, in test/fixtures/leave. */
const leaveFixture = (name: string) => join(import.meta.dirname, '..', '..', 'fixtures', 'leave', `${name}.yaml`);
const loadProfile = (file: string): Profile => normalizeProfile(profileSchema.parse(parse(readFileSync(file, 'utf8'))));

/** A copy of a case profile with `text` replaced, as a file. */
function variant(name: string, from: string, to: string): string {
  const source = readFileSync(leaveFixture(name), 'utf8');
  expect(source).toContain(from);
  const file = join(mkdtempSync(join(tmpdir(), 'iop-leave-case-')), `${name}.yaml`);
  writeFileSync(file, source.replace(from, to));
  return file;
}

const now = '2026-11-16T12:00:00Z';
const nowMs = Date.parse(now);

async function leaveOutput(config: string, extra: Record<string, unknown> = {}) {
  const io = recoveryIo();
  await runLeave({ config, now, program: true, color: false, ...extra }, io);
  return text(io.out);
}

async function letterOutput(config: string, extra: Record<string, unknown> = {}) {
  const io = recoveryIo();
  const code = await runLetter({ config, now, ...extra }, io);
  return { code, out: text(io.out), err: text(io.err) };
}

/**
 * The plans as the allocator of revision 2 tags them: leave given up for an event (the event and
 * its travel) is `personal`. Built here so the ledger and letter are tested on both kinds.
 */
function withPersonalEvents(plan: Plan): Plan {
  const eventSources = new Set(plan.blocks.filter((b) => b.category === 'event').map((b) => b.source));
  const personal = plan.blocks
    .filter((b) => b.owner === 'me' && eventSources.has(b.source))
    .map((b) => [Date.parse(b.start), Date.parse(b.end)] as const);
  return {
    ...plan,
    leave: plan.leave.map((l) => {
      const [s, e] = [Date.parse(l.start), Date.parse(l.end)];
      return personal.some(([ps, pe]) => ps < e && s < pe) ? { ...l, kind: 'personal' as const } : l;
    }),
  };
}

function programPlans(profile: Profile, weekStarts: string[]): Plan[] {
  return weekStarts.map((start) => withPersonalEvents(buildPlan(profile, start, nowMs)));
}

describe('issue 11: leave and the employer letter tell the truth', () => {
  it('events in work hours are personal time: out of office, but not medical, not leave, not in the letter', () => {
    const profile = loadProfile(leaveFixture('events-at-work'));
    const plans = programPlans(profile, ['2026-11-30', '2026-12-07', '2026-12-14', '2026-12-21']);
    expect(plans.flatMap((p) => p.leave).some((l) => l.kind === 'personal')).toBe(true);

    const ledger = buildLeaveLedger(profile, plans);
    expect([ledger.totalMinutes, ledger.totalChargedMinutes]).toEqual([0, 0]);
    // School play 14:00–15:30 and court 10:00–12:00, each with 20 min of travel each way, inside 09:00–17:00.
    expect(ledger.totalPersonalMinutes).toBe(130 + 200);
    const lines = renderLeaveLines(
      ledger,
      {
        zone: profile.timezone,
        focusWeek: undefined,
        notice: undefined,
        inUs: true,
        eligible: 'yes',
        normalWeeklyHours: 40,
      },
      PLAIN_STYLE,
    ).join('\n');
    expect(lines).toContain('no leave needed');
    expect(lines).toContain('Your own events take 5 h 30 min of work time: personal time out of office');
    expect(lines).not.toMatch(/medical/i);

    const vm = buildLetterViewModel(profile, plans);
    expect(vm.kind).toBe('none');
    const letter = renderLetter(vm, 'md');
    expect(letter).not.toMatch(/Court|play|13:40|09:00–12:20|FMLA/);

    // The employer calendar still shows the person away.
    const weeks = plans.map((plan) => ({ plan, blocks: toCalendarBlocks(profile, plan) }));
    const away = selectEmployerEvents(profile, weeks).map((e) => new Date(e.startMs).toISOString());
    expect(away).toEqual(['2026-12-03T18:40:00.000Z', '2026-12-08T14:00:00.000Z']);

    // And the plan does not nudge the person to tell the employer.
    expect(buildPlan(profile, '2026-11-16', nowMs).warnings.map((w) => w.code)).not.toContain('leave-notice');
  });

  it('a 38 h flexible worker whose hours find no room is told so by leave and by the letter', async () => {
    const leave = await leaveOutput(leaveFixture('flexible-38h'));
    expect(leave).toContain('Program (4 weeks): 8 h of work that cannot be made up, counted as 8 h of leave.');
    expect(leave).toContain('Of that, 8 h are flexible work hours that found no room around your program');
    expect(leave).not.toContain('no leave needed');
    const { out } = await letterOutput(leaveFixture('flexible-38h'));
    expect(out).toContain('in 4 of the 4 weeks, 8 h in total will not fit.');
    expect(out).not.toContain('I do not expect to miss any work');
  });

  it('a 20 h/week part-timer: 240 h, and the eligibility conditions with the hours hint', async () => {
    const leave = await leaveOutput(leaveFixture('part-time-20h'));
    expect(leave).toContain(
      'FMLA entitlement, if you are eligible: 12 weeks × 20 h a week (the week your shifts add up to) = 240 h',
    );
    expect(leave).toContain('You are eligible for FMLA leave only if all three hold (29 CFR 825.110):');
    expect(leave).toContain('at least 1,250 hours in the 12 months');
    expect(leave).toContain('at least 50 employees within 75 miles');
    expect(leave).toContain('At 20 h a week you work about 1,040 h a year, under 1,250');
    expect(leave).not.toContain('480 h');
  });

  it('a 32 h flexible worker: 384 h', async () => {
    const leave = await leaveOutput(leaveFixture('flexible-32h'));
    expect(leave).toContain('12 weeks × 32 h a week (work.flexible.weeklyHours) = 384 h');
  });

  it('eligible: no — the letter never says FMLA and asks for a schedule adjustment', async () => {
    const config = variant('day-program-15h', 'eligible: "yes"', 'eligible: "no"');
    const { out, err } = await letterOutput(config);
    expect(out).not.toMatch(/FMLA|Family and Medical Leave/);
    expect(out).toContain('I am writing to ask for a temporary change to my working hours');
    expect(out).toContain('I would like to arrange this as a temporary adjustment to my work schedule');
    expect(out).toContain('reasonable accommodation under the Americans with Disabilities Act');
    expect(err).toContain('not legal advice');
    const leave = await leaveOutput(config);
    expect(leave).toContain('Ask for a schedule adjustment instead');
    expect(leave).not.toContain('FMLA entitlement');
  });

  it('outside the US, FMLA is left out unless the person says they are eligible', async () => {
    const eligible = variant('day-program-15h', 'timezone: America/New_York\n', 'timezone: Europe/London\n');
    const unsure = variant('day-program-15h', '  leave: { eligible: "yes" }\n', '');
    writeFileSync(unsure, readFileSync(unsure, 'utf8').replace('America/New_York', 'Europe/London'));
    const leave = await leaveOutput(unsure);
    expect(leave).toContain('FMLA is US law and your time zone lies outside the US.');
    expect(leave).toContain('under your employer’s policy and the rules where you work');
    expect(leave).not.toContain('ADA');
    const { out } = await letterOutput(unsure);
    expect(out).not.toMatch(/FMLA|Americans with Disabilities/);
    // Said eligible: the person's answer stands.
    expect(await leaveOutput(eligible)).toContain('FMLA entitlement: 12 weeks × 40 h');
  });

  it('no displacement: no leave-notice in the plan, and no letter is needed (exit 0)', async () => {
    const profile = loadProfile(fixture('evening-iop-parent'));
    const plan = buildPlan(profile, '2026-11-23', Date.parse('2026-11-26T18:00:00Z'));
    expect(plan.warnings.map((w) => w.code)).not.toContain('leave-notice');
    const { code, out } = await letterOutput(fixture('evening-iop-parent'));
    expect(code).toBe(0);
    expect(out).toMatch(/^No letter needed: as planned, your program takes none of your scheduled work hours/);
    const leave = await leaveOutput(fixture('evening-iop-parent'));
    expect(leave).toContain('no leave needed');
    expect(leave).not.toContain('tell your employer');
  });

  it('a 15 h/week day program: leave is the sessions with travel and transitions, not whole shifts', () => {
    const profile = loadProfile(leaveFixture('day-program-15h'));
    const ledger = buildLeaveLedger(profile, programPlans(profile, ['2026-12-07']));
    const week = ledger.weeks[0]!;
    expect(week.absences).toHaveLength(5);
    for (const a of week.absences) {
      // 3 h of session; at most 20 min of travel each way and a 15-minute transition; never the 8 h shift.
      expect(a.minutes).toBeGreaterThan(180);
      expect(a.minutes).toBeLessThanOrEqual(180 + 2 * 20 + 15);
    }
    expect(week.minutes).toBeLessThan(5 * 8 * 60 * 0.5);
  });

  it('a missed session: its leave is shown apart and not counted', async () => {
    const config = leaveFixture('day-program-15h');
    const io = recoveryIo();
    await runCheckin({ config, now: '2026-12-02T20:00:00Z', date: '2026-12-02', status: 'missed' }, io);
    const before = await leaveOutput(config);
    const after = recoveryIo({ dataDir: io.dataDir });
    await runLeave({ config, now, week: '2026-12-02', color: false }, after);
    const output = text(after.out);
    expect(output).toMatch(/Wed 2 Dec 09:00–12:\d\d: 3 h \d+ min around a missed session, not counted/);
    expect(output).toMatch(/Not counted: 3 h \d+ min planned around sessions you checked in as missed/);
    expect(before).not.toContain('missed');
    const total = (s: string) => /counted as (\d+) h( \d+ min)? of leave/.exec(s)?.[0];
    expect(total(output)).not.toBe(total(before));
  });
});

describe('the letter for each eligibility answer (snapshots, checked for privacy)', () => {
  it.each([
    ['eligible', 'yes'],
    ['unsure', 'unsure'],
    ['not-eligible', 'no'],
  ])('%s', async (label, eligible) => {
    const config = variant(
      'part-time-20h',
      '  commuteMinutes: 15\n',
      `  commuteMinutes: 15\n  leave: { eligible: ${eligible} }\n`,
    );
    const { out } = await letterOutput(config);
    expect(FORBIDDEN_WORD.exec(out)).toBeNull();
    for (const written of ['Day IOP', 'Group therapy']) expect(out).not.toContain(written);
    expect(out.includes('FMLA')).toBe(eligible !== 'no');
    expect(out.includes('Could you let me know whether I am eligible')).toBe(eligible === 'unsure');
    await expect(out).toMatchFileSnapshot(`./__snapshots__/letter-part-time-20h-${label}.md`);
    const html = await letterOutput(config, { format: 'html' });
    expect(FORBIDDEN_WORD.exec(html.out)).toBeNull();
  });
});
