import { TransactionRollbackError } from 'drizzle-orm';
import type { Database, Transaction } from './client.ts';
import type { Result } from '../src/lib/forms/result.ts';

/**
 * Runs `work` in one transaction that is committed only when it succeeds: a refusal found after
 * writing began (a fund that turns out not to hold enough) rolls back everything written, and is
 * returned like any other refusal. Errors are rolled back and thrown as usual.
 *
 * @example
 * return refusableTransaction(db, async (tx) => {
 *   await tx.insert(allocationDecisions).values(decision);
 *   const posted = await postLedgerTransaction(tx, posting);
 *   return posted.ok ? ok({ sequence: posted.value.sequence }) : posted; // refused: the decision is not kept
 * });
 */
export async function refusableTransaction<T, P extends string>(
  db: Database,
  work: (tx: Transaction) => Promise<Result<T, P>>,
): Promise<Result<T, P>> {
  let result: Result<T, P> | undefined;
  try {
    return await db.transaction(async (tx) => {
      result = await work(tx);
      if (!result.ok) tx.rollback();
      return result;
    });
  } catch (error) {
    if (error instanceof TransactionRollbackError && result && !result.ok) return result;
    throw error;
  }
}
