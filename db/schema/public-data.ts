import { sql } from 'drizzle-orm';
import { bigint, check, integer, pgTable, timestamp } from 'drizzle-orm/pg-core';

/**
 * One row counting changes to anything public pages show. Every write that changes published
 * figures bumps it in its own transaction, so a server can keep rendered pages until it moves.
 */
export const publicDataVersion = pgTable(
  'public_data_version',
  {
    id: integer().primaryKey(),
    version: bigint({ mode: 'number' }).notNull(),
    changedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('public_data_version_single_row', sql`${t.id} = 1`)],
);
