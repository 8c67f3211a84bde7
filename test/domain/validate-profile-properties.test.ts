import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateProfile } from '../../src/domain/validate-profile.js';
import { makeRawProfile, type RawProfile } from './validate-profile-builders.js';

type Path = (string | number)[];

function pathsOf(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value)) return [path, ...value.flatMap((v, i) => pathsOf(v, [...path, i]))];
  if (value !== null && typeof value === 'object') {
    return [path, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...path, k]))];
  }
  return [path];
}

const BASE = makeRawProfile();
const PATHS = pathsOf(BASE).filter((p) => p.length > 0);
const PROBLEM = /^(\S+: )?\S/;

function replaced(path: Path, value: unknown): RawProfile {
  const copy = makeRawProfile();
  let parent = copy;
  for (const segment of path.slice(0, -1)) parent = parent[segment];
  parent[path[path.length - 1]!] = value;
  return copy;
}

describe('validateProfile on arbitrary values', () => {
  it('never throws, and either accepts or explains every problem in one short line', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), fc.jsonValue({ maxDepth: 3 }), (path, value) => {
        const result = validateProfile(replaced(path, value));
        if (result.ok) return;
        expect(result.problems.length).toBeGreaterThan(0);
        for (const problem of result.problems) {
          expect(problem).toMatch(PROBLEM);
          expect(problem).not.toContain('\n');
          expect(problem.length).toBeLessThan(400);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('reports a changed value at its own path, inside it, or at the object holding it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), (path) => {
        const result = validateProfile(replaced(path, { unexpected: [1, 2, 3] }));
        expect(result.ok).toBe(false);
        if (result.ok) return;
        const where = path.join('.');
        const paths = result.problems.map((p) => p.split(': ')[0]!);
        expect(paths.some((p) => where.startsWith(p) || p.startsWith(where))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same answer for the same document', () => {
    const raw = replaced(['duties', 0, 'owners', 1], 'bob');
    expect(validateProfile(raw)).toEqual(validateProfile(structuredClone(raw)));
  });

  it('treats keys named like Object.prototype members as unknown keys', () => {
    const raw = JSON.parse(`{"__proto__": {"polluted": 1}, "constructor": 1, ${JSON.stringify(BASE).slice(1)}`);
    const result = validateProfile(raw);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.stringMatching(/^__proto__: unknown key/),
      expect.stringMatching(/^constructor: unknown key/),
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
