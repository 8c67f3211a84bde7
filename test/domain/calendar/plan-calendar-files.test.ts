import { describe, expect, it } from 'vitest';
import type { CalendarFile } from '../../../src/domain/calendar/calendar-types.js';
import { planCalendarFiles } from '../../../src/domain/calendar/plan-calendar-files.js';
import { sequenceEvents } from '../../../src/domain/calendar/sequence-events.js';
import { localInstant } from '../../../src/domain/week.js';
import { makeBlock, makePlan, makeProfile, sampleWeekPlan, sessionTrip, ZONE } from './calendar-fixtures.js';

const at = (date: string, hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return localInstant(ZONE, date, h! * 60 + m!);
};
const titles = (file: CalendarFile | undefined) => file?.events.map((e) => e.title) ?? [];
const byName = (files: CalendarFile[], suffix: string) => files.find((f) => f.fileName.endsWith(suffix));

describe('file names', () => {
  it('names one week by its ISO week and several by the first and last', () => {
    const profile = makeProfile();
    const one = planCalendarFiles(profile, [sampleWeekPlan()], ['me', 'family', 'employer']).map((f) => f.fileName);
    expect(one).toEqual([
      'iop-plan-2026-W49-me.ics',
      'household-2026-W49.ics',
      'household-rose-2026-W49.ics',
      'out-of-office-2026-W49.ics',
    ]);
    const many = planCalendarFiles(profile, [makePlan('2026-11-30', []), makePlan('2026-12-07', [])], ['me']);
    expect(many[0]?.fileName).toBe('iop-plan-2026-W49--2026-W50-me.ics');
  });

  it('writes a member file only for members who cover a duty', () => {
    const plan = makePlan('2026-11-30', []);
    expect(planCalendarFiles(makeProfile(), [plan], ['family']).map((f) => f.fileName)).toEqual([
      'household-2026-W49.ics',
    ]);
  });
});

describe('me view', () => {
  const [me] = planCalendarFiles(makeProfile(), [sampleWeekPlan()], ['me']);

  it('has every block but sleep and household busy time, with full titles', () => {
    expect(titles(me)).toContain('Group therapy');
    expect(titles(me)).toContain('Peer support call');
    expect(titles(me)).toContain('Dinner — Grandma Rose');
    expect(titles(me)).not.toContain('Sleep');
    expect(titles(me)).not.toContain('Church');
    expect(me?.events).toHaveLength(9);
  });

  it('marks treatment and recovery items private, including travel to them', () => {
    const priv = me!.events.filter((e) => e.private).map((e) => e.title);
    expect(priv).toEqual(['Peer support call', 'Travel', 'Group therapy', 'Group therapy', 'Travel']);
  });

  it('puts one leave-by reminder on the session trip: the lead time before travel plus arrive-early', () => {
    const alarmed = me!.events.filter((e) => e.alarms.length > 0);
    expect(alarmed).toHaveLength(1);
    const event = alarmed[0]!;
    // Travel 17:30, arrive early 17:50, session 18:00: the reminder is on the session, 10 minutes
    // before the leave-by time (the default lead), so 40 minutes before the start.
    expect(event.startMs).toBe(at('2026-11-30', '18:00'));
    expect(event.alarms[0]?.minutesBefore).toBe(40);
    expect(event.alarms[0]?.description).toBe('Leave by 17:30 for Group therapy');
  });

  it('adds reminders from alarms.minutesBefore and none when leaveBy is off', () => {
    const profile = makeProfile({ alarms: { leaveBy: false, minutesBefore: [60, 15] } });
    const [file] = planCalendarFiles(profile, [sampleWeekPlan()], ['me']);
    const alarmed = file!.events.filter((e) => e.alarms.length > 0);
    expect(alarmed.map((e) => e.alarms.map((a) => a.minutesBefore))).toEqual([[60, 15]]);
  });

  it('reminds the lead time before a virtual session with no travel', () => {
    const d = '2026-11-30';
    const plan = makePlan(d, [
      makeBlock({
        date: d,
        start: '18:00',
        end: '21:00',
        category: 'iop',
        source: 'iop.sessions.0',
        title: 'Group therapy',
      }),
    ]);
    const [file] = planCalendarFiles(makeProfile(), [plan], ['me']);
    expect(file?.events[0]?.alarms).toEqual([{ minutesBefore: 10, description: 'Group therapy at 18:00' }]);
    const atStart = makeProfile({ alarms: { leaveBy: true, minutesBefore: [], leaveByLeadMinutes: 0 } });
    const [plain] = planCalendarFiles(atStart, [plan], ['me']);
    expect(plain?.events[0]?.alarms[0]?.minutesBefore).toBe(0);
  });

  it('numbers repeated occurrences of a source on one day so their UIDs differ', () => {
    const [file] = planCalendarFiles(makeProfile(), [sampleWeekPlan()], ['me']);
    const uids = file!.events.map((e) => e.uidParts.join('|'));
    expect(new Set(uids).size).toBe(uids.length);
  });
});

describe('family view', () => {
  it('shows duties with who covers them and treatment and recovery only as "Appointment"', () => {
    const files = planCalendarFiles(makeProfile(), [sampleWeekPlan()], ['family']);
    const household = byName(files, 'household-2026-W49.ics');
    expect(titles(household)).toEqual([
      'Appointment — Sam',
      'Commute — Sam',
      'Work — Sam',
      'Commute — Sam',
      'Appointment — Sam',
      'Dinner — Grandma Rose',
    ]);
    const text = JSON.stringify(household);
    for (const hidden of ['therapy', 'IOP', 'Peer support']) expect(text).not.toContain(hidden);
  });

  it('joins the trip (travel, session, travel back) into one appointment', () => {
    const files = planCalendarFiles(makeProfile(), [sampleWeekPlan()], ['family']);
    const trip = byName(files, 'household-2026-W49.ics')!.events.filter((e) => e.title.startsWith('Appointment'))[1]!;
    expect(trip.startMs).toBe(at('2026-11-30', '17:30'));
    expect(trip.endMs).toBe(at('2026-11-30', '21:20'));
    expect(trip).toMatchObject({ private: true, categories: [], alarms: [] });
    expect(trip.location).toBeUndefined();
    expect(trip.description).toBeUndefined();
  });

  it('shows the real titles when privacy.familyDetail is set', () => {
    const profile = makeProfile({ privacy: { familyDetail: true } });
    const household = byName(planCalendarFiles(profile, [sampleWeekPlan()], ['family']), 'household-2026-W49.ics');
    expect(titles(household)).toContain('Group therapy — Sam');
    expect(titles(household)).not.toContain('Appointment — Sam');
  });

  it('gives each covering member a file of their own duties', () => {
    const member = byName(
      planCalendarFiles(makeProfile(), [sampleWeekPlan()], ['family']),
      'household-rose-2026-W49.ics',
    );
    expect(titles(member)).toEqual(['Dinner']);
  });
});

describe('employer view', () => {
  const d = '2026-12-01'; // a Tuesday, shift 09:00–17:00
  const daytimeTrip = [
    makeBlock({
      date: d,
      start: '10:00',
      end: '10:20',
      category: 'commute',
      source: 'iop.sessions.0',
      title: 'Travel',
    }),
    makeBlock({
      date: d,
      start: '10:20',
      end: '10:30',
      category: 'iop',
      source: 'iop.sessions.0',
      title: 'Group therapy',
    }),
    makeBlock({
      date: d,
      start: '10:30',
      end: '13:30',
      category: 'iop',
      source: 'iop.sessions.0',
      title: 'Group therapy',
    }),
    makeBlock({
      date: d,
      start: '13:30',
      end: '13:50',
      category: 'commute',
      source: 'iop.sessions.0',
      title: 'Travel',
    }),
  ];
  const employer = (blocks = daytimeTrip, options = {}, profile = makeProfile()) =>
    planCalendarFiles(profile, [makePlan(d, blocks, options)], ['employer'])[0]!;

  it('merges the trip into one "Out of office" with nothing else in it', () => {
    const file = employer();
    expect(file.events).toEqual([
      {
        uidParts: ['p1', 'employer', d, '0'],
        startMs: at(d, '10:00'),
        endMs: at(d, '13:50'),
        title: 'Out of office',
        categories: [],
        private: false,
        busy: 'oof',
        alarms: [],
      },
    ]);
    expect(file.namesTool).toBe(false);
  });

  it('cuts away time to the scheduled shift', () => {
    const late = [
      makeBlock({ date: d, start: '16:00', end: '18:00', category: 'event', source: 'play', title: 'Play' }),
    ];
    const [event] = employer(late).events;
    expect([event?.startMs, event?.endMs]).toEqual([at(d, '16:00'), at(d, '17:00')]);
  });

  it('leaves out evening sessions, habits, duties and days off', () => {
    const blocks = [
      ...sessionTrip(d),
      makeBlock({
        date: d,
        start: '12:00',
        end: '12:15',
        category: 'habit',
        source: 'peer-call',
        title: 'Peer support call',
      }),
      makeBlock({ date: d, start: '12:00', end: '13:00', category: 'duty', source: 'dinner', title: 'Dinner' }),
    ];
    expect(employer(blocks).events).toEqual([]);
    const dayOff = makeProfile({
      work: { shifts: [{ days: 'weekdays', start: '09:00', end: '17:00' }], daysOff: [d] },
    });
    expect(employer(daytimeTrip, {}, dayOff).events).toEqual([]);
  });

  it('includes leave and events, joined when they touch', () => {
    const event = [
      makeBlock({ date: d, start: '13:50', end: '15:00', category: 'event', source: 'play', title: 'Play' }),
    ];
    const leave = [
      { start: '2026-12-01T15:00:00-05:00', end: '2026-12-01T16:00:00-05:00', minutes: 60, reason: 'Appointment' },
    ];
    const [only, ...rest] = employer([...daytimeTrip, ...event], { leave }).events;
    expect(rest).toEqual([]);
    expect([only?.startMs, only?.endMs]).toEqual([at(d, '10:00'), at(d, '16:00')]);
  });

  it('counts a night shift that began the day before the week', () => {
    const profile = makeProfile({ work: { shifts: [{ days: ['sun'], start: '19:00', end: '07:00' }] } });
    const monday = '2026-11-30';
    const early = [
      makeBlock({
        date: monday,
        start: '06:00',
        end: '08:00',
        category: 'iop',
        source: 'iop.sessions.0',
        title: 'Group',
      }),
    ];
    const file = planCalendarFiles(profile, [makePlan(monday, early)], ['employer'])[0]!;
    expect(file.events.map((e) => [e.startMs, e.endMs])).toEqual([[at(monday, '06:00'), at(monday, '07:00')]]);
  });

  it('never carries user text: a forbidden title stays out', () => {
    const text = JSON.stringify(employer());
    expect(text).not.toMatch(/therapy|travel|iop/i);
  });
});

describe('the household file after privacy.familyDetail is turned off', () => {
  it('cancels the detailed events without their titles, place or category', () => {
    const detailed = makeProfile({ privacy: { familyDetail: true } });
    const first = sequenceEvents(
      byName(planCalendarFiles(detailed, [sampleWeekPlan()], ['family']), 'household-2026-W49.ics')!,
    );
    const hidden = byName(planCalendarFiles(makeProfile(), [sampleWeekPlan()], ['family']), 'household-2026-W49.ics')!;
    const next = sequenceEvents(hidden, first.history).file;
    const cancelled = next.events.filter((e) => e.cancelled);
    expect(cancelled.length).toBeGreaterThan(0);
    const text = JSON.stringify(cancelled);
    for (const word of ['therapy', 'Group', 'Peer support']) expect(text).not.toContain(word);
    for (const e of cancelled) expect(e.location).toBeUndefined();
  });
});
