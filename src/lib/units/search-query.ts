import { z } from 'zod';
import { foldDiacritics } from './fold-diacritics.ts';

export const searchQueryLimits = { min: 2, max: 100 } as const;

/** What was wrong with a search, as a key the page turns into words in the reader's language. */
export type SearchQueryProblem = 'tooShort' | 'tooLong';

const searchQuerySchema = z
  .string()
  .trim()
  .max(searchQueryLimits.max, { error: 'tooLong' })
  .refine((q) => foldDiacritics(q).replace(/[^a-z0-9]/g, '').length >= searchQueryLimits.min, {
    error: 'tooShort',
  });

/**
 * Checks the `q` parameter of a search. An absent parameter is no search at all (undefined);
 * a present one is either a usable query or a problem.
 */
export function parseSearchQuery(
  raw: string | null,
): { query: string } | { problem: SearchQueryProblem; query: string } | undefined {
  if (raw === null) return undefined;
  const result = searchQuerySchema.safeParse(raw);
  if (result.success) return { query: result.data };
  const problem = result.error.issues[0]?.message === 'tooLong' ? 'tooLong' : 'tooShort';
  return { problem, query: raw.trim().slice(0, searchQueryLimits.max) };
}
