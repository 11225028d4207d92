import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Submissions per client and minute, kept in the database so that every server counts the same. */
export const rateLimits = pgTable('rate_limits', {
  key: text().primaryKey(),
  windowStart: timestamp({ withTimezone: true }).notNull(),
  count: integer().notNull(),
});

/**
 * Failed sign-ins counted for growing delays (src/lib/officials/sign-in-throttle.ts), shared by
 * every server: per account and address (`pair:`), per address (`address:`) and per account
 * (`account:`). A row is deleted a day after its last failure, and a pair's at its right password.
 */
export const signInThrottles = pgTable(
  'sign_in_throttles',
  {
    key: text().primaryKey(),
    failures: integer().notNull(),
    lastFailureAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index().on(t.lastFailureAt)],
);
