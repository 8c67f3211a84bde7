import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// ajv comes with conf; the JSON Schema file is for editors and other tools, so test it with one.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { SCHEMA_ID, toProfileJsonSchema } from '../../scripts/profile-json-schema.mjs';
import { profileSchema } from '../../src/domain/profile-schema.js';
import { makeRawProfile } from './validate-profile-builders.js';

const FILE = 'templates/profile.schema.json';
const committed = JSON.parse(readFileSync(FILE, 'utf8'));
const validate = new Ajv2020({ strict: false }).compile(committed);
const examples = readdirSync('templates/profiles').filter((f) => f.endsWith('.yaml'));

describe('templates/profile.schema.json', () => {
  it('is what the zod schema generates', () => {
    expect(committed).toEqual(toProfileJsonSchema(z, profileSchema));
    expect(committed.$id).toBe(SCHEMA_ID);
    expect(committed.title).toBe('iop-plan profile');
  });

  it('is byte for byte what `npm run schema` writes', () => {
    const result = spawnSync(process.execPath, ['scripts/write-schema.mjs', '--check'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it.each(examples)('accepts the shipped example %s', (file) => {
    const raw = parse(readFileSync(join('templates/profiles', file), 'utf8'));
    expect(validate(raw), JSON.stringify(validate.errors)).toBe(true);
  });

  it('accepts "$schema" and rejects unknown keys, like the validator', () => {
    expect(validate({ ...makeRawProfile(), $schema: './profile.schema.json' })).toBe(true);
    expect(validate({ ...makeRawProfile(), habbits: [] })).toBe(false);
    expect(validate({ ...makeRawProfile(), version: 2 })).toBe(false);
  });
});
