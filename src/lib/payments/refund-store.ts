import { and, eq, sum } from 'drizzle-orm';
import type { StatementBank } from './bank-statement.ts';
import type { CardRefund } from './stripe.ts';
import type { Database, Queryable, Transaction } from '../../../db/client.ts';
import { paymentRefunds, payments } from '../../../db/schema/index.ts';
import { ok, refused, type Result } from '../forms/result.ts';
import { markPublicDataChanged } from '../http/public-data-version-store.ts';
import { bookRefund } from '../ledger/gift-booking-store.ts';
import { lockLedger } from '../ledger/store.ts';

/** Money given back to a payer, as the bank's debit or Stripe's event reported it. */
export type NewRefund = { amount: bigint; refundedAt: Date } & (
  { bank: StatementBank; bankTransactionId: string } | { stripeEventId: string }
);

/**
 * Why a refund is not recorded: it names no payment, gives back more than the payment brought, or
 * is a bank debit recorded before arriving again with another amount (kept as first recorded).
 */
export type RefundProblem = 'paymentUnknown' | 'refundExceedsPayment' | 'refundChanged';

/** Whole đồng of a payment given back so far. */
export async function refundedOfPayment(db: Queryable, paymentId: number): Promise<bigint> {
  const [row] = await db
    .select({ total: sum(paymentRefunds.amount) })
    .from(paymentRefunds)
    .where(eq(paymentRefunds.paymentId, paymentId));
  return BigInt(row?.total ?? 0);
}

/**
 * Records a refund of a payment and books it in the ledger, once: the same bank debit or Stripe
 * event again records nothing (`recorded: false`). Under the ledger's lock, so that refunds at the
 * same moment cannot together give back more than the payment brought. Call it in the transaction
 * that found it.
 */
export async function recordRefund(
  tx: Transaction,
  paymentId: number,
  refund: NewRefund,
): Promise<Result<{ recorded: boolean }, RefundProblem>> {
  await lockLedger(tx);
  const [payment] = await tx.select({ amount: payments.amount }).from(payments).where(eq(payments.id, paymentId));
  if (!payment) return refused('paymentUnknown');
  const [known] = await tx
    .select({ amount: paymentRefunds.amount })
    .from(paymentRefunds)
    .where(
      'stripeEventId' in refund
        ? eq(paymentRefunds.stripeEventId, refund.stripeEventId)
        : and(eq(paymentRefunds.bank, refund.bank), eq(paymentRefunds.bankTransactionId, refund.bankTransactionId)),
    );
  if (known) return known.amount === refund.amount ? ok({ recorded: false }) : refused('refundChanged');
  const refunded = await refundedOfPayment(tx, paymentId);
  if (refunded + refund.amount > payment.amount)
    return refused('refundExceedsPayment', { values: { available: payment.amount - refunded, needed: refund.amount } });
  const ledgerSequence = await bookRefund(tx, { paymentId, amount: refund.amount, refundedAt: refund.refundedAt });
  await tx.insert(paymentRefunds).values({ ...refund, paymentId, ledgerSequence });
  await markPublicDataChanged(tx);
  return ok({ recorded: true });
}

/**
 * Records what Stripe reports refunded of a card payment. Stripe gives the total refunded so
 * far, so what is new is that total less what was recorded: a retried, repeated or late event
 * records nothing more.
 */
export async function recordCardRefund(
  db: Database,
  refund: CardRefund,
): Promise<Result<{ recorded: bigint }, RefundProblem>> {
  return db.transaction(async (tx) => {
    await lockLedger(tx);
    const [payment] = await tx
      .select({ id: payments.id, amount: payments.amount })
      .from(payments)
      .where(eq(payments.stripePaymentIntentId, refund.paymentIntentId));
    if (!payment) return refused('paymentUnknown');
    if (refund.refundedTotal > payment.amount)
      return refused('refundExceedsPayment', { values: { available: payment.amount, needed: refund.refundedTotal } });
    const amount = refund.refundedTotal - (await refundedOfPayment(tx, payment.id));
    if (amount <= 0n) return ok({ recorded: 0n });
    const recorded = await recordRefund(tx, payment.id, {
      amount,
      refundedAt: refund.refundedAt,
      stripeEventId: refund.eventId,
    });
    if (!recorded.ok) return recorded;
    return ok({ recorded: recorded.value.recorded ? amount : 0n });
  });
}
