import { z } from 'zod';

/**
 * The proofs' query parameters, checked before any is used: a tree size is a whole number
 * within safe integers; a record is named as the log names it (`receipt:24-000017`).
 */
const size = z
  .string()
  .regex(/^(0|[1-9]\d{0,14})$/)
  .transform(Number);

export const inclusionQuery = z.object({
  record: z.string().regex(/^(receipt:[0-9a-z-]{1,80}|ledger_transaction:\d{1,10}|audit_event:\d{1,10})$/),
  size: size.optional(),
});

export const consistencyQuery = z.object({ from: size, to: size.optional() });

/** The parameters named in `params` from a URL's query, a missing one left undefined. */
export function queryOf(url: URL, params: readonly string[]): Record<string, string | undefined> {
  return Object.fromEntries(params.map((name) => [name, url.searchParams.get(name) ?? undefined]));
}
