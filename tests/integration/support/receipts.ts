import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Database } from '../../../db/client.ts';
import { payments, receipts } from '../../../db/schema/index.ts';
import { recordCardPayment } from '../../../src/lib/payments/card-payment-store.ts';
import { pledgeFor } from './pledges.ts';

let paid = 0;

/** A card payment of `amount` to a commune's fund, as Stripe's webhook records it: the code of its receipt. */
export async function paidReceiptCode(db: Database, amount: bigint): Promise<string> {
  const pledge = await pledgeFor(db, { targetKind: 'commune', targetCode: '18229', amount: String(amount) });
  const result = await recordCardPayment(db, {
    reference: pledge.reference,
    paymentIntentId: `pi_receipt_${++paid}`,
    amount,
    paidAt: new Date('2026-11-20T03:00:00Z'),
  });
  expect(result.ok).toBe(true);
  const [row] = await db
    .select({ code: receipts.code })
    .from(receipts)
    .innerJoin(payments, eq(payments.id, receipts.paymentId))
    .where(eq(payments.pledgeId, pledge.id));
  return row!.code;
}
