import { renderRemind } from '../adapters/render/render-remind.js';
import { planCalendarFiles } from '../domain/calendar/plan-calendar-files.js';
import type { SheetView } from '../view/plan-view-model.js';
import type { PlannedWeek } from './planned-week.js';

/**
 * `plan --format remind`: the events of the week's calendar for the view (`me` by default, the
 * household calendar with `--view family`), with the same titles and leave-by times as the
 * `.ics` files, so nothing the calendar would hide shows here.
 */
export function renderRemindFile(planned: PlannedWeek, view: SheetView): string {
  const { plan, profile } = planned;
  const file = planCalendarFiles(profile, [plan], [view])[0];
  const title = view === 'me' ? `${profile.name}, week ${plan.week.isoWeek}` : `Household, week ${plan.week.isoWeek}`;
  return `${renderRemind(file?.events ?? [], profile.timezone, title).join('\n')}\n`;
}
