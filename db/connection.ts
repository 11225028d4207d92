import { sql } from 'drizzle-orm';
import { openDatabase, type Database, type DatabaseHandle } from './client.ts';

// On globalThis, not in module scope: the start script and the built server bundle each get
// their own copy of this module, and both must share one connection (one PGlite per process).
const slot = Symbol.for('chung-tay.database');
type Slot = { [slot]?: Promise<DatabaseHandle> };

/** The process's database, opened on first use. */
export function getDatabaseHandle(): Promise<DatabaseHandle> {
  const holder = globalThis as Slot;
  holder[slot] ??= openDatabase().catch((error: unknown) => {
    delete holder[slot];
    throw error;
  });
  return holder[slot];
}

export async function getDatabase(): Promise<Database> {
  return (await getDatabaseHandle()).db;
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
