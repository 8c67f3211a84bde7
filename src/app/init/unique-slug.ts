import { slugify } from '../../domain/profile.js';

/**
 * An id from a title that no other item uses: `Dinner` → `dinner`, then `dinner-2`. Ids are part
 * of calendar UIDs, so the wizard keeps an item's id when it is edited and only makes new ones here.
 */
export function uniqueSlug(title: string, taken: Set<string>, fallback: string): string {
  const ascii = slugify(title)
    .replace(/[^a-z0-9-]+/g, '')
    .replace(/-{2,}/g, '-');
  const base = ascii.slice(0, 60).replace(/^-+|-+$/g, '') || fallback;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
