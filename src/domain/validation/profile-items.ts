import type { ProfileInput, SleepEntryInput } from '../profile-schema.js';

/** Each sleep entry with its path: `sleep` for the single form, `sleep.<i>` for a list. */
export function sleepEntriesOf(input: ProfileInput): { entry: SleepEntryInput; path: PropertyKey[] }[] {
  if (!Array.isArray(input.sleep)) return [{ entry: input.sleep, path: ['sleep'] }];
  return input.sleep.map((entry, i) => ({ entry, path: ['sleep', i] }));
}

/** Items that get an id (explicit or the title's slug), in the order their ids are claimed. */
export function identifiedItemsOf(input: ProfileInput): { id?: string; title: string; path: PropertyKey[] }[] {
  return [
    ...(input.iop?.flexible ?? []).map((item, i) => ({ id: item.id, title: item.title, path: ['iop', 'flexible', i] })),
    ...(input.duties ?? []).map((item, i) => ({ id: item.id, title: item.title, path: ['duties', i] })),
    ...(input.habits ?? []).map((item, i) => ({ id: item.id, title: item.title, path: ['habits', i] })),
    ...(input.events ?? []).map((item, i) => ({ id: item.id, title: item.title, path: ['events', i] })),
  ];
}
