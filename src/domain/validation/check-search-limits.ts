import type { ProfileInput } from '../profile-schema.js';

/**
 * (r2) The allocator is exact; the one part of its search that grows with the count of choices
 * is which days `perWeek` items take among owners who share items (each combination of them is a
 * different week to weigh). This bound keeps every valid week solvable in well under a second,
 * far above real weeks (people keep a handful of such items).
 */
export const MAX_PER_WEEK_ITEMS = 8;

/** `path: message` for a group of owners linked by shared items holding too many `perWeek` items. */
export function checkSearchLimits(input: ProfileInput): string[] {
  const items: { owners: string[]; perWeek: boolean }[] = [
    ...(input.iop?.flexible ?? []).map((f) => ({ owners: ['me'], perWeek: f.perWeek !== undefined })),
    ...(input.duties ?? [])
      .filter((d) => d.minutes !== undefined)
      .map((d) => ({ owners: d.owners ?? ['me'], perWeek: d.perWeek !== undefined })),
    ...(input.habits ?? []).map((h) => ({ owners: ['me'], perWeek: h.perWeek !== undefined })),
  ];
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x);
    if (p === undefined || p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  for (const item of items) for (const o of item.owners.slice(1)) parent.set(find(o), find(item.owners[0]!));
  const counts = new Map<string, number>();
  for (const item of items) {
    if (!item.perWeek || !item.owners[0]) continue;
    const root = find(item.owners[0]);
    counts.set(root, (counts.get(root) ?? 0) + 1);
  }
  const out: string[] = [];
  for (const [root, n] of counts) {
    if (n <= MAX_PER_WEEK_ITEMS) continue;
    const who = [...new Set(items.flatMap((i) => i.owners))].filter((o) => find(o) === root).sort();
    out.push(
      `perWeek: ${n} items with perWeek are shared among ${who.join(', ')}; at most ${MAX_PER_WEEK_ITEMS} can be planned together. Give some of them fixed days (days: without perWeek) or split the duties between fewer people`,
    );
  }
  return out;
}
