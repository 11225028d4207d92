import { z } from 'zod';
import { foldDiacritics } from './fold-diacritics.ts';
import { ok, refused, type Result } from '../forms/result.ts';

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
 * Checks the `q` field of the search form. An absent one is no search at all (undefined); a
 * present one is either a usable query or a problem, whose `query` value is what to show back.
 */
export function parseSearchQuery(raw: string | undefined): Result<string, SearchQueryProblem> | undefined {
  if (raw === undefined) return undefined;
  const result = searchQuerySchema.safeParse(raw);
  if (result.success) return ok(result.data);
  const problem = result.error.issues[0]?.message === 'tooLong' ? 'tooLong' : 'tooShort';
  return refused(problem, { field: 'q', values: { query: raw.trim().slice(0, searchQueryLimits.max) } });
}
