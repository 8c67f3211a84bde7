import { DateTime } from 'luxon';
import type { Block, Category, Plan, Unplaced } from '../domain/plan-types.js';
import { findForbiddenWord, replaceTreatmentWords } from '../domain/privacy/forbidden-words.js';
import { privateSourcesOf } from '../domain/privacy/sensitivity.js';
import type { Profile } from '../domain/profile.js';
import { supportLine } from '../domain/support/support-line.js';
import { formatDay } from '../domain/time/format-day.js';
import { formatMinutesAsHours } from '../domain/time/format-duration.js';
import { formatWallTime } from '../domain/time/format-wall-time.js';
import { addDays, localInstant } from '../domain/week.js';
import { displayAll } from './display-text.js';
import {
  groupUnplaced,
  groupWarnings,
  type UnplacedGroup,
  type UnplacedItem,
  type WarningGroup,
} from './group-problems.js';

/**
 * The view-model every plan format (terminal, Markdown, HTML, `today`) is drawn from, built here
 * and nowhere else so the formats cannot disagree. Times are local wall times in the plan's zone.
 */
export type SheetView = 'me' | 'family';
/** `appointment` stands in for IOP and recovery items on a family sheet (privacy rule, DESIGN §5). */
export type DisplayCategory = Category | 'appointment';

/** How a block shows in a view: on a family sheet, a private one reads "Appointment". */
export interface ShownBlock {
  source: string;
  category: DisplayCategory;
  categoryLabel: string;
  title: string;
  owner: string;
  ownerName: string;
  /** 0 for the person, 1… for household members in listed order (for per-member colours). */
  ownerIndex: number;
}

export interface AgendaItem extends ShownBlock {
  start: string;
  end: string;
  /** `18:00–21:00`; an end on the next day reads `22:00–06:00 (+1)`. */
  time: string;
  leaveBy: string | undefined;
  fixed: boolean;
}

/** A piece of a block within one day, in wall-clock minutes (0 … 1440), with its lane for side-by-side drawing. */
export interface GridSegment extends ShownBlock {
  startMinute: number;
  endMinute: number;
  /** True on the day the block starts (false on the morning part of an overnight block). */
  isStart: boolean;
  lane: number;
  lanes: number;
}

export interface DayView {
  date: string;
  weekday: string;
  shortWeekday: string;
  /** `Mon 30 Nov` */
  label: string;
  items: AgendaItem[];
  segments: GridSegment[];
}

export type UnplacedView = UnplacedItem;

export interface BudgetRow {
  key: 'iop' | 'work' | 'duty' | 'habit' | 'free';
  label: string;
  minutes: number;
  hours: string;
  /** `9–19 h` for IOP, else undefined. */
  target: string | undefined;
  /** Share of the largest row, 0 … 100, for bar charts. */
  percent: number;
}

export interface LegendEntry {
  category: DisplayCategory;
  label: string;
  letter: string;
}

export interface PlanViewModel {
  view: SheetView;
  name: string;
  title: string;
  timezone: string;
  isoWeek: string;
  generatedAt: string;
  /** Grid hour rows: first hour inclusive, last hour exclusive (06 … 22 unless blocks fall outside). */
  firstHour: number;
  lastHour: number;
  hours: number[];
  legend: LegendEntry[];
  members: { id: string; name: string; index: number }[];
  days: DayView[];
  unplaced: UnplacedView[];
  budget: BudgetRow[];
  warnings: { code: string; message: string }[];
  /** `unplaced` with occurrences that differ only in their day as one entry (what renderers list). */
  unplacedGroups: UnplacedGroup[];
  /** `warnings` with repeats of one warning on several days as one entry. */
  warningGroups: WarningGroup[];
  supportNote: string;
}

export const CATEGORY_LABELS: Record<DisplayCategory, string> = {
  sleep: 'Sleep',
  work: 'Work',
  iop: 'IOP',
  commute: 'Travel',
  duty: 'Family',
  habit: 'Recovery',
  event: 'Event',
  busy: 'Busy',
  appointment: 'Appointment',
};

export const CATEGORY_LETTERS: Record<DisplayCategory, string> = {
  sleep: 'z',
  work: 'W',
  iop: 'I',
  commute: 't',
  duty: 'F',
  habit: 'R',
  event: 'E',
  busy: 'b',
  appointment: 'A',
};

const DAY_MINUTES = 1440;

export function buildPlanViewModel(plan: Plan, profile: Profile, view: SheetView = 'me'): PlanViewModel {
  const zone = plan.timezone;
  const hide = view === 'family' && !profile.privacy.familyDetail;
  const privateSources = privateSourcesOf(plan, profile);
  const isPrivate = (b: { owner: string; source: string; category: Category }) =>
    hide && b.owner === 'me' && (b.category === 'iop' || b.category === 'habit' || privateSources.has(b.source));
  const members = profile.household.map((m, i) => ({ id: m.id, name: m.name, index: i + 1 }));
  const ownerName = (id: string) => (id === 'me' ? profile.name : (members.find((m) => m.id === id)?.name ?? id));
  const ownerIndex = (id: string) => (id === 'me' ? 0 : (members.find((m) => m.id === id)?.index ?? 0));
  const show = (b: Block): ShownBlock => {
    const secret = isPrivate(b);
    const category: DisplayCategory = secret && b.category !== 'commute' ? 'appointment' : b.category;
    return {
      source: secret ? 'appointment' : b.source,
      category,
      categoryLabel: CATEGORY_LABELS[category],
      title: secret ? (b.category === 'commute' ? 'Travel' : 'Appointment') : b.title,
      owner: b.owner,
      ownerName: ownerName(b.owner),
      ownerIndex: ownerIndex(b.owner),
    };
  };

  const blocks = plan.blocks.map((b) => ({
    block: b,
    startMs: Date.parse(b.start),
    endMs: Date.parse(b.end),
  }));
  const dates = Array.from({ length: 7 }, (_, i) => addDays(plan.week.start, i));
  const days = dates.map((date): DayView => {
    const dayStart = localInstant(zone, date, 0);
    const dayEnd = localInstant(zone, addDays(date, 1), 0);
    const local = DateTime.fromMillis(dayStart, { zone });
    const inDay = blocks.filter((b) => b.startMs < dayEnd && b.endMs > dayStart);
    const startsToday = inDay.filter((b) => b.startMs >= dayStart);
    const items = agendaItemsOf(startsToday, profile.iop?.arriveEarlyMinutes ?? 0).map((g) => ({
      ...show(g.block),
      start: formatWallTime(g.startMs, zone),
      end: formatWallTime(g.endMs, zone),
      time: `${formatWallTime(g.startMs, zone)}–${formatWallTime(g.endMs, zone)}${g.endMs > dayEnd ? ' (+1)' : ''}`,
      leaveBy: g.leaveByMs === undefined ? undefined : formatWallTime(g.leaveByMs, zone),
      fixed: g.block.fixed,
    }));
    const segments = layOutLanes(
      inDay
        .filter((b) => b.block.category !== 'busy')
        .map((b) => ({
          ...show(b.block),
          startMinute: b.startMs <= dayStart ? 0 : wallMinute(b.startMs, zone),
          endMinute: b.endMs >= dayEnd ? DAY_MINUTES : wallMinute(b.endMs, zone),
          isStart: b.startMs >= dayStart,
          lane: 0,
          lanes: 1,
        })),
    );
    return {
      date,
      weekday: local.toFormat('cccc', { locale: 'en-GB' }),
      shortWeekday: local.toFormat('ccc', { locale: 'en-GB' }),
      label: formatDay(date),
      items,
      segments,
    };
  });

  const visible = days.flatMap((d) => d.segments).filter((s) => s.category !== 'sleep');
  const firstHour = Math.min(6, ...visible.map((s) => Math.floor(s.startMinute / 60)));
  const lastHour = Math.max(22, ...visible.map((s) => Math.ceil(s.endMinute / 60)));
  const used = new Set(days.flatMap((d) => d.segments.map((s) => s.category)));
  const unplaced = plan.unplaced.map((u) =>
    unplacedView(u, hide, privateSources.has(u.source), ownerName, (text) => redact(text, profile, HIDDEN_REASON)),
  );
  const warnings = hide
    ? plan.warnings
        .filter((w) => !/^(iop-|leave-)/.test(w.code))
        .map((w) => ({ ...w, message: redact(w.message, profile, HIDDEN_WARNING) }))
    : plan.warnings;
  // Text the person wrote (and, later, imported calendars) reaches no output with a raw control character.
  return displayAll({
    view,
    name: profile.name,
    title: `Week of ${formatDay(plan.week.start)} – ${formatDay(plan.week.end)} ${plan.week.end.slice(0, 4)} (${plan.week.isoWeek})`,
    timezone: zone,
    isoWeek: plan.week.isoWeek,
    generatedAt: DateTime.fromISO(plan.generatedAt, { zone }).toFormat('yyyy-LL-dd HH:mm'),
    firstHour,
    lastHour,
    hours: Array.from({ length: lastHour - firstHour }, (_, i) => firstHour + i),
    legend: (Object.keys(CATEGORY_LABELS) as DisplayCategory[])
      .filter((c) => used.has(c))
      .map((c) => ({ category: c, label: CATEGORY_LABELS[c], letter: CATEGORY_LETTERS[c] })),
    members: [{ id: 'me', name: profile.name, index: 0 }, ...members],
    days,
    unplaced,
    budget: budgetRows(plan, profile, hide),
    warnings,
    unplacedGroups: groupUnplaced(unplaced),
    warningGroups: groupWarnings(warnings),
    // (§4) Household views end with the support line only with privacy.familyDetail.
    supportNote: hide ? '' : supportLine(profile),
  });
}

interface TimedEntry {
  block: Block;
  startMs: number;
  endMs: number;
}

interface AgendaGroup extends TimedEntry {
  leaveByMs: number | undefined;
}

/**
 * Agenda rows for the blocks starting on one day, sleep, busy and travel left out: adjacent
 * blocks of one source and owner read as one row, an arrive-early block is dropped from the
 * shown time, and a located item gets "leave by" = the start of the travel that leads to it.
 */
function agendaItemsOf(entries: TimedEntry[], arriveEarlyMinutes: number): AgendaGroup[] {
  const sorted = [...entries].sort((a, b) => a.startMs - b.startMs || a.block.owner.localeCompare(b.block.owner));
  const commutes = sorted.filter((e) => e.block.category === 'commute');
  const groups: AgendaGroup[] = [];
  for (const e of sorted) {
    if (['sleep', 'busy', 'commute'].includes(e.block.category)) continue;
    const prev = groups.findLast((g) => g.block.source === e.block.source && g.block.owner === e.block.owner);
    if (prev && prev.endMs === e.startMs && prev.block.category === e.block.category) {
      // The block before is the session's arrive-early minutes (its role says so): the row starts at the session.
      const arriving = prev.block.role === 'arrive-early';
      if (arriving) prev.startMs = e.startMs;
      prev.endMs = e.endMs;
      if (arriving) prev.block = e.block;
      continue;
    }
    groups.push({ ...e, leaveByMs: undefined });
  }
  for (const g of groups) g.leaveByMs = leaveByOf(g, commutes, arriveEarlyMinutes);
  return groups;
}

function leaveByOf(g: AgendaGroup, commutes: TimedEntry[], arriveEarlyMinutes: number): number | undefined {
  const own = commutes.filter((c) => c.block.source === g.block.source && c.block.owner === g.block.owner);
  const arriveMs = g.block.category === 'iop' ? arriveEarlyMinutes * 60_000 : 0;
  // Walk back through the chain of travel blocks that ends right where the item (or its early arrival) begins.
  let reach = own.find((c) => c.endMs === g.startMs || c.endMs === g.startMs - arriveMs);
  while (reach) {
    const startMs = reach.startMs;
    const before = own.find((c) => c.endMs === startMs);
    if (!before) return startMs;
    reach = before;
  }
  return undefined;
}

function layOutLanes(segments: GridSegment[]): GridSegment[] {
  const sorted = [...segments].sort((a, b) => a.startMinute - b.startMinute || a.ownerIndex - b.ownerIndex);
  let cluster: GridSegment[] = [];
  let clusterEnd = -1;
  const close = () => {
    const lanes = Math.max(1, ...cluster.map((s) => s.lane + 1));
    for (const s of cluster) s.lanes = lanes;
    cluster = [];
  };
  for (const s of sorted) {
    if (s.startMinute >= clusterEnd) close();
    const taken = new Set(cluster.filter((o) => o.endMinute > s.startMinute).map((o) => o.lane));
    let lane = 0;
    while (taken.has(lane)) lane++;
    s.lane = lane;
    cluster.push(s);
    clusterEnd = Math.max(clusterEnd, s.endMinute);
  }
  close();
  return sorted;
}

function unplacedView(
  u: Unplaced,
  hide: boolean,
  isPrivate: boolean,
  ownerName: (id: string) => string,
  redactReason: (text: string) => string,
): UnplacedView {
  const secret = hide && isPrivate;
  return {
    title: secret ? 'Appointment' : u.title,
    ownerName: u.owner === null ? undefined : ownerName(u.owner),
    when: u.date === null ? 'this week' : formatDay(u.date),
    minutes: u.minutes,
    code: u.code,
    reason: secret ? HIDDEN_REASON : hide ? redactReason(u.reason) : u.reason,
  };
}

const HIDDEN_REASON = 'could not be fitted this week';
const HIDDEN_WARNING = 'Something in the week needs attention; the personal plan says what.';

/**
 * On a family sheet (DESIGN §5 r2), sentences about other items name no treatment: titles the
 * person wrote for IOP items and habits, and the program's name, read "an appointment"; the
 * tool's own words for treatment read "appointments". A sentence that would still hold one of
 * the employer view's forbidden words outside text the person wrote for the household (names,
 * duty and event titles) is replaced by `fallback`.
 */
function redact(text: string, profile: Profile, fallback: string): string {
  const privateTitles = [
    profile.iop?.program,
    ...(profile.iop?.sessions.map((s) => s.title) ?? []),
    ...(profile.iop?.flexible.map((f) => f.title) ?? []),
    ...profile.habits.map((h) => h.title),
  ]
    .filter((t): t is string => Boolean(t))
    .sort((a, b) => b.length - a.length);
  let out = text;
  for (const title of privateTitles) out = out.replace(new RegExp(escapeRegExp(title), 'gi'), 'an appointment');
  out = replaceTreatmentWords(out, 'appointments');
  let rest = out;
  const own = [
    profile.name,
    ...profile.household.map((m) => m.name),
    ...profile.duties.map((d) => d.title),
    ...profile.events.map((e) => e.title),
  ];
  for (const t of own) if (t) rest = rest.replace(new RegExp(escapeRegExp(t), 'gi'), ' ');
  return findForbiddenWord(rest) ? fallback : out;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function budgetRows(plan: Plan, profile: Profile, hide: boolean): BudgetRow[] {
  const week = plan.budget.week;
  const target = profile.iop?.hoursTarget;
  const iopMinutes = Math.round(plan.budget.iopHours * 60);
  const rows: Omit<BudgetRow, 'hours' | 'percent'>[] = hide
    ? [
        { key: 'iop', label: 'Appointments', minutes: iopMinutes + week.habit, target: undefined },
        { key: 'work', label: 'Work', minutes: week.work, target: undefined },
        { key: 'duty', label: 'Family (duties)', minutes: week.duty, target: undefined },
      ]
    : [
        {
          key: 'iop',
          label: 'IOP',
          minutes: iopMinutes,
          target: target ? `${target.min}–${target.max} h` : undefined,
        },
        { key: 'work', label: 'Work', minutes: week.work, target: undefined },
        { key: 'duty', label: 'Family (duties)', minutes: week.duty, target: undefined },
        { key: 'habit', label: 'Recovery (habits)', minutes: week.habit, target: undefined },
      ];
  rows.push({ key: 'free', label: 'Free', minutes: week.free, target: undefined });
  const max = Math.max(1, ...rows.map((r) => r.minutes));
  return rows.map((r) => ({
    ...r,
    hours: formatMinutesAsHours(r.minutes),
    percent: Math.round((r.minutes / max) * 100),
  }));
}

function wallMinute(ms: number, zone: string): number {
  const t = DateTime.fromMillis(ms, { zone });
  return t.hour * 60 + t.minute;
}
