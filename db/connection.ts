import { AsyncLocalStorage } from 'node:async_hooks';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database, type DatabaseHandle } from './client.ts';

// On globalThis, not in module scope: the start script and the built server bundle each get
// their own copy of this module, and both must share one connection (one PGlite per process).
const slot = Symbol.for('chung-tay.database');
type Slot = { [slot]?: Promise<DatabaseHandle> };

/** The process's database, opened on first use. */
export function getDatabaseHandle(): Promise<DatabaseHandle> {
  const holder = globalThis as Slot;
  holder[slot] ??= openDatabase(undefined, 'server').catch((error: unknown) => {
    delete holder[slot];
    throw error;
  });
  return holder[slot];
}

// Also on globalThis, for the same reason: the middleware marks requests the pages then serve.
const primarySlot = Symbol.for('chung-tay.primary-reads');
type PrimarySlot = { [primarySlot]?: AsyncLocalStorage<true> };
const primaryReads = ((globalThis as PrimarySlot)[primarySlot] ??= new AsyncLocalStorage<true>());

/**
 * Runs `work` with every read on the primary: for requests of officials and donors, who must see
 * their own change at once, which a replica shows a moment later.
 */
export function readingFromPrimary<T>(work: () => T): T {
  return primaryReads.run(true, work);
}

/** The process's database: reads from replicas (DATABASE_REPLICA_URLS), except within readingFromPrimary. */
export async function getDatabase(): Promise<Database> {
  const handle = await getDatabaseHandle();
  return primaryReads.getStore() ? handle.primary : handle.db;
}

export async function closeDatabase(): Promise<void> {
  const holder = globalThis as Slot;
  const handle = holder[slot];
  delete holder[slot];
  if (handle) await (await handle).close();
}

/** Whether the process's database answers a trivial query: readiness for load balancers. */
export async function databaseAnswers(): Promise<boolean> {
  try {
    await (await getDatabase()).execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}
