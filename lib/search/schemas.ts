import { z } from 'zod';
import { HERO_GROUPS } from '../heroes/schemas';

export const MAX_QUERY_LENGTH = 200;
export const MAX_QUERY_WORDS = 8;

const optionalText = z
  .string()
  .trim()
  .max(100, 'Filters are at most 100 characters')
  .optional()
  .transform((value) => (value ? value : undefined));

const year = z.coerce
  .number({ error: 'A decree year is a number such as 1943' })
  .int('A decree year is a whole number')
  .min(1934, 'The title was first awarded in 1934')
  .max(1991, 'The last titles were awarded in 1991');

/** One schema for the search page, the suggestions and GET /api/search. */
export const SearchQuerySchema = z
  .object({
    // Control characters are dropped before anything else looks at the query.
    q: z
      .string()
      .optional()
      .default('')
      .transform((value) => value.normalize('NFC').replace(/[\p{Cc}\p{Cf}]/gu, ' ').replace(/\s+/g, ' ').trim())
      .pipe(z.string().max(MAX_QUERY_LENGTH, `Search for at most ${MAX_QUERY_LENGTH} characters`)),
    limit: z.coerce.number({ error: 'limit must be a number' }).int().min(1, 'limit must be at least 1').max(50, 'limit must be at most 50').default(20),
    group: z.enum(HERO_GROUPS, { error: 'Unknown group' }).optional(),
    region: optionalText,
    unit: optionalText,
    battle: optionalText,
    decreeFrom: year.optional(),
    decreeTo: year.optional(),
    posthumous: z.enum(['yes', 'no'], { error: 'posthumous is "yes" or "no"' }).optional(),
  })
  .refine((query) => !(query.decreeFrom && query.decreeTo && query.decreeFrom > query.decreeTo), {
    message: 'The first decree year comes after the last',
    path: ['decreeTo'],
  });

export type SearchQuery = z.infer<typeof SearchQuerySchema>;

export function hasFilters(query: SearchQuery): boolean {
  return Boolean(query.group || query.region || query.unit || query.battle || query.decreeFrom || query.decreeTo || query.posthumous);
}
