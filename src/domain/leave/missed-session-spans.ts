import type { MsInterval } from '../calendar/merge-intervals.js';
import { sessionKey } from '../checkins/checkin-entry.js';
import { plannedSessions } from '../checkins/planned-sessions.js';
import type { Plan } from '../plan-types.js';
import type { Profile } from '../profile.js';

/**
 * The time each missed session would have taken from work: the session with the blocks of its
 * source that touch it (travel, arrive-early, travel back), widened by `transitionMinutes` on each
 * side. Leave inside such a span was planned for treatment that did not happen (DESIGN §4a).
 * `missed` holds `sessionKey`s of sessions whose latest check-in says missed.
 */
export function missedSessionSpans(profile: Profile, plan: Plan, missed: ReadonlySet<string>): MsInterval[] {
  if (missed.size === 0) return [];
  const transitionMs = profile.rules.transitionMinutes * 60_000;
  const mine = plan.blocks
    .filter((b) => b.owner === 'me')
    .map((b) => ({ source: b.source, startMs: Date.parse(b.start), endMs: Date.parse(b.end) }));
  return plannedSessions(profile, plan)
    .filter((s) => missed.has(sessionKey(s)))
    .map((s) => {
      const own = mine.filter((b) => b.source === s.source);
      let startMs = s.startMs;
      let endMs = s.endMs;
      for (let b = own.find((x) => x.endMs === startMs); b; b = own.find((x) => x.endMs === startMs))
        startMs = b.startMs;
      for (let b = own.find((x) => x.startMs === endMs); b; b = own.find((x) => x.startMs === endMs)) endMs = b.endMs;
      return { startMs: startMs - transitionMs, endMs: endMs + transitionMs };
    });
}
