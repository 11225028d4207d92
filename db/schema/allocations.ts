import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { officials } from './officials.ts';

/**
 * An allocation decision (quyết định phân bổ): a fund's money given to communes' funds or to
 * homes, by a numbered, dated document. Like every record of money it is never changed (migration
 * 0011): a wrong decision is reversed in the ledger and a new one recorded.
 */
export const allocationDecisions = pgTable('allocation_decisions', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  /** The decision's own number, e.g. `125/QĐ-MTTQ`. */
  number: text().notNull(),
  decidedOn: date().notNull(),
  /** The fund it spends, e.g. `province:24`. */
  fund: text().notNull(),
  recordedBy: integer()
    .notNull()
    .references(() => officials.id),
  recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const allocationLines = pgTable(
  'allocation_lines',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    decisionId: integer()
      .notNull()
      .references(() => allocationDecisions.id),
    recipientKind: text({ enum: ['commune', 'household'] }).notNull(),
    recipientCode: text().notNull(),
    amount: bigint({ mode: 'bigint' }).notNull(),
  },
  (t) => [index().on(t.decisionId), check('allocation_lines_amount_positive', sql`${t.amount} > 0`)],
);

/**
 * Whole đồng paid out to homes, per 2025 commune: kept with each payment to a home and its
 * reversal, so that a province's or the nation's money spent is read from a few rows. The
 * reconciliation check compares it with the ledger.
 */
export const spentTotals = pgTable('spent_totals', {
  communeCode: text().primaryKey(),
  amount: bigint({ mode: 'bigint' }).notNull(),
});
