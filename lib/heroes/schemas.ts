import { z } from 'zod';

export const HERO_GROUPS = ['TAJIK_SSR', 'TAJIK_ELSEWHERE', 'POSTWAR_TAJIKISTAN', 'ADDED_2018', 'OTHER'] as const;

/**
 * The levels of the catalogue of units, as the schema's UnitLevel enum lists them: the smaller
 * formation first, so a unit's parent stands further down (partisan detachments, outside the chain, last).
 */
export const UNIT_LEVELS = [
  'COMPANY',
  'BATTALION',
  'REGIMENT',
  'BRIGADE',
  'DIVISION',
  'CORPS',
  'ARMY',
  'FRONT',
  'PARTISAN',
] as const;

export const HERO_SORTS = ['name', 'decree'] as const;

/** The list and the API accept the same query; bad values are refused, not silently fixed. */
export const HeroListQuerySchema = z.object({
  limit: z.coerce
    .number({ error: 'limit must be a number' })
    .int('limit must be a whole number')
    .min(1, 'limit must be at least 1')
    .max(100, 'limit must be at most 100')
    .default(20),
  offset: z.coerce
    .number({ error: 'offset must be a number' })
    .int('offset must be a whole number')
    .min(0, 'offset must be 0 or more')
    .max(1_000_000, 'offset is too large')
    .default(0),
  sort: z.enum(HERO_SORTS, { error: 'sort must be "name" or "decree"' }).default('name'),
  group: z.enum(HERO_GROUPS, { error: `group must be one of ${HERO_GROUPS.join(', ')}` }).optional(),
});

export type HeroListQuery = z.infer<typeof HeroListQuerySchema>;

export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'not a valid slug')
  .max(200);

/** Query strings arrive as string | string[] | undefined; keep the first value of each. */
export function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
}
