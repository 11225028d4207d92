import { bigint, char, index, integer, jsonb, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { statementBanks } from '../../src/lib/payments/bank-statement.ts';
import { pledges } from './pledges.ts';

/** A bank statement file as a treasurer imported it. */
export const statementImports = pgTable('statement_imports', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  bank: text({ enum: statementBanks }).notNull(),
  fileName: text().notNull(),
  sha256: char({ length: 64 }).notNull(),
  importedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** A credit line of a statement, kept as imported; one per bank transaction, however often it is imported. */
export const statementRows = pgTable(
  'statement_rows',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    importId: integer()
      .notNull()
      .references(() => statementImports.id),
    bank: text({ enum: statementBanks }).notNull(),
    transactionId: text().notNull(),
    bookedAt: timestamp({ withTimezone: true }).notNull(),
    /** Whole đồng credited. */
    amount: bigint({ mode: 'bigint' }).notNull(),
    description: text().notNull(),
    raw: jsonb().$type<Record<string, string>>().notNull(),
  },
  (t) => [unique().on(t.bank, t.transactionId)],
);

/**
 * A bank transaction already kept that arrived again, in a later export, with another amount,
 * date or description: the new version, kept as imported beside the first (append-only, like
 * every record of money). It pays nothing and counts in no total: a treasurer sees both versions.
 */
export const statementConflicts = pgTable(
  'statement_conflicts',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    importId: integer()
      .notNull()
      .references(() => statementImports.id),
    /** The version kept first, which this one contradicts. */
    statementRowId: integer()
      .notNull()
      .references(() => statementRows.id),
    bookedAt: timestamp({ withTimezone: true }).notNull(),
    /** Whole đồng credited, by this version. */
    amount: bigint({ mode: 'bigint' }).notNull(),
    description: text().notNull(),
    raw: jsonb().$type<Record<string, string>>().notNull(),
    /** SHA-256 of the version's date, amount and description: the same version arriving again is kept once. */
    version: char({ length: 64 }).notNull(),
  },
  (t) => [unique().on(t.statementRowId, t.version)],
);

/**
 * Money received for a pledge. Append-only, like every record of money (migration 0005 makes the
 * database refuse UPDATE and DELETE): a mistake is corrected by a new, linked entry.
 */
export const payments = pgTable(
  'payments',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    pledgeId: integer()
      .notNull()
      .references(() => pledges.id),
    channel: text({ enum: ['bank_transfer', 'card'] }).notNull(),
    /** The statement line it came from: a bank transaction pays at most once. */
    statementRowId: integer()
      .unique()
      .references(() => statementRows.id),
    /** The card payment's Stripe PaymentIntent: a payment Stripe reports twice is recorded once. */
    stripePaymentIntentId: text().unique(),
    amount: bigint({ mode: 'bigint' }).notNull(),
    receivedAt: timestamp({ withTimezone: true }).notNull(),
    recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.pledgeId), index().on(t.receivedAt)],
);
