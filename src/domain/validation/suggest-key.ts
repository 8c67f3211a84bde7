import type { z } from 'zod';

type AnySchema = z.core.$ZodType;

/**
 * The keys an object in `schema` at `path` accepts (all union branches together), so an unknown
 * key can be answered with the allowed ones.
 */
export function knownKeysAt(schema: AnySchema, path: readonly PropertyKey[]): string[] {
  let current: AnySchema[] = [schema];
  for (const segment of path) current = current.flatMap((s) => childSchemas(s, segment));
  const keys = new Set<string>();
  for (const s of current.flatMap(objectBranches)) {
    const def = s._zod.def as { shape?: Record<string, unknown> };
    for (const key of Object.keys(def.shape ?? {})) keys.add(key);
  }
  return [...keys];
}

function unwrap(schema: AnySchema): AnySchema {
  let s = schema;
  for (;;) {
    const def = s._zod.def as { type: string; innerType?: AnySchema };
    if (!def.innerType || !['optional', 'nullable', 'default', 'readonly', 'catch'].includes(def.type)) return s;
    s = def.innerType;
  }
}

function objectBranches(schema: AnySchema): AnySchema[] {
  const s = unwrap(schema);
  const def = s._zod.def as { type: string; options?: AnySchema[] };
  if (def.type === 'union') return (def.options ?? []).flatMap(objectBranches);
  return def.type === 'object' ? [s] : [];
}

function childSchemas(schema: AnySchema, segment: PropertyKey): AnySchema[] {
  const s = unwrap(schema);
  const def = s._zod.def as {
    type: string;
    shape?: Record<string, AnySchema>;
    element?: AnySchema;
    items?: AnySchema[];
    options?: AnySchema[];
  };
  switch (def.type) {
    case 'union':
      return (def.options ?? []).flatMap((o) => childSchemas(o, segment));
    case 'object': {
      const child = typeof segment === 'string' ? def.shape?.[segment] : undefined;
      return child && Object.hasOwn(def.shape ?? {}, segment as string) ? [child] : [];
    }
    case 'array':
      return typeof segment === 'number' && def.element ? [def.element] : [];
    case 'tuple': {
      const item = typeof segment === 'number' ? def.items?.[segment] : undefined;
      return item ? [item] : [];
    }
    default:
      return [];
  }
}

/** The known key closest to a misspelt one, when it is close enough to be the likely intent. */
export function closestKey(unknown: string, known: readonly string[]): string | undefined {
  if (unknown.length > 64) return undefined;
  const lower = unknown.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const key of known) {
    const distance = key.toLowerCase() === lower ? 0 : editDistance(lower, key.toLowerCase());
    if (distance < bestDistance) {
      best = key;
      bestDistance = distance;
    }
  }
  const allowed = Math.max(1, Math.floor(Math.min(unknown.length, best?.length ?? 0) / 3));
  return bestDistance <= allowed ? best : undefined;
}

/** Levenshtein distance with adjacent transpositions counted as one edit (`titel` → `title`). */
function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}
