import type { Block, Plan } from '../plan-types.js';
import type { Profile } from '../profile.js';

/** Treatment: the IOP and travel to it. Recovery: habits and travel to them. */
export type Sensitivity = 'treatment' | 'recovery' | 'none';

type Sourced = Pick<Block, 'category' | 'source'>;

/**
 * The private sources of a week, by what they reveal: treatment (IOP sessions, flexible IOP
 * items, any `iop` block or `iop.` source) and recovery (habits, any `habit` block). Travel and
 * arrive-early blocks carry their item's source, so they are private with it. A source that is
 * both is treatment. The one definition for every view (calendars, family sheet, employer).
 */
export function sensitivityBySource(
  profile: Profile,
  blocks: readonly Sourced[],
): Map<string, 'treatment' | 'recovery'> {
  const bySource = new Map<string, 'treatment' | 'recovery'>();
  for (const h of profile.habits) bySource.set(h.source, 'recovery');
  for (const b of blocks) if (b.category === 'habit') bySource.set(b.source, 'recovery');
  for (const s of profile.iop?.sessions ?? []) bySource.set(s.source, 'treatment');
  for (const f of profile.iop?.flexible ?? []) bySource.set(f.source, 'treatment');
  for (const b of blocks) if (b.category === 'iop' || b.source.startsWith('iop.')) bySource.set(b.source, 'treatment');
  return bySource;
}

/** What a block reveals: by its own category first, then by its source. */
export function sensitivityOf(block: Sourced, bySource: ReadonlyMap<string, 'treatment' | 'recovery'>): Sensitivity {
  if (block.category === 'iop' || bySource.get(block.source) === 'treatment') return 'treatment';
  if (block.category === 'habit' || bySource.get(block.source) === 'recovery') return 'recovery';
  return 'none';
}

/** Sources whose blocks and travel are treatment or recovery (hidden on a household view). */
export function privateSourcesOf(plan: Plan, profile: Profile): Set<string> {
  return new Set(sensitivityBySource(profile, plan.blocks).keys());
}
