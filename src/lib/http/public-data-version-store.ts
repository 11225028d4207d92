import { eq, sql } from 'drizzle-orm';
import type { Database, Queryable } from '../../../db/client.ts';
import { publicDataVersion } from '../../../db/schema/index.ts';

/** The current version of the published data; 0 before anything was published. */
export async function currentPublicDataVersion(db: Database): Promise<number> {
  const [row] = await db
    .select({ version: publicDataVersion.version })
    .from(publicDataVersion)
    .where(eq(publicDataVersion.id, 1));
  return row?.version ?? 0;
}

// Changes made by this process, counted at once (on globalThis: the server bundle and the start
// script each load this module), so that an official sees their own change without waiting.
const localChanges = Symbol.for('chung-tay.public-data-local-changes');
type Counter = { [localChanges]?: number };

/**
 * Records that published data changed. Call it in the transaction that changes the data, so that
 * no one sees the new version with the old data.
 */
export async function markPublicDataChanged(db: Queryable): Promise<void> {
  await db
    .insert(publicDataVersion)
    .values({ id: 1, version: 1 })
    .onConflictDoUpdate({
      target: publicDataVersion.id,
      set: { version: sql`${publicDataVersion.version} + 1`, changedAt: sql`now()` },
    });
  (globalThis as Counter)[localChanges] = ((globalThis as Counter)[localChanges] ?? 0) + 1;
}

/**
 * A reader of the data version for answering from memory: asks the database at most once per
 * `maxAgeMs` (so a change made by another process shows within that time), and sees this
 * process's own changes immediately. Between reads it answers at once, without a promise: it is
 * asked on every request answered from memory.
 */
export function publicDataVersionReader(db: Database, maxAgeMs: number): () => string | Promise<string> {
  let known: { version: number; readAt: number } | undefined;
  let reading: Promise<number> | undefined;
  const label = (version: number) => `${version}.${(globalThis as Counter)[localChanges] ?? 0}`;
  return () => {
    if (known && performance.now() - known.readAt <= maxAgeMs) return label(known.version);
    const readAt = performance.now();
    reading ??= currentPublicDataVersion(db).finally(() => (reading = undefined));
    return reading.then((version) => {
      known = { version, readAt };
      return label(version);
    });
  };
}
