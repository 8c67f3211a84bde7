import type { Slot } from '../../../src/domain/allocator/slot.js';
import type { Category } from '../../../src/domain/plan-types.js';

/** A slot of `me` (unless `owner` says otherwise) over `[start, end)` epoch minutes. */
export function makeSlot(
  start: number,
  end: number,
  category: Category = 'event',
  owner = 'me',
  extra: Partial<Slot> = {},
): Slot {
  return { start, end, category, owner, source: `${category}-${start}`, title: category, fixed: true, ...extra };
}
