import { z } from 'zod';
import type { Result } from './result.ts';

import { problemsFromIssues, type ProblemCodes } from './issue-problems.ts';

export { problemsFromIssues, type ProblemCodes };

/**
 * Reads a form's fields (from `readForm`, or any plain object) with its schema: the parsed value,
 * or its problems per field.
 */
export function parseForm<S extends z.ZodType, P extends string>(
  schema: S,
  fields: unknown,
  codes: ProblemCodes<P>,
): Result<z.output<S>, P> {
  const parsed = schema.safeParse(fields);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, problems: problemsFromIssues(parsed.error.issues, codes) };
}

/**
 * A list field for a schema: none, one or several values (src/lib/forms/read-form.ts) become an
 * array for `list` to check.
 *
 * @example formList(z.array(z.enum(['poor', 'near_poor'])).min(1, 'noGroup'))
 */
export function formList<T extends z.ZodType>(list: T) {
  return z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), list);
}
