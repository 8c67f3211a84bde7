import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/adapters/calendar/escape-text.js';
import { eventUid } from '../../../src/adapters/calendar/event-uid.js';
import { renderCalendar } from '../../../src/adapters/calendar/render-calendar.js';
import { buildPlan } from '../../../src/domain/build-plan.js';
import { planCalendarFiles } from '../../../src/domain/calendar/plan-calendar-files.js';
import { validateProfile } from '../../../src/domain/validate-profile.js';
import { arbitraryHouseholdProfile, privateTexts } from '../../support/arbitrary-household-profile.js';
import { WEEKS } from '../../support/arbitrary-profile.js';
import { FORBIDDEN_WORD } from '../../support/private-titles.js';
import { readIcs } from './read-ics.js';

const NOW = Date.parse('2026-11-26T12:00:00Z');
const RUNS = Number(process.env.IOP_PLAN_PROPERTY_RUNS ?? 60);

/** The text a calendar app shows, the way this tool cleans it (so a title's line breaks compare equal). */
const shown = (text: string) => cleanText(text).replace(/\s+/g, ' ').trim();

describe('household calendars keep problems visible and treatment private (property)', () => {
  it('every no-cover occurrence is an "Uncovered" event in me and household; household files name no treatment', () => {
    let uncoveredSeen = 0;
    let checked = 0;
    fc.assert(
      fc.property(arbitraryHouseholdProfile, fc.constantFrom(...WEEKS), (input, week) => {
        const result = validateProfile(input);
        // The generator aims at valid profiles; the few it misses say nothing about the calendars.
        if (!result.ok) return true;
        checked++;
        const profile = result.profile;
        const plan = buildPlan(profile, week, NOW);
        const files = planCalendarFiles(profile, [plan], ['me', 'family']);
        const rendered = files.map((f) => ({
          file: f,
          text: renderCalendar(f, NOW),
          read: readIcs(renderCalendar(f, NOW)),
        }));

        // 1. No cover: one "Uncovered: <title>" per occurrence, at its day, in me and the household file.
        const noCover = plan.unplaced.filter((u) => u.code === 'no-cover');
        uncoveredSeen += noCover.length;
        const me = rendered.find((r) => r.file.view === 'me')!;
        const household = rendered.find((r) => r.file.fileName.startsWith(`household-${plan.week.isoWeek}`));
        if (profile.household.length === 0) expect(household).toBeUndefined();
        for (const r of [me, household]) {
          if (!r) continue;
          const uncovered = r.read.events.filter((e) => e.summary.startsWith('Uncovered: '));
          expect(uncovered.map((e) => e.summary).sort()).toEqual(
            noCover.map((u) => shown(`Uncovered: ${u.title}`)).sort(),
          );
          for (const e of uncovered) expect(e.transp).toBe('TRANSPARENT');
        }

        // 2. Household files: no forbidden word and no text the person wrote for IOP items or habits.
        const secrets = privateTexts(input)
          .map(shown)
          .filter((t) => t.length >= 4);
        for (const r of rendered.filter((x) => x.file.view === 'family')) {
          const values = [
            r.file.fileName,
            r.read.props['x-wr-calname'] ?? '',
            r.read.props.prodid ?? '',
            ...r.read.events.flatMap((e) => [
              e.uid,
              e.summary,
              e.description ?? '',
              e.location ?? '',
              ...e.categories,
              ...e.alarms.map((a) => a.description),
            ]),
          ];
          // The person's own household text (names, duty and event titles) is shown as written.
          const own = [profile.name, ...profile.household.map((m) => m.name), ...profile.duties.map((d) => d.title)]
            .concat(profile.events.map((e) => e.title))
            .map(shown);
          for (const value of values) {
            const tool = own.reduce((text, o) => text.split(o).join(' '), shown(value));
            expect(FORBIDDEN_WORD.exec(tool)?.[0], `${r.file.fileName}: ${value}`).toBeUndefined();
            for (const secret of secrets) expect(shown(value), `${r.file.fileName}`).not.toContain(secret);
          }
          expect(r.text).not.toMatch(/iop-plan/i);
          for (const e of r.file.events) expect(r.read.events.map((x) => x.uid)).toContain(eventUid(e.uidParts));
        }
      }),
      { numRuns: RUNS },
    );
    expect(checked).toBeGreaterThan(RUNS * 0.9);
    // The property is only worth something if problems actually happened.
    expect(uncoveredSeen).toBeGreaterThan(0);
  });
});
