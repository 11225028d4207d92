import { eq, sql, sum } from 'drizzle-orm';
import type { Queryable, Transaction } from '../../../db/client.ts';
import { payments, pledgeMoney } from '../../../db/schema/index.ts';
import { bookPayment } from '../ledger/gift-booking-store.ts';

/** Money received for a pledge, from a bank statement's credit or a card payment Stripe confirmed. */
export type NewPayment = { pledgeId: number; amount: bigint; receivedAt: Date } & (
  { channel: 'bank_transfer'; statementRowId: number } | { channel: 'card'; stripePaymentIntentId: string }
);

/**
 * Records a payment and books it in the ledger with its receipt, once: the same statement row or
 * PaymentIntent again adds nothing and gives undefined. Call it in the transaction that found it.
 */
export async function recordPayment(tx: Transaction, payment: NewPayment): Promise<number | undefined> {
  const [inserted] = await tx.insert(payments).values(payment).onConflictDoNothing().returning({ id: payments.id });
  if (!inserted) return undefined;
  await bookPayment(tx, inserted.id);
  return inserted.id;
}

/** Whole đồng received so far for a pledge, net of refunds, as the ledger booked it. */
export async function receivedForPledge(db: Queryable, pledgeId: number): Promise<bigint> {
  const [row] = await db
    .select({ total: sum(pledgeMoney.amount) })
    .from(pledgeMoney)
    .where(eq(pledgeMoney.pledgeId, pledgeId));
  return BigInt(row?.total ?? 0);
}

/**
 * Each payment's money as the ledger holds it now, less what was refunded: one row per payment
 * that still brings something, to join with its pledge. What every donor total is summed from.
 */
export function moneyPerPayment(db: Queryable) {
  return db
    .select({
      pledgeId: pledgeMoney.pledgeId,
      paymentId: pledgeMoney.paymentId,
      // Named apart from pledges.amount, which the callers join: drizzle leaves it unqualified.
      amount: sql<string>`sum(${pledgeMoney.amount})`.as('net_amount'),
    })
    .from(pledgeMoney)
    .groupBy(pledgeMoney.pledgeId, pledgeMoney.paymentId)
    .having(sql`sum(${pledgeMoney.amount}) > 0`)
    .as('money_per_payment');
}
