import { TransactionRollbackError } from 'drizzle-orm';
import type fc from 'fast-check';
import type { Database } from '../../../db/client.ts';

/**
 * How property tests run: 200 cases in `npm test` from a fixed seed (the same cases every run, so
 * a failure is reproduced by running again), 10,000 from a new seed in `npm run test:soak`.
 * PROPERTY_RUNS and PROPERTY_SEED override both; fast-check prints the seed and the path of a
 * failing case, which PROPERTY_SEED (and fast-check's `path`) replay.
 */
const runs = Number(process.env.PROPERTY_RUNS ?? 200);

export function propertyParameters<T>(): fc.Parameters<T> {
  const seed = process.env.PROPERTY_SEED;
  return {
    numRuns: runs,
    seed: seed === 'random' ? Date.now() ^ (Math.random() * 2 ** 31) : Number(seed ?? 20_261_201),
  };
}

/** A limit on waiting for all the cases, not a goal for speed: hundreds of cases on a busy machine take minutes. */
export const propertyTimeout = 10 * 60_000 + runs * 2_000;

/**
 * Runs one case in a transaction that is always rolled back, so that every case — and every
 * smaller case fast-check tries while shrinking — starts from the same clean database. The code
 * under test opens its own transactions inside it, as savepoints.
 */
export async function inCleanState(db: Database, work: (db: Database) => Promise<void>): Promise<void> {
  try {
    await db.transaction(async (tx) => {
      await work(tx);
      tx.rollback();
    });
  } catch (error) {
    if (!(error instanceof TransactionRollbackError)) throw error;
  }
}
