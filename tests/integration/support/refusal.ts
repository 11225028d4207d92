import type { SQL } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';

/** Runs a statement and gives the database's reason for refusing it, or 'accepted'. */
export function refusal(db: Database, statement: SQL): Promise<string> {
  return db.execute(statement).then(
    () => 'accepted',
    (error: Error & { cause?: Error }) => (error.cause ?? error).message,
  );
}
