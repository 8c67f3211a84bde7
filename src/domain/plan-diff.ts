import { describeDay } from './allocator/describe.js';
import type { Block, Plan } from './plan-types.js';

export interface PlanChange {
  kind: 'added' | 'moved' | 'removed';
  source: string;
  owner: string;
  title: string;
  date: string;
  /** Local `HH:MM` before and after. */
  from?: string;
  to?: string;
}

const SHOWN = new Set(['iop', 'duty', 'habit', 'event', 'work']);

/** Local date and wall time of a block, read from its ISO string (which carries the local offset). */
const dateOf = (b: Block) => b.start.slice(0, 10);
const timeOf = (iso: string) => iso.slice(11, 16);

/**
 * What changed between the plan published for a week and a new one, item by item: a block is the
 * same item when source, owner, category and local day match. Travel, sleep and household busy
 * time follow their items and are not listed.
 */
export function diffPlans(previous: Plan, next: Plan): PlanChange[] {
  const key = (b: Block) => `${b.source}|${b.owner}|${b.category}|${dateOf(b)}`;
  const group = (plan: Plan) => {
    const map = new Map<string, Block[]>();
    for (const b of plan.blocks.filter((x) => SHOWN.has(x.category) && !x.title.startsWith('Arrive early'))) {
      map.set(key(b), [...(map.get(key(b)) ?? []), b]);
    }
    return map;
  };
  const before = group(previous);
  const after = group(next);
  const changes: PlanChange[] = [];
  for (const k of new Set([...before.keys(), ...after.keys()])) {
    const a = (before.get(k) ?? []).map((b) => `${timeOf(b.start)}–${timeOf(b.end)}`).sort();
    const b = (after.get(k) ?? []).map((x) => `${timeOf(x.start)}–${timeOf(x.end)}`).sort();
    const sample = (after.get(k) ?? before.get(k))![0]!;
    const base = { source: sample.source, owner: sample.owner, title: sample.title, date: dateOf(sample) };
    if (a.join() === b.join()) continue;
    if (a.length === 0) changes.push({ ...base, kind: 'added', to: b.join(', ') });
    else if (b.length === 0) changes.push({ ...base, kind: 'removed', from: a.join(', ') });
    else changes.push({ ...base, kind: 'moved', from: a.join(', '), to: b.join(', ') });
  }
  return changes.sort((x, y) => compareKeys(sortKey(x), sortKey(y)));
}

/** By day, then by the time the change starts from (or lands on, for an added item), then by item. */
const sortKey = (c: PlanChange) => [c.date, c.from ?? c.to ?? '', c.to ?? '', c.source, c.owner];

function compareKeys(a: string[], b: string[]): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  }
  return 0;
}

/** One plain sentence per change: "Moved Walk on Tue 1 Dec from 07:30–08:00 to 18:15–18:45". */
export function describeChange(c: PlanChange, ownerName: (id: string) => string): string {
  const who = c.owner === 'me' ? '' : ` (${ownerName(c.owner)})`;
  const on = `${c.title}${who} on ${describeDay(c.date)}`;
  if (c.kind === 'added') return `Added ${on}, ${c.to}`;
  if (c.kind === 'removed') return `Removed ${on} (was ${c.from})`;
  return `Moved ${on} from ${c.from} to ${c.to}`;
}
