import { sql } from 'drizzle-orm';
import { bigint, check, date, integer, pgTable, pgView, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { statementBanks } from '../../src/lib/payments/bank-statement.ts';
import { ledgerTransactions } from './ledger.ts';
import { payments } from './payments.ts';

/**
 * Money of a payment given back to the payer: by the bank (a debit on a statement naming the
 * credit it returns) or by Stripe (`charge.refunded`). Append-only, like every record of money; a
 * payment may be refunded in parts, never beyond what it brought. Each is booked by its own ledger
 * transaction, the payment's entries swapped for the amount refunded.
 */
export const paymentRefunds = pgTable(
  'payment_refunds',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    paymentId: integer()
      .notNull()
      .references(() => payments.id),
    /** Whole đồng given back. */
    amount: bigint({ mode: 'bigint' }).notNull(),
    refundedAt: timestamp({ withTimezone: true }).notNull(),
    /** The bank's debit that returned the money: a bank transaction refunds at most once. */
    bank: text({ enum: statementBanks }),
    bankTransactionId: text(),
    /** The Stripe event that reported it: an event delivered twice is recorded once. */
    stripeEventId: text().unique(),
    ledgerSequence: integer()
      .notNull()
      .unique()
      .references(() => ledgerTransactions.sequence),
    recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique().on(t.bank, t.bankTransactionId),
    check('payment_refunds_amount_positive', sql`${t.amount} > 0`),
    check(
      'payment_refunds_one_source',
      sql`(${t.stripeEventId} is null) <> (${t.bank} is null and ${t.bankTransactionId} is null) and (${t.bank} is null) = (${t.bankTransactionId} is null)`,
    ),
  ],
);

/**
 * The ledger's cash for each pledge: every payment (positive) and refund (negative) as booked, with
 * the amount its ledger transaction credited or debited to donations. The one source of "received"
 * for a pledge, a donor, the donor wall and recognition. Created by migration 0014.
 */
export const pledgeMoney = pgView('pledge_money', {
  pledgeId: integer().notNull(),
  ledgerSequence: integer().notNull(),
  paymentId: integer().notNull(),
  refundId: integer(),
  occurredOn: date().notNull(),
  amount: bigint({ mode: 'bigint' }).notNull(),
}).existing();
