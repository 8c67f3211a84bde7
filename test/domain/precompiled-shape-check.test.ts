import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standalone from 'ajv/dist/standalone/index.js';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { shapeCheckModule } from '../../scripts/profile-validator.mjs';
import { parseProfileText } from '../../src/adapters/files/parse-profile-text.js';
import { profileSchema } from '../../src/domain/profile-schema.js';
import { validateProfile } from '../../src/domain/validate-profile.js';
import { checkProfileRules } from '../../src/domain/validation/check-profile-rules.js';
import { loadExamples } from '../robustness/hostile-profiles.js';
import { arbitraryProfile } from '../support/arbitrary-profile.js';
import { makeRawProfile } from './validate-profile-builders.js';

// The shape check the build puts in dist/ (scripts/build.mjs), generated the same way here, must
// agree with zod: whatever it accepts, zod accepts and returns unchanged, so the cross-field rules
// on the raw document give exactly validateProfile's answer. What it refuses goes to zod.
let shapeCheck: (raw: unknown) => boolean;

beforeAll(async () => {
  const standaloneCode = (standalone as unknown as { default?: unknown }).default ?? standalone;
  const code = shapeCheckModule(z, profileSchema, { Ajv2020, standaloneCode });
  const file = join(mkdtempSync(join(tmpdir(), 'iop-shape-')), 'shape-check.mjs');
  writeFileSync(file, code);
  ({ precompiledShapeCheck: shapeCheck } = await import(/* @vite-ignore */ pathToFileURL(file).href));
});

/** The fast answer (shape check, then the rules), or undefined where it defers to zod. */
function fastAnswer(raw: unknown) {
  return shapeCheck(raw) ? checkProfileRules(raw as never) : undefined;
}

function expectAgreement(raw: unknown): boolean {
  const fast = fastAnswer(raw);
  if (fast === undefined) return false;
  // The same answer as zod's path: the same problems, or the same profile from an input zod
  // returned unchanged. (isDeepStrictEqual first: toEqual is slow over thousands of documents.)
  const slow = validateProfile(raw);
  if (!isDeepStrictEqual(fast, slow)) expect(fast).toEqual(slow);
  if (slow.ok && !isDeepStrictEqual(slow.input, raw)) expect(slow.input).toEqual(raw);
  return true;
}

type Path = (string | number)[];

/** Every place in a document that holds a value (not the root). */
function pathsOf(value: unknown, path: Path = []): Path[] {
  const inner = Array.isArray(value)
    ? value.flatMap((v, i) => pathsOf(v, [...path, i]))
    : value !== null && typeof value === 'object'
      ? Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...path, k]))
      : [];
  return path.length === 0 ? inner : [path, ...inner];
}

/** A copy of `doc` with the value at `path` replaced. */
function replaced(doc: unknown, path: Path, value: unknown): unknown {
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let parent = copy;
  for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<string | number, unknown>;
  parent[path[path.length - 1] as string | number] = value;
  return copy;
}

const PROFILE_FOLDERS = ['templates/profiles', 'test/fixtures/profiles'];

describe('the precompiled shape check', () => {
  it.each(
    PROFILE_FOLDERS.flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => /\.(ya?ml|json)$/.test(f))
        .map((f) => join(dir, f)),
    ),
  )('accepts %s exactly when zod does, with the same answer', (file) => {
    let raw: unknown;
    try {
      raw = parseProfileText(readFileSync(file, 'utf8'), file);
    } catch {
      return; // not a document at all: the parser's case, not the validator's
    }
    const zodAccepts = profileSchema.safeParse(raw).success;
    const hasTrimmedText = /:\s*"\s|\s"\s*$/m.test(readFileSync(file, 'utf8'));
    if (zodAccepts && !hasTrimmedText) expect(expectAgreement(raw)).toBe(true);
    else expectAgreement(raw);
  });

  it('never accepts a profile that zod refuses or changes: each value of each example replaced', () => {
    // The robustness corpus's field mutations, applied to the parsed examples directly (no YAML
    // round trip): wrong types, out-of-range and non-finite numbers, text to trim, long text.
    const HOSTILE = [
      null,
      true,
      0,
      -1,
      10.5,
      1e9,
      Number.POSITIVE_INFINITY,
      Number.NaN,
      '',
      ' x ',
      'x\n',
      '😀'.repeat(101),
      [],
      {},
      ['x'],
      { x: 1 },
    ];
    let accepted = 0;
    for (const example of loadExamples()) {
      for (const path of pathsOf(example.doc)) {
        for (const value of HOSTILE) {
          if (expectAgreement(replaced(example.doc, path, value))) accepted++;
        }
      }
    }
    // Some replacements stay valid (a number within range, a title): those must agree too.
    expect(accepted).toBeGreaterThan(0);
  });

  it('agrees with zod on any JSON value at any place of a profile', () => {
    const base = makeRawProfile();
    const paths = pathsOf(base);
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 2 }), (path, value) => {
        expectAgreement(replaced(base, path, value));
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with zod on generated profiles, and on values just outside each rule', () => {
    fc.assert(
      fc.property(arbitraryProfile, (profile) => {
        expect(expectAgreement(profile)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['a title with spaces around it (zod trims it)', { me: { name: ' Dana ' } }],
    ['a blank title', { me: { name: '   ' } }],
    ['a title with a trailing newline', { me: { name: 'Dana\n' } }],
    ['an infinite number (YAML .inf)', { rules: { transitionMinutes: Number.POSITIVE_INFINITY } }],
    ['not a number (YAML .nan)', { rules: { maxCommittedHoursPerDay: Number.NaN } }],
    ['201 UTF-16 units in a 200-long field', { me: { name: `${'😀'.repeat(100)}x` } }],
    ['a fractional minute', { rules: { transitionMinutes: 10.5 } }],
    ['an unknown key', { habbits: [] }],
    ['version 2', { version: 2 }],
  ])('defers %s to zod', (_name, change) => {
    expect(shapeCheck({ ...makeRawProfile(), ...change })).toBe(false);
  });

  it.each([
    ['200 UTF-16 units', { me: { name: '😀'.repeat(100) } }],
    ['inner spaces', { me: { name: 'Dana  Lee' } }],
    ['a one-letter title', { me: { name: 'D' } }],
  ])('accepts %s, as zod does', (_name, change) => {
    expect(expectAgreement({ ...makeRawProfile(), ...change })).toBe(true);
  });
});
