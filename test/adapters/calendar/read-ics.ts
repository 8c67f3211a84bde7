import ICAL from 'ical.js';

export interface ReadEvent {
  uid: string;
  summary: string;
  startMs: number;
  endMs: number;
  description: string | undefined;
  location: string | undefined;
  categories: string[];
  classification: string | undefined;
  transp: string | undefined;
  alarms: { trigger: string; description: string }[];
  propertyNames: string[];
}

/** Parses a calendar with ical.js, as a calendar app would read it. */
export function readIcs(text: string): { props: Record<string, string>; events: ReadEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const props: Record<string, string> = {};
  for (const p of calendar.getAllProperties()) props[p.name] = String(p.getFirstValue());
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const text = (name: string) => {
      const v = vevent.getFirstPropertyValue(name);
      return v === null || v === undefined ? undefined : String(v);
    };
    return {
      uid: event.uid,
      summary: event.summary,
      startMs: event.startDate.toUnixTime() * 1000,
      endMs: event.endDate.toUnixTime() * 1000,
      description: text('description'),
      location: text('location'),
      categories: vevent.getAllProperties('categories').flatMap((p) => p.getValues().map(String)),
      classification: text('class'),
      transp: text('transp'),
      alarms: vevent.getAllSubcomponents('valarm').map((a) => ({
        trigger: String(a.getFirstPropertyValue('trigger')),
        description: String(a.getFirstPropertyValue('description')),
      })),
      propertyNames: vevent.getAllProperties().map((p) => p.name),
    };
  });
  return { props, events };
}

/** Lines of a calendar that are longer than 75 octets (excluding CRLF). */
export function longLines(text: string): string[] {
  return text.split('\r\n').filter((line) => Buffer.byteLength(line, 'utf8') > 75);
}
