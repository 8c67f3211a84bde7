/**
 * Whether a parsed document has the profile schema's shape and zod would return it unchanged,
 * by a validator compiled ahead of time from the zod schema: `scripts/build.mjs` replaces this
 * module in dist/ with the code `scripts/profile-validator.mjs` generates, so a valid profile is
 * checked without loading zod at start-up. From source there is none (undefined), and every
 * document goes to zod. `false` means only "ask zod", which then explains what is wrong.
 */
export const precompiledShapeCheck: ((raw: unknown) => boolean) | undefined = undefined;
