import { z } from 'zod';
import type { Problem, Result } from './result.ts';

/** How a concept names what is wrong with its form. */
export interface ProblemCodes<P extends string> {
  /** Every code; a schema's messages are codes from this list. */
  known: readonly P[];
  /** The code for an issue whose message is not a known code (zod's own, e.g. a wrong type). */
  fallback: (field: string) => P;
  /** The field given an issue about the whole form (e.g. a choice none of whose branches fit); none when absent. */
  wholeForm?: string;
}

/**
 * A form's zod issues as problems, one per field: the first found, with the schema's message as
 * its code, so that each field shows one thing to put right.
 *
 * @example
 * problemsFromIssues(issues, { known: ['amountInvalid'], fallback: () => 'amountInvalid' })
 * // [{ code: 'amountInvalid', field: 'amount' }]
 */
export function problemsFromIssues<P extends string>(
  issues: readonly z.core.$ZodIssue[],
  codes: ProblemCodes<P>,
): Problem<P>[] {
  const problems: Problem<P>[] = [];
  for (const issue of issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : codes.wholeForm;
    if (problems.some((problem) => problem.field === field)) continue;
    const code = (codes.known as readonly string[]).includes(issue.message)
      ? (issue.message as P)
      : codes.fallback(field ?? '');
    problems.push(field === undefined ? { code } : { code, field });
  }
  return problems;
}

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
