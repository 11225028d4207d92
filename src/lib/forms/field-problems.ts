import type { z } from 'zod';

/**
 * A form's zod issues as one problem code per field, the first found: the codes are the schema's
 * messages, translated by the page; an issue without a known code gets the field's fallback, and
 * one about the whole form is given to `wholeFormField`.
 */
export function problemsByField<Problem extends string>(
  issues: readonly z.core.$ZodIssue[],
  known: readonly Problem[],
  fallback: (field: string) => Problem,
  wholeFormField = 'form',
): Partial<Record<string, Problem>> {
  const problems: Partial<Record<string, Problem>> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? wholeFormField);
    problems[field] ??= (known as readonly string[]).includes(issue.message)
      ? (issue.message as Problem)
      : fallback(field);
  }
  return problems;
}
