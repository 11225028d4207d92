import { and, eq, like, notInArray, sql } from 'drizzle-orm';
import { doneStages } from '../households/vocabulary.ts';
import { demoPaymentPrefix, generateDemoGifts } from './demo-gifts.ts';
import { hasDemoHouseholds } from '../households/store.ts';
import { readPledgeForm } from './pledge-form.ts';
import type { Database } from '../../../db/client.ts';
import { campaigns, households, payments, receipts } from '../../../db/schema/index.ts';
import { recordCardPayment } from '../payments/card-payment-store.ts';
import { createPledge, resolvePledgeTarget } from './store.ts';

// The Bắc Giang plan's demo communes: away from the places the browser tests give to.
const demoGiftCampaign = 'bac-giang-2024';

/**
 * Gives the demo gifts once: pledged and paid through the same code as real ones, so each is
 * booked in the ledger with its receipt. Records of money cannot be removed, so a database that
 * has them already gets none again. Returns how many were given.
 */
export async function seedDemoGifts(db: Database): Promise<number> {
  if (await hasDemoGifts(db)) return 0;
  const places = await db
    .select({
      commune: households.communeCode,
      homes: sql<string[]>`(array_agg(${households.publicCode} order by ${households.publicCode}))[1:3]`,
    })
    .from(households)
    .where(
      and(
        eq(households.campaignId, demoGiftCampaign),
        eq(households.isDemo, true),
        notInArray(households.stage, ['withdrawn', ...doneStages]),
      ),
    )
    .groupBy(households.communeCode)
    .orderBy(households.communeCode)
    .limit(8);
  const gifts = generateDemoGifts(places);
  // Paid within the plan's period (its days as the portal counts them), so that they count toward it.
  const [period] = await db
    .select({ start: campaigns.periodStart, end: campaigns.periodEnd })
    .from(campaigns)
    .where(eq(campaigns.id, demoGiftCampaign));
  const first = Date.parse(`${period!.start}T03:00:00Z`);
  const step = (Date.parse(`${period!.end}T03:00:00Z`) - first) / Math.max(gifts.length, 1);
  for (const [n, gift] of gifts.entries()) {
    // The demo's own gifts are always well formed: a refusal is a bug in them.
    const read = readPledgeForm(gift.fields);
    if (!read.ok) throw new Error(`demo gift refused: ${JSON.stringify(read.problems)}`);
    const target = await resolvePledgeTarget(db, read.value, null);
    if (!target.ok) throw new Error(`demo gift refused: ${JSON.stringify(target.problems)}`);
    const { reference } = await createPledge(db, read.value, target.value);
    const paid = await recordCardPayment(db, {
      reference,
      paymentIntentId: gift.paymentId,
      amount: gift.received,
      paidAt: new Date(first + Math.floor(n * step)),
    });
    if (!paid.ok) throw new Error(`demo payment refused: ${JSON.stringify(paid.problems)}`);
  }
  return gifts.length;
}

export async function hasDemoGifts(db: Database): Promise<boolean> {
  return (await db.$count(payments, like(payments.stripePaymentIntentId, `${demoPaymentPrefix}%`))) > 0;
}

/** Whether the portal shows any demo data (households or gifts): its pages and files then say so. */
export async function hasDemoData(db: Database): Promise<boolean> {
  return (await hasDemoHouseholds(db)) || (await hasDemoGifts(db));
}

/** Whether a receipt is for a demo gift: it is then marked demo wherever it is shown or sent. */
export async function isDemoReceipt(db: Database, code: string): Promise<boolean> {
  const [row] = await db
    .select({ paymentIntent: payments.stripePaymentIntentId })
    .from(receipts)
    .innerJoin(payments, eq(payments.id, receipts.paymentId))
    .where(eq(receipts.code, code));
  return row?.paymentIntent?.startsWith(demoPaymentPrefix) ?? false;
}
