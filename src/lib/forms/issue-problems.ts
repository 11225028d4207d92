// Types only: this module ships to islands, which must not carry zod itself.
import type { $ZodIssue } from 'zod/v4/core';
import type { Problem } from './result.ts';

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
  issues: readonly $ZodIssue[],
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
