import type { TimedBlock } from '../plan-types.js';
import { formatDay } from '../time/format-day.js';
import { formatDuration } from '../time/format-duration.js';
import type { Week } from '../week.js';
import type { Finding } from './finding.js';

const MINUTE_MS = 60_000;
/** Adults need at least 7 hours (AASM/SRS consensus); recovery makes sleep matter more. */
const SLEEP_MIN_MINUTES = 7 * 60;

/** `me`'s sleep as spans: touching blocks join, so a block cut at midnight still counts whole. */
function sleepSpans(blocks: TimedBlock[]): { startMs: number; endMs: number }[] {
  const sleep = blocks
    .filter((b) => b.owner === 'me' && b.category === 'sleep')
    .map((b) => ({ startMs: b.startMs, endMs: b.endMs }))
    .sort((a, b) => a.startMs - b.startMs);
  const spans: { startMs: number; endMs: number }[] = [];
  for (const s of sleep) {
    const last = spans[spans.length - 1];
    if (last && s.startMs <= last.endMs) last.endMs = Math.max(last.endMs, s.endMs);
    else spans.push({ ...s });
  }
  return spans;
}

/**
 * `sleep-short`: the sleep beginning on a day of the week (every span that starts on that local
 * day, whole, even past midnight or past the week's end) totals under 7 hours. Sleep that began
 * the night before the week belongs to that night and is not judged here; a day with no sleep
 * starting on it (a profile whose sleep entries skip it) is not judged either.
 */
export function checkSleepShort(blocks: TimedBlock[], week: Week): Finding[] {
  const spans = sleepSpans(blocks);
  const findings: Finding[] = [];
  for (const day of week.days) {
    const starting = spans.filter((s) => s.startMs >= day.startMs && s.startMs < day.endMs);
    if (starting.length === 0) continue;
    const minutes = Math.round(starting.reduce((sum, s) => sum + s.endMs - s.startMs, 0) / MINUTE_MS);
    if (minutes >= SLEEP_MIN_MINUTES) continue;
    findings.push({
      code: 'sleep-short',
      date: day.date,
      message:
        `${formatDay(day.date)}: only ${formatDuration(minutes)} of sleep planned from that night's bedtime. ` +
        'Aim for at least 7 h: move bedtime earlier or wake time later in your profile.',
    });
  }
  return findings;
}
