// The profile's shape check, compiled ahead of time (`npm run build`): a standalone ajv validator
// of the JSON Schema that zod generates from src/domain/profile-schema.ts, so that the schema
// stays the single source of truth and start-up need not load zod for a valid profile.
// It must never accept what zod rejects, nor a document zod would change on the way through:
// - numbers must be finite (YAML has .inf and .nan; zod refuses them): strictNumbers;
// - string lengths count UTF-16 code units, as zod does: unicode false;
// - a string zod trims (`.trim()`) must have nothing to trim, else zod's output would differ.
// Any other transform in the schema fails the build instead of being guessed at.
// test/domain/precompiled-shape-check.test.ts checks that it agrees with zod.
export const AJV_OPTIONS = {
  strict: false,
  strictNumbers: true,
  // Deprecated in ajv 8 with a warning, and still honoured: lengths as JavaScript counts them.
  unicode: false,
  allErrors: false,
  messages: false,
  logger: { log() {}, warn() {}, error: console.error },
};

const NOTHING_TO_TRIM = '^(?!\\s)[\\s\\S]*(?<!\\s)$|^$';

/**
 * The JSON Schema the precompiled validator checks: zod's (as for templates/profile.schema.json,
 * shared parts as $defs so each is compiled once), plus "nothing to trim" on every string zod trims.
 * @param {typeof import('zod').z} z
 * @param {import('zod').ZodType} profileSchema
 */
export function shapeCheckSchema(z, profileSchema) {
  const trimmed = new Set();
  const visit = (schema, seen = new Set()) => {
    if (!schema || typeof schema !== 'object' || seen.has(schema)) return;
    seen.add(schema);
    const def = schema._zod?.def;
    if (!def) return;
    for (const check of def.checks ?? []) {
      const checkDef = check._zod?.def;
      if (checkDef?.check === 'overwrite') {
        if (!/\.trim\(\)/.test(String(checkDef.tx))) {
          throw new Error(
            `the profile schema transforms a value (${String(checkDef.tx)}); teach scripts/profile-validator.mjs`,
          );
        }
        trimmed.add(schema);
      }
    }
    if (['transform', 'pipe', 'default', 'prefault', 'catch', 'preprocess'].includes(def.type)) {
      throw new Error(`the profile schema has a ${def.type}; teach scripts/profile-validator.mjs`);
    }
    for (const value of Object.values(def)) {
      if (Array.isArray(value)) for (const v of value) visit(v, seen);
      else if (value && typeof value === 'object') {
        if (value._zod) visit(value, seen);
        else for (const v of Object.values(value)) visit(v, seen);
      }
    }
  };
  visit(profileSchema);
  const override = (ctx) => {
    if (!trimmed.has(ctx.zodSchema)) return;
    const json = ctx.jsonSchema;
    json.allOf = [...(json.allOf ?? []), { pattern: NOTHING_TO_TRIM }];
  };
  return z.toJSONSchema(profileSchema, { io: 'input', reused: 'ref', override });
}

/**
 * ES module source of `export const precompiledShapeCheck = (raw) => boolean`.
 * @param {typeof import('zod').z} z
 * @param {import('zod').ZodType} profileSchema
 * @param {{ Ajv2020: any, standaloneCode: any }} ajv
 */
export function shapeCheckModule(z, profileSchema, { Ajv2020, standaloneCode }) {
  const ajv = new Ajv2020({ ...AJV_OPTIONS, code: { source: true, esm: true } });
  const validate = ajv.compile(shapeCheckSchema(z, profileSchema));
  return `${standaloneCode(ajv, validate)}\nexport const precompiledShapeCheck = (raw) => validate(raw) === true;\n`;
}
