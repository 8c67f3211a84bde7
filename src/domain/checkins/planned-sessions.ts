import type { Block, Plan } from '../plan-types.js';
import type { Profile } from '../profile.js';

/** One IOP session (a fixed session or a placed flexible IOP item) the plan expects the person at. */
export interface PlannedSession {
  date: string;
  source: string;
  /** The session's own title from the profile (not "Arrive early: …"). */
  title: string;
  /** ISO 8601 with the local offset, as in the plan. */
  start: string;
  startMs: number;
  endMs: number;
}

/**
 * The IOP sessions of a plan, in start order. The arrive-early block and the session touch and
 * share a source: such a chain is one session, and the session itself is its last block.
 */
export function plannedSessions(profile: Profile, plan: Plan): PlannedSession[] {
  const iop = plan.blocks
    .filter((b) => b.owner === 'me' && b.category === 'iop')
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const chains: Block[][] = [];
  for (const block of iop) {
    const chain = chains.find((c) => {
      const last = c[c.length - 1];
      return last?.source === block.source && Date.parse(last.end) === Date.parse(block.start);
    });
    if (chain) chain.push(block);
    else chains.push([block]);
  }
  return chains.map((chain) => {
    const session = chain[chain.length - 1] as Block;
    return {
      date: session.start.slice(0, 10),
      source: session.source,
      title: titleOf(profile, session),
      start: session.start,
      startMs: Date.parse(session.start),
      endMs: Date.parse(session.end),
    };
  });
}

function titleOf(profile: Profile, block: Block): string {
  const iop = profile.iop;
  const named =
    iop?.sessions.find((s) => s.source === block.source) ?? iop?.flexible.find((f) => f.source === block.source);
  return named?.title ?? block.title;
}
