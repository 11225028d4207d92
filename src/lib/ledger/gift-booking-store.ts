import { eq, sql } from 'drizzle-orm';
import { dayInVietnam } from '../i18n/format.ts';
import { fundKey, type Fund } from './accounts.ts';
import { deliveryEntries, paymentEntries, receivingFund, reversalEntries, type GiftTarget } from './postings.ts';
import { materials, type Material } from '../pledges/vocabulary.ts';
import type { ReceiptBody } from '../receipts/receipt.ts';
import type { Database, Transaction } from '../../../db/client.ts';
import { deliveries, donors, payments, pledges } from '../../../db/schema/index.ts';
import { postLedgerTransaction } from './store.ts';
import { fundNames } from './money-flow-store.ts';
import { issueReceipt } from '../receipts/store.ts';
import { giftTargetOf } from '../pledges/store.ts';

/**
 * A gift that arrived — money on the fund's account, materials delivered, workdays performed — is
 * booked in the ledger and gets a signed receipt in the same transaction that records it, so that
 * nothing is received without both.
 */

interface PledgeFacts {
  reference: string;
  targetKind: (typeof pledges.$inferSelect)['targetKind'];
  targetCode: string;
  donor: string | null;
}

async function pledgeFacts(tx: Transaction, pledgeId: number) {
  const [pledge] = await tx
    .select({
      reference: pledges.reference,
      targetKind: pledges.targetKind,
      targetCode: pledges.targetCode,
      kind: pledges.kind,
      material: pledges.material,
      materialDescription: pledges.materialDescription,
      skill: pledges.skill,
      machine: pledges.machine,
      machineDescription: pledges.machineDescription,
      donor: donors.publicName,
    })
    .from(pledges)
    .innerJoin(donors, eq(donors.id, pledges.donorId))
    .where(eq(pledges.id, pledgeId));
  return pledge!;
}

/** Where the pledge's gift goes, with the names a receipt prints. */
async function targetOf(tx: Transaction, pledge: PledgeFacts) {
  const target = await giftTargetOf(tx, pledge.targetKind, pledge.targetCode);
  const issuer = receivingFund(target);
  const names = await fundNames(tx, 'fund' in target ? [target.fund, issuer] : [issuer]);
  const nameOf = (fund: Fund) => names.get(fundKey(fund))?.vi ?? fund.code;
  const name = 'fund' in target ? nameOf(target.fund) : `${pledge.targetCode}, ${nameOf(issuer)}`;
  return { target, name, issuer, issuerName: nameOf(issuer) };
}

async function bookGift(
  tx: Transaction,
  pledge: PledgeFacts,
  gift: ReceiptBody['gift'],
  booking: { paymentId: number } | { deliveryId: number },
  receivedOn: string,
  entriesFor: (target: GiftTarget) => Parameters<typeof postLedgerTransaction>[1]['entries'],
) {
  const place = await targetOf(tx, pledge);
  const posted = await postLedgerTransaction(tx, {
    kind: 'paymentId' in booking ? 'payment' : 'delivery',
    occurredOn: receivedOn,
    description: `${pledge.reference} → ${fundKey(place.issuer)}`,
    entries: entriesFor(place.target),
    ...booking,
  });
  // A gift only adds to accounts: being refused would be a bug in its entries.
  if (!posted.ok) throw new Error('A gift received cannot overspend an account');
  await issueReceipt(tx, booking, {
    issuer: place.issuer,
    issuerName: place.issuerName,
    donor: pledge.donor,
    pledgeReference: pledge.reference,
    gift,
    receivedOn,
    target: { kind: pledge.targetKind, code: pledge.targetCode, name: place.name },
    ledgerSequence: posted.value.sequence,
  });
}

/** Books money received for a money pledge and issues its receipt. */
export async function bookPayment(tx: Transaction, paymentId: number): Promise<void> {
  const [payment] = await tx.select().from(payments).where(eq(payments.id, paymentId));
  const pledge = await pledgeFacts(tx, payment!.pledgeId);
  await bookGift(
    tx,
    pledge,
    { kind: 'money', amount: String(payment!.amount), channel: payment!.channel },
    { paymentId },
    dayInVietnam(payment!.receivedAt),
    (target) => paymentEntries(target, payment!.amount),
  );
}

/**
 * Books money of a payment given back: the payment's entries swapped, for the amount refunded,
 * so the fund (or home) and the donations it received both go down. Returns its sequence.
 */
export async function bookRefund(
  tx: Transaction,
  refund: { paymentId: number; amount: bigint; refundedAt: Date },
): Promise<number> {
  const [payment] = await tx.select().from(payments).where(eq(payments.id, refund.paymentId));
  const pledge = await pledgeFacts(tx, payment!.pledgeId);
  const place = await targetOf(tx, pledge);
  const posted = await postLedgerTransaction(tx, {
    kind: 'refund',
    occurredOn: dayInVietnam(refund.refundedAt),
    description: `${pledge.reference} ← ${fundKey(place.issuer)}`,
    entries: reversalEntries(paymentEntries(place.target, refund.amount)),
    paymentId: null,
    givenBack: true,
  });
  if (!posted.ok) throw new Error('A refund is booked whatever the fund holds');
  return posted.value.sequence;
}

/** Books materials delivered, workdays performed or machine shifts worked, in their own unit, and issues the receipt. */
export async function bookDelivery(tx: Transaction, deliveryId: number): Promise<void> {
  const [delivery] = await tx.select().from(deliveries).where(eq(deliveries.id, deliveryId));
  const pledge = await pledgeFacts(tx, delivery!.pledgeId);
  const quantity = delivery!.quantity;
  const [unit, gift]: [string, ReceiptBody['gift']] =
    pledge.kind === 'labour'
      ? ['labour:workday', { kind: 'labour', skill: pledge.skill!, quantity, unit: 'workday' }]
      : pledge.kind === 'machinery'
        ? [
            `machinery-${pledge.machine}:shift`,
            {
              kind: 'machinery',
              machine: pledge.machine!,
              description: pledge.machineDescription,
              quantity,
              unit: 'shift',
            },
          ]
        : [
            `${pledge.material}:${materials[pledge.material as Material]}`,
            {
              kind: 'material',
              material: pledge.material!,
              description: pledge.materialDescription,
              quantity,
              unit: materials[pledge.material as Material],
            },
          ];
  await bookGift(tx, pledge, gift, { deliveryId }, delivery!.deliveredOn, (target) =>
    deliveryEntries(target, unit, delivery!.quantity),
  );
}

/**
 * Books, with their receipts, payments and deliveries recorded before the ledger existed (the
 * reconciliation check reports them until then). Each in its own transaction; running it again
 * books nothing twice.
 */
export async function bookUnbookedGifts(db: Database): Promise<{ payments: number; deliveries: number }> {
  const unbooked = (table: typeof payments | typeof deliveries, column: 'payment_id' | 'delivery_id') =>
    db
      .select({ id: table.id })
      .from(table)
      .where(sql`not exists (select 1 from ledger_transactions t where t.${sql.raw(column)} = ${table.id})`)
      .orderBy(table.id);
  const [moneyIn, given] = await Promise.all([unbooked(payments, 'payment_id'), unbooked(deliveries, 'delivery_id')]);
  for (const { id } of moneyIn) await db.transaction((tx) => bookPayment(tx, id));
  for (const { id } of given) await db.transaction((tx) => bookDelivery(tx, id));
  return { payments: moneyIn.length, deliveries: given.length };
}
