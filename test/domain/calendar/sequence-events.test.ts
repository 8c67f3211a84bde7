import { describe, expect, it } from 'vitest';
import type { CalendarEvent, CalendarFile } from '../../../src/domain/calendar/calendar-types.js';
import { type CalendarHistory, sequenceEvents } from '../../../src/domain/calendar/sequence-events.js';

const H = 3_600_000;
const T0 = Date.parse('2026-12-01T12:00:00Z');

const event = (id: string, hour: number, extra: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uidParts: ['p', id, '2026-12-01', '0'],
  startMs: T0 + hour * H,
  endMs: T0 + (hour + 1) * H,
  title: id,
  categories: ['Recovery'],
  private: true,
  busy: 'busy',
  alarms: [{ minutesBefore: 10, description: 'Leave now' }],
  ...extra,
});

const file = (events: CalendarEvent[], namesTool = true): CalendarFile => ({
  view: namesTool ? 'me' : 'employer',
  fileName: 'x.ics',
  calendarName: 'x',
  namesTool,
  events,
});

/** Writes the events in turn, as successive runs would; returns each run's events. */
function runs(...versions: CalendarEvent[][]): CalendarEvent[][] {
  let history: CalendarHistory | undefined;
  return versions.map((events) => {
    const result = sequenceEvents(file(events), history);
    history = result.history;
    return result.file.events;
  });
}

const summary = (events: CalendarEvent[]) =>
  events.map((e) => `${e.title}:${e.sequence}${e.cancelled ? ':cancelled' : ''}`);

describe('sequenceEvents', () => {
  it('numbers every event 0 the first time', () => {
    const [first] = runs([event('walk', 0), event('call', 2)]);
    expect(summary(first!)).toEqual(['walk:0', 'call:0']);
  });

  it('keeps the number of an unchanged event and bumps a changed one by one each time', () => {
    const out = runs(
      [event('walk', 0), event('call', 2)],
      [event('walk', 0), event('call', 3)],
      [event('walk', 0), event('call', 3)],
      [event('walk', 0, { description: 'new' }), event('call', 4)],
    );
    expect(out.map(summary)).toEqual([
      ['walk:0', 'call:0'],
      ['walk:0', 'call:1'],
      ['walk:0', 'call:1'],
      ['walk:1', 'call:2'],
    ]);
  });

  it('counts title, location, categories, privacy and reminders as content', () => {
    const changes: Partial<CalendarEvent>[] = [
      { title: 'Walk outside' },
      { location: 'Park' },
      { categories: ['Household'] },
      { private: false },
      { alarms: [] },
      { endMs: T0 + 2 * H },
    ];
    for (const change of changes) {
      const [, second] = runs([event('walk', 0)], [event('walk', 0, change)]);
      expect(second![0]!.sequence).toBe(1);
    }
  });

  it('sends a removed event once, cancelled at its old times with no reminder, then forgets it', () => {
    const [, second, third] = runs([event('walk', 0), event('call', 2)], [event('walk', 0)], [event('walk', 0)]);
    expect(summary(second!)).toEqual(['walk:0', 'call:1:cancelled']);
    const cancelled = second![1]!;
    expect([cancelled.startMs, cancelled.endMs, cancelled.title]).toEqual([T0 + 2 * H, T0 + 3 * H, 'call']);
    expect(cancelled.alarms).toEqual([]);
    expect(summary(third!)).toEqual(['walk:0']);
  });

  it('numbers an event that comes back above its cancellation', () => {
    const out = runs([event('call', 2)], [], [], [event('call', 2)]);
    expect(out.map(summary)).toEqual([['call:0'], ['call:1:cancelled'], [], ['call:2']]);
  });

  it('rebuilds a cancelled employer event from its times alone', () => {
    const leaky = event('x', 1, { title: 'Group therapy', description: 'IOP', location: 'Clinic', busy: 'oof' });
    const first = sequenceEvents(file([leaky], false));
    const { file: second } = sequenceEvents(file([], false), first.history);
    expect(second.events).toEqual([
      {
        uidParts: leaky.uidParts,
        startMs: leaky.startMs,
        endMs: leaky.endMs,
        title: 'Out of office',
        categories: [],
        private: false,
        busy: 'oof',
        alarms: [],
        sequence: 1,
        cancelled: true,
      },
    ]);
  });

  it('keeps the history as plain data: the same run twice gives the same record', () => {
    const a = sequenceEvents(file([event('walk', 0)]));
    const b = sequenceEvents(file([event('walk', 0)]), JSON.parse(JSON.stringify(a.history)));
    expect(b.history).toEqual(a.history);
    expect(b.file).toEqual(a.file);
  });
});
