import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Submissions per client and minute, kept in the database so that every server counts the same. */
export const rateLimits = pgTable('rate_limits', {
  key: text().primaryKey(),
  windowStart: timestamp({ withTimezone: true }).notNull(),
  count: integer().notNull(),
});
