import type { z } from 'zod';

export const AJV_OPTIONS: Record<string, unknown>;
export function shapeCheckSchema(zod: typeof z, profileSchema: z.ZodType): Record<string, unknown>;
export function shapeCheckModule(
  zod: typeof z,
  profileSchema: z.ZodType,
  ajv: { Ajv2020: unknown; standaloneCode: unknown },
): string;
