import { allocateWeek } from './allocator/allocate-week.js';
import { MINUTE_MS } from './allocator/interval.js';
import type { Pin } from './allocator/pin-previous.js';
import { balanceHours } from './allocator/rules/balance.js';
import type { Slot } from './allocator/slot.js';
import { computeBudget } from './budget.js';
import type { Block, Plan, TimedBlock, TimedLeave } from './plan-types.js';
import type { Profile } from './profile.js';
import { collectWarnings } from './warnings.js';
import { buildWeek, formatInstant } from './week.js';
import { applyOverrides, NO_OVERRIDES, type WeekOverrides } from './week-overrides.js';

/**
 * The plan for the week containing `weekDate` (DESIGN §4). Pure: the same profile, week and
 * `nowMs` give the same plan on any machine; `nowMs` only feeds `generatedAt` and date-relative
 * warnings.
 */
export function buildPlan(profile: Profile, weekDate: string, nowMs: number, options: PlanOptions = {}): Plan {
  const zone = profile.timezone;
  const week = buildWeek(zone, profile.weekStart, weekDate);
  const overrides = options.overrides ?? NO_OVERRIDES;
  const pins = options.previous?.week.start === week.start ? pinsOf(options.previous) : [];
  const result = allocateWeek(applyOverrides(profile, overrides), week, { skips: overrides.skip, pins });
  const timed = result.slots.map(toTimedBlock).sort(compareBlocks);
  const leave: TimedLeave[] = result.leave.map((l) => ({
    startMs: l.start * MINUTE_MS,
    endMs: l.end * MINUTE_MS,
    // (r2 §4a) Only treatment is called an appointment; time given up for an event is personal.
    reason: l.kind === 'treatment' ? 'Appointment' : 'Personal',
    kind: l.kind,
  }));
  const budget = computeBudget(timed, week, leave);
  const warnings = collectWarnings({ profile, week, blocks: timed, unplaced: result.unplaced, budget, nowMs });
  return {
    version: 1,
    generatedAt: formatInstant(Math.floor(nowMs / 1000) * 1000, 'UTC').replace('+00:00', 'Z'),
    timezone: zone,
    week: { start: week.start, end: week.end, isoWeek: week.isoWeek },
    blocks: timed.map((b) => toBlock(b, zone)),
    unplaced: result.unplaced,
    leave: leave.map((l) => ({
      start: formatInstant(l.startMs, zone),
      end: formatInstant(l.endMs, zone),
      minutes: Math.round((l.endMs - l.startMs) / MINUTE_MS),
      reason: l.reason,
      kind: l.kind,
    })),
    budget,
    score: { tiers: result.tiers, balance: balanceHours(result.balance) },
    warnings,
  };
}

export interface PlanOptions {
  /** One-off changes stored for this week. */
  overrides?: WeekOverrides;
  /** The plan published earlier for this week: its flexible blocks stay put where still valid. */
  previous?: Plan;
}

/** Flexible item blocks of a published plan (moved work and travel follow from them). */
function pinsOf(plan: Plan): Pin[] {
  return plan.blocks
    .filter((b) => !b.fixed && (b.category === 'iop' || b.category === 'duty' || b.category === 'habit'))
    .map((b) => ({
      source: b.source,
      owner: b.owner,
      start: Math.round(Date.parse(b.start) / MINUTE_MS),
      end: Math.round(Date.parse(b.end) / MINUTE_MS),
    }));
}

function toTimedBlock(s: Slot): TimedBlock {
  const b: TimedBlock = {
    source: s.source,
    category: s.category,
    title: s.title,
    owner: s.owner,
    startMs: s.start * MINUTE_MS,
    endMs: s.end * MINUTE_MS,
    fixed: s.fixed,
  };
  if (s.location) b.location = s.location;
  if (s.mode) b.mode = s.mode;
  if (s.role) b.role = s.role;
  return b;
}

/** Blocks sorted by start, then owner, then source (then category, for a block and its travel). */
function compareBlocks(a: TimedBlock, b: TimedBlock): number {
  return (
    a.startMs - b.startMs ||
    cmp(a.owner, b.owner) ||
    cmp(a.source, b.source) ||
    cmp(a.category, b.category) ||
    a.endMs - b.endMs
  );
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function toBlock(b: TimedBlock, zone: string): Block {
  const start = formatInstant(b.startMs, zone);
  const block: Block = {
    // The offset keeps ids apart in the repeated hour of a fall-back night.
    id: `${b.owner}:${b.source}:${b.category}:${start}`,
    source: b.source,
    category: b.category,
    title: b.title,
    owner: b.owner,
    start,
    end: formatInstant(b.endMs, zone),
    fixed: b.fixed,
  };
  if (b.location) block.location = b.location;
  if (b.mode) block.mode = b.mode;
  if (b.role) block.role = b.role;
  return block;
}
