import { askRange, askYes } from '../ask.js';
import type { Section } from './section-types.js';

export const askSleep: Section = async (p, draft) => {
  p.say('Sleep');
  const entries = Array.isArray(draft.sleep) ? draft.sleep : [draft.sleep];
  // A schedule with several entries (e.g. later on weekends) was written by hand: offer to keep it.
  if (entries.length > 1) {
    const keep = await askYes(p, 'sleep.keep', `Keep your sleep schedule as it is (${entries.length} entries)?`, true);
    if (keep) return draft;
  }
  const first = entries[0] ?? { bedtime: '22:30', wake: '06:30' };
  const range = await askRange(
    p,
    'sleep.hours',
    'When do you sleep? (bedtime-wake)',
    { start: first.bedtime, end: first.wake },
    { overnight: true },
  );
  return { ...draft, sleep: { ...(first.days && { days: first.days }), bedtime: range.start, wake: range.end } };
};
