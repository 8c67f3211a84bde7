import { describe, expect, it } from 'vitest';
import { guessSection, runWizard } from '../../../src/app/init/run-wizard.js';
import { validateProfile } from '../../../src/domain/validate-profile.js';
import { ENTER_THROUGH, testContext } from './default-answers.js';
import { ENTER, fakePrompter } from './fake-prompter.js';

describe('runWizard', () => {
  it('gives a valid profile when every answer is Enter', async () => {
    const fake = fakePrompter(ENTER_THROUGH);
    const profile = await runWizard(fake.prompter, undefined, testContext());
    fake.assertAllUsed();
    expect(validateProfile(profile).ok).toBe(true);
    expect(profile).toMatchObject({
      id: 'test1234',
      timezone: 'America/New_York',
      me: { name: 'Me' },
      sleep: { bedtime: '22:30', wake: '06:30' },
      work: { shifts: [{ days: 'weekdays', start: '09:00', end: '17:00' }], commuteMinutes: 0 },
      iop: { program: 'Evening IOP', startDate: '2026-11-30', weeks: 12, mode: 'in-person' },
    });
    expect(profile.habits?.map((h) => h.id)).toEqual(['peer-call', 'meeting', 'exercise', 'breathing']);
    expect(profile.iop?.flexible?.[0]?.id).toBe('individual-counselling');
  });

  it('shows a friendly message for a badly typed time and takes the corrected one', async () => {
    const fake = fakePrompter({
      ...ENTER_THROUGH,
      'sleep.hours': { attempts: ['23:00-7:5', '23:00-25:00', '11pm-7:45am'] },
    });
    const profile = await runWizard(fake.prompter, undefined, testContext());
    expect(fake.rejected.map((r) => r.message)).toEqual([
      'end 7:5: minutes need two digits (like 07:05 or 19:30)',
      'end 25:00: hours go up to 23',
    ]);
    expect(profile.sleep).toEqual({ bedtime: '23:00', wake: '07:45' });
  });

  it('asks about a household member, their busy times and a duty they share', async () => {
    const fake = fakePrompter({
      ...ENTER_THROUGH,
      'household.add.0': true,
      'household.0.name': 'Alex',
      'household.0.busy.0': true,
      'household.0.busy.0.label': 'Work',
      'household.0.busy.0.days': 'weekdays',
      'household.0.busy.0.hours': '08:00-17:30',
      'household.0.busy.1': false,
      'household.add.1': false,
      'duties.add.0': true,
      'duties.0.title': 'School drop-off',
      'duties.0.fixed': true,
      'duties.0.days': 'mon,tue,wed,thu,fri',
      'duties.0.hours': '07:45-08:15',
      'duties.0.owners': ['me', 'alex'],
      'duties.0.rotate': true,
      'duties.add.1': true,
      'duties.1.title': 'Dinner',
      'duties.1.fixed': false,
      'duties.1.days': 'daily',
      'duties.1.minutes': { attempts: ['an hour', '60'] },
      'duties.1.window': { attempts: ['19:30-17:00', '17:00-19:30'] },
      'duties.1.perWeek': ENTER,
      'duties.1.owners': [],
      'duties.add.2': false,
    });
    // An empty tick list is refused by the real validator, which the fake runs.
    await expect(runWizard(fake.prompter, undefined, testContext())).rejects.toThrow(/Tick at least one person/);
    expect(fake.rejected.map((r) => r.message)).toEqual([
      'Use whole minutes, e.g. 30',
      '19:30-17:00 runs past midnight: a duty must end by 24:00 (midnight)',
    ]);
  });

  it('stores members, busy times, fixed and flexible duties with ids', async () => {
    const fake = fakePrompter({
      ...ENTER_THROUGH,
      'household.add.0': true,
      'household.0.name': 'Alex',
      'household.0.busy.0': true,
      'household.0.busy.0.label': 'Work',
      'household.0.busy.0.days': 'weekdays',
      'household.0.busy.0.hours': '08:00-17:30',
      'household.0.busy.1': false,
      'household.add.1': false,
      'duties.add.0': true,
      'duties.0.title': 'School drop-off',
      'duties.0.fixed': true,
      'duties.0.days': 'mon wed fri',
      'duties.0.hours': '07:45-08:15',
      'duties.0.owners': ['me', 'alex'],
      'duties.0.rotate': true,
      'duties.add.1': true,
      'duties.1.title': 'Dinner',
      'duties.1.fixed': false,
      'duties.1.days': 'daily',
      'duties.1.minutes': '60',
      'duties.1.window': '17:00-19:30',
      'duties.1.perWeek': ENTER,
      'duties.1.owners': ['alex'],
      'duties.add.2': false,
    });
    const profile = await runWizard(fake.prompter, undefined, testContext());
    fake.assertAllUsed();
    expect(profile.household).toEqual([
      { id: 'alex', name: 'Alex', busy: [{ days: 'weekdays', start: '08:00', end: '17:30', label: 'Work' }] },
    ]);
    expect(profile.duties).toEqual([
      {
        id: 'school-drop-off',
        title: 'School drop-off',
        days: ['mon', 'wed', 'fri'],
        start: '07:45',
        end: '08:15',
        owners: ['me', 'alex'],
        rotate: true,
      },
      { id: 'dinner', title: 'Dinner', days: 'daily', minutes: 60, window: ['17:00', '19:30'], owners: ['alex'] },
    ]);
  });

  it('prefills every answer from the stored profile, so Enter through changes nothing', async () => {
    const first = await runWizard(fakePrompter(ENTER_THROUGH).prompter, undefined, testContext());
    const edit = fakePrompter({
      ...ENTER_THROUGH,
      'work.kind': ENTER,
      'iop.track': ENTER,
      'habits.own.add.0': ENTER,
      'sleep.hours': ENTER,
    });
    const again = await runWizard(edit.prompter, first, {
      ...testContext(),
      isNew: false,
      newProfileId: () => 'other',
    });
    edit.assertAllUsed();
    expect(again).toEqual(first);
  });

  it('--section asks one section only and keeps the rest', async () => {
    const first = await runWizard(fakePrompter(ENTER_THROUGH).prompter, undefined, testContext());
    const fake = fakePrompter({ 'sleep.byDay': ENTER, 'sleep.hours': '23:30-07:00' });
    const edited = await runWizard(fake.prompter, first, { ...testContext(), isNew: false }, { only: ['sleep'] });
    fake.assertAllUsed();
    expect(edited).toEqual({ ...first, sleep: { bedtime: '23:30', wake: '07:00' } });
  });

  it('sends the person back to a section when answers do not fit together', async () => {
    const fake = fakePrompter({
      ...ENTER_THROUGH,
      'events.add.0': true,
      'events.0.title': 'Late call',
      'events.0.date': '2026-12-01',
      'events.0.hours': '23:00-23:30', // over the default sleep (22:30-06:30)
      'events.add.1': false,
      'fix.0': ENTER, // the section of the first problem is preselected
      'events.0': 'edit',
      'events.0.title#2': ENTER,
      'events.0.date#2': ENTER,
      'events.0.hours#2': '8pm-8:30pm',
      'events.add.0#2': false,
    });
    const profile = await runWizard(fake.prompter, undefined, testContext());
    fake.assertAllUsed();
    expect(fake.said.find((s) => s.includes('do not fit together'))).toMatch(/events\.0/);
    expect(profile.events).toEqual([
      { id: 'late-call', title: 'Late call', date: '2026-12-01', start: '20:00', end: '20:30' },
    ]);
  });

  it('a night worker gives sleep day by day, checked against the shifts', async () => {
    const { 'sleep.hours': _s, 'iop.address': _a, 'iop.commute': _c, 'iop.arriveEarly': _e, ...rest } = ENTER_THROUGH;
    const fake = fakePrompter({
      ...rest,
      'work.shifts.0.days': 'fri,sat,sun',
      'work.shifts.0.hours': { attempts: ['9-5', '7pm-7:30am'] },
      'sleep.mon': '8:30am-1:30pm, 11pm-7am',
      'sleep.tue': ENTER, // the night before: 23:00-07:00
      'sleep.wed': ENTER,
      'sleep.thu': ENTER,
      'sleep.fri': { attempts: ['3pm-8pm', ENTER] }, // over the 19:00 shift; the guess is a nap
      'sleep.sat': ENTER, // after the shift: 08:30-16:00
      'sleep.sun': ENTER,
    });
    const profile = await runWizard(fake.prompter, undefined, testContext());
    fake.assertAllUsed();
    expect(fake.rejected.map((r) => r.message)).toEqual([
      '09:00-05:00 is 20 hours long; add am or pm (9am-5pm, 11pm-7am) or use 24-hour times',
      'sleep Fri 15:00-20:00 overlaps your Fri shift 19:00-07:30',
    ]);
    expect(profile.sleep).toEqual([
      { days: ['mon'], bedtime: '08:30', wake: '13:30' },
      { days: ['mon', 'tue', 'wed', 'thu'], bedtime: '23:00', wake: '07:00' },
      { days: ['fri'], bedtime: '13:00', wake: '17:00' },
      { days: ['sat', 'sun'], bedtime: '08:30', wake: '16:00' },
    ]);
    expect(fake.said.some((s) => s.includes('Under 7 hours of sleep starts on Friday (4 h)'))).toBe(true);
    expect(profile.iop?.program).toBe('Virtual morning IOP'); // the track offered first after night shifts
  });
});

describe('answers people give', () => {
  /** Enter at every question, whatever its id. */
  const enterThroughAll = () => fakePrompter(new Proxy({}, { has: () => true, get: () => ENTER }) as never);

  const nightWorker = async () => {
    const { 'sleep.hours': _s, 'iop.address': _a, 'iop.commute': _c, 'iop.arriveEarly': _e, ...rest } = ENTER_THROUGH;
    const fake = fakePrompter({
      ...rest,
      'work.shifts.0.days': 'fri,sat,sun',
      'work.shifts.0.hours': '7pm-7:30am',
      'work.fmla': true,
      'work.leave.months': 'yes',
      'work.leave.hours': 'no',
      'work.leave.size': 'unsure',
      'work.normalWeeklyHours': ENTER,
      ...Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [`sleep.${d}`, ENTER])),
      'sleep.mon': '8:30am-1:30pm, 11pm-7am',
      'habits.own.add.0': true,
      'habits.own.0.title': 'Journaling',
      'habits.own.0.minutes': ENTER,
      'habits.own.0.perWeek': '3',
      'habits.own.0.when': ENTER,
      'habits.own.0.window': '9pm-1am',
      'habits.own.0.midnight': 'both',
      'habits.own.0.high': ENTER,
      'habits.own.add.1': false,
    });
    const profile = await runWizard(fake.prompter, undefined, testContext());
    fake.assertAllUsed();
    return { profile, fake };
  };

  it('a habit window past midnight is explained, and may become two windows sharing the times a week', async () => {
    const { profile, fake } = await nightWorker();
    expect(fake.said.some((s) => s.includes('Journaling: 21:00-01:00 runs past midnight'))).toBe(true);
    expect(profile.habits?.filter((h) => h.title.startsWith('Journaling'))).toEqual([
      { id: 'journaling', title: 'Journaling', minutes: 20, perWeek: 2, window: ['21:00', '24:00'] },
      {
        id: 'journaling-early',
        title: 'Journaling (after midnight)',
        minutes: 20,
        perWeek: 1,
        window: ['00:00', '01:00'],
      },
    ]);
    expect(profile.work?.leave).toEqual({ fmla: true, eligible: 'no' }); // one "no" is enough
  });

  it("an edit run of a night worker's profile, Enter throughout, changes nothing", async () => {
    const { profile } = await nightWorker();
    const again = await runWizard(enterThroughAll().prompter, profile, { ...testContext(), isNew: false });
    expect(again).toEqual(profile);
  });

  it("a partner's night shift is kept as two busy times, the evening and the next morning", async () => {
    const fake = fakePrompter({
      ...ENTER_THROUGH,
      'household.add.0': true,
      'household.0.name': 'Sam',
      'household.0.busy.0': true,
      'household.0.busy.0.label': 'Work',
      'household.0.busy.0.days': 'mon-thu',
      'household.0.busy.0.hours': '10pm-6am',
      'household.0.busy.2': false,
      'household.add.1': false,
    });
    const profile = await runWizard(fake.prompter, undefined, testContext());
    fake.assertAllUsed();
    expect(profile.household?.[0]?.busy).toEqual([
      { days: ['mon', 'tue', 'wed', 'thu'], start: '22:00', end: '24:00', label: 'Work' },
      { days: ['tue', 'wed', 'thu', 'fri'], start: '00:00', end: '06:00', label: 'Work' },
    ]);
    expect(fake.said).toContain(
      'Work: 22:00-06:00 runs past midnight, so it is kept as 22:00-24:00 (mon,tue,wed,thu) and 00:00-06:00 (tue,wed,thu,fri).',
    );
  });

  it('a quick duty may be given as one time: 15 minutes from then', async () => {
    const fake = fakePrompter({
      ...ENTER_THROUGH,
      'duties.add.0': true,
      'duties.0.title': 'Evening medicine',
      'duties.0.fixed': true,
      'duties.0.days': 'daily',
      'duties.0.hours': { attempts: ['25:00', '11:50pm-12:30am', '8pm'] },
      'duties.add.1': false,
    });
    const profile = await runWizard(fake.prompter, undefined, testContext());
    fake.assertAllUsed();
    expect(fake.rejected.map((r) => r.message)).toEqual([
      '25:00: hours go up to 23',
      '23:50-00:30 runs past midnight: a duty must end by 24:00 (midnight)',
    ]);
    expect(profile.duties).toEqual([
      { id: 'evening-medicine', title: 'Evening medicine', days: 'daily', start: '20:00', end: '20:15' },
    ]);
  });

  it('closed dates are a list; one outside the program is pointed out', async () => {
    const fake = fakePrompter({
      ...ENTER_THROUGH,
      'iop.closed': true,
      'iop.closedDates': { attempts: ['2026-12-24, 12/25', '2026-12-25 2026-12-24, 2027-06-01'] },
    });
    const profile = await runWizard(fake.prompter, undefined, testContext());
    expect(fake.rejected.map((r) => r.message)).toEqual(['12/25: not a day; use YYYY-MM-DD, e.g. 2026-12-24']);
    expect(profile.iop?.closedDates).toEqual(['2026-12-24', '2026-12-25', '2027-06-01']);
    expect(fake.said).toContain('2027-06-01: outside the program (2026-11-30 to 2027-02-21), so it changes nothing.');
  });

  it('meeting times become slots, and times a week stay within the days given', async () => {
    const { 'habits.meeting.address': _a, ...rest } = ENTER_THROUGH; // no travel, so no address
    const answers = { ...rest, 'habits.meeting.slots': 'sat 10am', 'habits.meeting.commute': '0' };
    const quiet = fakePrompter(answers);
    const profile = await runWizard(quiet.prompter, undefined, testContext());
    quiet.assertAllUsed();
    expect(profile.habits?.find((h) => h.id === 'meeting')).toEqual({
      id: 'meeting',
      title: 'Mutual-help meeting',
      minutes: 60,
      perWeek: 1,
      slots: [{ days: ['sat'], start: '10:00' }],
      priority: 'high',
    });
    expect(quiet.said).toContain('Mutual-help meeting: 1 day with set times, so at most 1 a week.');
  });
});

describe('guessSection', () => {
  it.each([
    ['work.shifts.0.start: overlaps sleep', 'work'],
    ['me.name: must not be empty', 'about'],
    ['duties.1.owners.0: unknown', 'duties'],
    ['nonsense', 'about'],
  ])('%s → %s', (problem, section) => {
    expect(guessSection(problem)).toBe(section);
  });
});
