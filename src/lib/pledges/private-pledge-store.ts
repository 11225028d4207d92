import type { Database } from '../../../db/client.ts';
import { receivedForPledge } from '../payments/store.ts';
import { receiptsForPledge } from '../receipts/store.ts';
import type { SignedReceipt } from '../receipts/receipt.ts';
import { deliveredForPledge } from './delivery-store.ts';
import { pledgeStatus } from './lifecycle.ts';
import { eq } from 'drizzle-orm';
import { pledges } from '../../../db/schema/index.ts';
import { findPledgeByToken, findPledgeByTokenHash, resolvePledgeTarget, type PrivatePledge } from './store.ts';
import type { PledgeStatus } from './vocabulary.ts';

/** Everything the donor's private page shows of their pledge. */
export interface PrivatePledgeView {
  pledge: PrivatePledge;
  /** The place or campaign it is for, in both languages; null if it is no longer found. */
  targetName: { vi: string; en: string } | null;
  /** Promised and arrived so far: đồng for money, units of material or workdays otherwise. */
  promised: bigint;
  received: bigint;
  status: PledgeStatus;
  receipts: SignedReceipt[];
}

/**
 * The pledge a private link opens, with what has arrived: money from the fund's statements and
 * card payments, materials and workdays from deliveries recorded by officers. Undefined for an
 * unknown token. `today` is the date in Vietnam.
 */
export async function privatePledgeView(
  db: Database,
  token: string,
  today: string,
): Promise<PrivatePledgeView | undefined> {
  const pledge = await findPledgeByToken(db, token);
  return pledge ? pledgeView(db, pledge, today) : undefined;
}

/**
 * What anyone holding a pledge's reference (printed on its confirmation, under its verification
 * QR) may check: that it was registered, when, for what and where, as whom the donor chose to be
 * shown, and how far it is fulfilled. Nothing private: no name beyond the public one, no contact.
 */
export async function pledgeByReference(
  db: Database,
  reference: string,
  today: string,
): Promise<PrivatePledgeView | undefined> {
  const [row] = await db
    .select({ token: pledges.privateTokenHash })
    .from(pledges)
    .where(eq(pledges.reference, reference.trim().toUpperCase()));
  if (!row) return undefined;
  const pledge = await findPledgeByTokenHash(db, row.token);
  if (!pledge) return undefined;
  const view = await pledgeView(db, pledge, today);
  return {
    ...view,
    pledge: { ...view.pledge, privateTokenHash: '', donor: { ...view.pledge.donor, name: '' }, taxCode: null },
  };
}

async function pledgeView(db: Database, pledge: PrivatePledge, today: string): Promise<PrivatePledgeView> {
  const [target, received, receipts] = await Promise.all([
    resolvePledgeTarget(db, { targetKind: pledge.targetKind, targetCode: pledge.targetCode }, null),
    pledge.kind === 'money'
      ? receivedForPledge(db, pledge.id)
      : deliveredForPledge(db, pledge.id).then((delivered) => BigInt(delivered)),
    receiptsForPledge(db, pledge.id),
  ]);
  const promised = pledge.amount ?? BigInt(pledge.quantity ?? 0);
  const status = pledgeStatus(
    { cancelled: pledge.cancelledAt !== null, expiresOn: pledge.expiresOn, promised, fulfilled: received },
    today,
  );
  return { pledge, targetName: target.ok ? target.value.name : null, promised, received, status, receipts };
}
