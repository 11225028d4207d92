import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  char,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { books } from '../../src/lib/ledger/accounts.ts';
import { ledgerTransactionKinds } from '../../src/lib/ledger/postings.ts';
import type { Finding } from '../../src/lib/ledger/reconciliation.ts';
import { allocationDecisions } from './allocations.ts';
import { officials } from './officials.ts';
import { deliveries } from './pledges.ts';
import { payments } from './payments.ts';

/**
 * One balanced ledger transaction. `sequence` numbers them without gaps and the hash chain
 * (src/lib/security/hash-chain.ts) covers each with its entries. The database refuses UPDATE,
 * DELETE and TRUNCATE, and refuses at commit a transaction whose entries do not sum to zero in
 * every unit, or that mixes the cash and in-kind books.
 */
export const ledgerTransactions = pgTable('ledger_transactions', {
  sequence: integer().primaryKey(),
  kind: text({ enum: ledgerTransactionKinds }).notNull(),
  book: text({ enum: books }).notNull(),
  occurredOn: date().notNull(),
  recordedAt: timestamp({ withTimezone: true }).notNull(),
  description: text().notNull(),
  paymentId: integer()
    .unique()
    .references(() => payments.id),
  deliveryId: integer()
    .unique()
    .references(() => deliveries.id),
  allocationId: integer()
    .unique()
    .references(() => allocationDecisions.id),
  /** A disbursement's voucher number (phiếu chi). */
  documentNumber: text(),
  /** The transaction this one undoes; each is undone at most once. */
  reversesSequence: integer().unique(),
  recordedBy: integer().references(() => officials.id),
  previousHash: char({ length: 64 }).notNull(),
  hash: char({ length: 64 }).notNull().unique(),
});

export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    transactionSequence: integer()
      .notNull()
      .references(() => ledgerTransactions.sequence),
    account: text().notNull(),
    /** `VND` (whole đồng) in the cash book; a material's or labour's unit in the in-kind book. */
    unit: text().notNull(),
    /** Debit positive, credit negative. */
    amount: bigint({ mode: 'bigint' }).notNull(),
  },
  (t) => [
    index().on(t.transactionSequence),
    index().on(t.account, t.unit),
    check('ledger_entries_amount_not_zero', sql`${t.amount} <> 0`),
  ],
);

/**
 * Each account's debits and credits so far, kept up to date in the transaction that posts, so that
 * pages read balances without summing the ledger. The public reconciliation check recomputes them.
 */
export const ledgerBalances = pgTable(
  'ledger_balances',
  {
    account: text().notNull(),
    unit: text().notNull(),
    debits: bigint({ mode: 'bigint' }).notNull(),
    credits: bigint({ mode: 'bigint' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.account, t.unit] })],
);

/** The last receipt number each issuing fund gave, so that numbers follow without gaps. */

/**
 * Each run of the reconciliation check (src/lib/ledger/reconciliation.ts): when, what it found,
 * and the chains' heads at that moment, published on /ledger so anyone can save them.
 */
export const ledgerChecks = pgTable('ledger_checks', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  ranAt: timestamp({ withTimezone: true }).notNull(),
  ok: boolean().notNull(),
  findings: jsonb().$type<Finding[]>().notNull(),
  ledgerSequence: integer().notNull(),
  ledgerHead: char({ length: 64 }).notNull(),
  auditSequence: integer().notNull(),
  auditHead: char({ length: 64 }).notNull(),
});
