import { describe, expect, it } from 'vitest';
import { DEFAULT_SUPPORT_NOTE } from '../../src/domain/profile.js';
import { buildPlanViewModel } from '../../src/view/plan-view-model.js';
import { danaPlan, loadFixtureProfile, makePlan } from '../app/plan-builder.js';

const dana = loadFixtureProfile('evening-iop-parent');

describe('buildPlanViewModel', () => {
  it('shows seven local days with wall times in the plan zone, not the machine zone', () => {
    // vitest runs with TZ=Pacific/Kiritimati (UTC+14); Dana's plan is in America/Chicago.
    const vm = buildPlanViewModel(danaPlan(dana), dana);
    expect(vm.days.map((d) => d.date)).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ]);
    expect(vm.days[0]?.weekday).toBe('Monday');
    const work = vm.days[0]?.items.find((i) => i.title === 'Work');
    expect(work?.time).toBe('08:30–17:00');
  });

  it('gives located items a leave-by time at the start of their travel, and hides the early-arrival block', () => {
    const vm = buildPlanViewModel(danaPlan(dana), dana);
    const monday = vm.days[0]?.items ?? [];
    expect(monday.find((i) => i.title === 'Work')?.leaveBy).toBe('08:05');
    const group = monday.find((i) => i.title === 'Group therapy');
    expect(group).toMatchObject({ time: '18:00–21:00', leaveBy: '17:30' });
    expect(monday.some((i) => i.title === 'Arrive early' || i.category === 'commute')).toBe(false);
    expect(monday.find((i) => i.title === 'Peer support call')?.leaveBy).toBeUndefined();
  });

  it('names owners from the household and leaves sleep and busy time out of the agenda', () => {
    const vm = buildPlanViewModel(danaPlan(dana), dana);
    const monday = vm.days[0]?.items ?? [];
    expect(monday.find((i) => i.title === 'Dinner')?.ownerName).toBe('Grandma Rose');
    expect(monday.find((i) => i.title === 'Work')?.ownerName).toBe('Dana');
    expect(vm.days.flatMap((d) => d.items).some((i) => i.category === 'sleep' || i.category === 'busy')).toBe(false);
  });

  it('marks an overnight block on its start day and draws its morning part on the next day', () => {
    const priya = loadFixtureProfile('virtual-iop-night-shift');
    const plan = makePlan(priya, '2026-11-30', [
      ['work', 'work.shifts.0', 'Work', 'me', '2026-11-30', '19:00', '07:00'],
    ]);
    const vm = buildPlanViewModel(plan, priya);
    expect(vm.days[0]?.items[0]?.time).toBe('19:00–07:00 (+1)');
    expect(vm.days[1]?.items).toEqual([]);
    expect(vm.days[1]?.segments[0]).toMatchObject({ startMinute: 0, endMinute: 420, isStart: false });
    expect(vm.firstHour).toBe(0);
    expect(vm.lastHour).toBe(24);
  });

  it('keeps wall times right on the day clocks go back', () => {
    const plan = makePlan(dana, '2026-11-01', [
      ['iop', 'iop.sessions.0', 'Group therapy', 'me', '2026-11-01', '18:00', '21:00'],
      ['habit', 'peer-call', 'Peer support call', 'me', '2026-11-01', '00:30', '03:00'],
    ]);
    const sunday = buildPlanViewModel(plan, dana).days[6];
    expect(sunday?.date).toBe('2026-11-01');
    expect(sunday?.items.map((i) => i.time)).toEqual(['00:30–03:00', '18:00–21:00']);
    expect(sunday?.segments.find((s) => s.title === 'Group therapy')).toMatchObject({
      startMinute: 1080,
      endMinute: 1260,
    });
  });

  it('reports the budget with IOP hours against the target and ends with the support note', () => {
    const vm = buildPlanViewModel(danaPlan(dana), dana);
    expect(vm.budget.map((r) => r.label)).toEqual(['IOP', 'Work', 'Family (duties)', 'Recovery (habits)', 'Free']);
    expect(vm.budget[0]).toMatchObject({ hours: '4 h', target: '9–19 h' });
    expect(vm.supportNote).toBe(DEFAULT_SUPPORT_NOTE);
    expect(buildPlanViewModel(danaPlan(dana), { ...dana, supportNote: 'Call Jo: 555-0100' }).supportNote).toBe(
      'Call Jo: 555-0100',
    );
  });

  describe('family sheet', () => {
    const secrets = /Group therapy|counselling|Peer support|Walk|IOP|Arrive early|9–19/;

    it('shows the person’s IOP, its travel and recovery habits only as "Appointment"', () => {
      const vm = buildPlanViewModel(danaPlan(dana), dana, 'family');
      const text = JSON.stringify({ ...vm, supportNote: '' });
      expect(text).not.toMatch(secrets);
      const monday = vm.days[0]?.items ?? [];
      expect(monday.find((i) => i.time === '18:00–21:00')).toMatchObject({ title: 'Appointment', leaveBy: '17:30' });
      expect(monday.find((i) => i.title === 'Dinner')?.ownerName).toBe('Grandma Rose');
      expect(vm.warnings).toEqual([]);
    });

    it('shows full detail when the profile allows it', () => {
      const open = { ...dana, privacy: { familyDetail: true } };
      const vm = buildPlanViewModel(danaPlan(open), open, 'family');
      expect(vm.days[0]?.items.some((i) => i.title === 'Group therapy')).toBe(true);
    });
  });
});
