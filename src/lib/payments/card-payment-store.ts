import { and, eq } from 'drizzle-orm';
import type { ConfirmedCardPayment } from './stripe.ts';
import { recordPayment } from './store.ts';
import type { Database } from '../../../db/client.ts';
import { pledges } from '../../../db/schema/index.ts';
import { ok, refused, type Result } from '../forms/result.ts';
import { markPublicDataChanged } from '../http/public-data-version-store.ts';

/**
 * Records a card payment Stripe confirmed, once: the same PaymentIntent reported again (a
 * webhook retried, or both completion events) adds nothing and says so. Refused when it names no
 * money pledge.
 */
export async function recordCardPayment(
  db: Database,
  payment: ConfirmedCardPayment,
): Promise<Result<{ alreadyRecorded: boolean }, 'pledgeUnknown'>> {
  return db.transaction(async (tx) => {
    const [pledge] = await tx
      .select({ id: pledges.id })
      .from(pledges)
      .where(and(eq(pledges.reference, payment.reference), eq(pledges.kind, 'money')));
    if (!pledge) return refused('pledgeUnknown');
    const paid = await recordPayment(tx, {
      pledgeId: pledge.id,
      channel: 'card',
      stripePaymentIntentId: payment.paymentIntentId,
      amount: payment.amount,
      receivedAt: payment.paidAt,
    });
    if (paid === undefined) return ok({ alreadyRecorded: true });
    await markPublicDataChanged(tx);
    return ok({ alreadyRecorded: false });
  });
}
