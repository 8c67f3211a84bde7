import type { ProfileInput } from '../../domain/profile-schema.js';
import { uniqueSlug } from './unique-slug.js';

/**
 * Gives the profile an `id` (kept if it has one) and every duty, habit, event and flexible IOP
 * item an `id`: the slug of its title, made unique. Calendar UIDs are built from these, so an
 * item keeps its id when its title is edited later.
 */
export function assignIds(draft: ProfileInput, newProfileId: () => string): ProfileInput {
  const lists = [draft.iop?.flexible, draft.duties, draft.habits, draft.events];
  const taken = new Set<string>(['me', ...(draft.household ?? []).map((m) => m.id)]);
  for (const list of lists) for (const item of list ?? []) if (item.id) taken.add(item.id);
  const withId = <T extends { id?: string; title: string }>(items: T[] | undefined) =>
    items?.map((item) => (item.id ? item : { ...item, id: uniqueSlug(item.title, taken, 'item') }));
  const result: ProfileInput = { ...draft, id: draft.id ?? newProfileId() };
  if (draft.iop?.flexible) result.iop = { ...draft.iop, flexible: withId(draft.iop.flexible) };
  if (draft.duties) result.duties = withId(draft.duties);
  if (draft.habits) result.habits = withId(draft.habits);
  if (draft.events) result.events = withId(draft.events);
  return result;
}
