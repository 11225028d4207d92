import { and, eq } from 'drizzle-orm';
import type { ConfirmedCardPayment } from './stripe.ts';
import { recordPayment } from './store.ts';
import type { Database } from '../../../db/client.ts';
import { pledges } from '../../../db/schema/index.ts';
import { markPublicDataChanged } from '../http/public-data-version-store.ts';

/**
 * Records a card payment Stripe confirmed, once: the same PaymentIntent reported again (a
 * webhook retried, or both completion events) adds nothing.
 */
export async function recordCardPayment(
  db: Database,
  payment: ConfirmedCardPayment,
): Promise<'recorded' | 'already_recorded' | 'unknown_pledge'> {
  return db.transaction(async (tx) => {
    const [pledge] = await tx
      .select({ id: pledges.id })
      .from(pledges)
      .where(and(eq(pledges.reference, payment.reference), eq(pledges.kind, 'money')));
    if (!pledge) return 'unknown_pledge';
    const paid = await recordPayment(tx, {
      pledgeId: pledge.id,
      channel: 'card',
      stripePaymentIntentId: payment.paymentIntentId,
      amount: payment.amount,
      receivedAt: payment.paidAt,
    });
    if (paid === undefined) return 'already_recorded';
    await markPublicDataChanged(tx);
    return 'recorded';
  });
}
