import type { z } from 'zod';

export const SCHEMA_ID: string;
export function toProfileJsonSchema(zod: typeof z, profileSchema: z.ZodType): Record<string, unknown>;
export function profileJsonSchemaText(zod: typeof z, profileSchema: z.ZodType): string;
