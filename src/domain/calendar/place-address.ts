import type { Profile } from '../profile.js';
import { weekdayOf } from '../week.js';
import type { CalendarBlock } from './calendar-blocks.js';

/**
 * Where a block happens, for `LOCATION` in the person's own calendar (DESIGN §5 r2): an event's
 * own location, else the `address` the profile gives its source (work, the program, a duty or
 * habit with travel). Travel, virtual sessions and remote work days have none.
 */
export function placeAddress(profile: Profile, block: CalendarBlock): string | undefined {
  if (block.location) return block.location;
  if (block.category === 'commute' || block.role === 'travel' || block.mode === 'virtual') return undefined;
  const addresses = addressesBySource(profile);
  const address = addresses.get(block.source);
  if (address !== undefined) return address;
  if (block.category === 'work' && profile.work?.address && !profile.work.remoteDays.includes(weekdayOf(block.date)))
    return profile.work.address;
  if (block.category === 'iop' && profile.iop?.address && profile.iop.mode !== 'virtual') return profile.iop.address;
  return undefined;
}

function addressesBySource(profile: Profile): Map<string, string> {
  const map = new Map<string, string>();
  const add = (source: string, address: string | undefined) => {
    if (address) map.set(source, address);
  };
  for (const s of profile.iop?.sessions ?? []) if (s.mode === 'in-person') add(s.source, profile.iop?.address);
  for (const f of profile.iop?.flexible ?? []) add(f.source, f.address);
  for (const d of profile.duties) add(d.source, d.address);
  for (const h of profile.habits) add(h.source, h.address);
  for (const e of profile.events) add(e.source, e.location);
  return map;
}
