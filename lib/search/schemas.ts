import { z } from 'zod';
import { HERO_GROUPS } from '../heroes/schemas';
import { sanitizeLine } from '../forms';

const MAX_QUERY_LENGTH = 200;
export const MAX_QUERY_WORDS = 8;

// Filters reach SQL as text, and PostgreSQL refuses NUL: cleaned like the query itself.
const optionalText = z
  .string()
  .transform((value) => sanitizeLine(value))
  .pipe(z.string().max(100, 'filterTooLong'))
  .optional()
  .transform((value) => (value ? value : undefined));

const year = z.coerce
  .number({ error: 'decreeYearNumber' })
  .int('decreeYearWhole')
  .min(1934, 'decreeYearMin')
  .max(1991, 'decreeYearMax');

/** One schema for the search page, the suggestions and GET /api/search. */
export const SearchQuerySchema = z
  .object({
    // Control characters are dropped before anything else looks at the query.
    q: z
      .string()
      .optional()
      .default('')
      .transform((value) => sanitizeLine(value))
      .pipe(z.string().max(MAX_QUERY_LENGTH, 'searchTooLong')),
    limit: z.coerce.number({ error: 'limitInvalid' }).int().min(1, 'limitInvalid').max(50, 'limitInvalid').default(20),
    group: z.enum(HERO_GROUPS, { error: 'unknownGroup' }).optional(),
    region: optionalText,
    unit: optionalText,
    battle: optionalText,
    decreeFrom: year.optional(),
    decreeTo: year.optional(),
    posthumous: z.enum(['yes', 'no'], { error: 'posthumousInvalid' }).optional(),
  })
  .refine((query) => !(query.decreeFrom && query.decreeTo && query.decreeFrom > query.decreeTo), {
    message: 'decreeYearsReversed',
    path: ['decreeTo'],
  });

export type SearchQuery = z.infer<typeof SearchQuerySchema>;

export function hasFilters(query: SearchQuery): boolean {
  return Boolean(
    query.group || query.region || query.unit || query.battle || query.decreeFrom || query.decreeTo || query.posthumous,
  );
}
