import { and, eq, inArray, isNull, sql, sum } from 'drizzle-orm';
import { fundKey, type Fund } from '../ledger/accounts.ts';
import { pledgeReferencesIn, type StatementBank, type StatementCredit } from './bank-statement.ts';
import type { ConfirmedCardPayment } from './stripe.ts';
import type { Database, Queryable } from '../../../db/client.ts';
import {
  ledgerBalances,
  payments,
  pledgedTotals,
  pledges,
  statementImports,
  statementRows,
} from '../../../db/schema/index.ts';
import { recordAuditEvent } from '../audit/store.ts';
import { bookPayment } from '../ledger/gift-booking-store.ts';
import { markPublicDataChanged } from '../http/public-data-version-store.ts';
import { communeCodesOf } from '../units/store.ts';
import { ok, refused, type Result } from '../forms/result.ts';

export interface StatementImportResult {
  importId: number;
  /** Credits seen for the first time. */
  added: number;
  /** Credits already imported before (the same bank transaction): kept once. */
  alreadyImported: number;
  /** New credits matched to a money pledge by the reference in their description. */
  matched: number;
  /** New credits waiting for a treasurer to match them by hand, by statement row id. */
  unmatched: number[];
}

/**
 * Imports a statement's credits in one transaction: raw rows kept as imported, a bank
 * transaction never imported twice, and each new credit paid to the money pledge whose reference
 * its description carries. The rest wait in the queue of unmatched rows.
 */
export async function importStatement(
  db: Database,
  statement: {
    bank: StatementBank;
    fileName: string;
    sha256: string;
    credits: StatementCredit[];
    /** The treasurer who uploaded it; null (or left out) for the command on the server. */
    importedBy?: number | null;
  },
): Promise<StatementImportResult> {
  return db.transaction(async (tx) => {
    const [batch] = await tx
      .insert(statementImports)
      .values({ bank: statement.bank, fileName: statement.fileName, sha256: statement.sha256 })
      .returning({ id: statementImports.id });
    const added = statement.credits.length
      ? await tx
          .insert(statementRows)
          .values(
            statement.credits.map((credit) => ({
              importId: batch!.id,
              bank: statement.bank,
              transactionId: credit.transactionId,
              bookedAt: credit.bookedAt,
              amount: credit.amount,
              description: credit.description,
              raw: credit.raw,
            })),
          )
          .onConflictDoNothing({ target: [statementRows.bank, statementRows.transactionId] })
          .returning()
      : [];

    const candidates = [...new Set(added.flatMap((row) => pledgeReferencesIn(row.description)))];
    const payable = candidates.length
      ? await tx
          .select({ id: pledges.id, reference: pledges.reference })
          .from(pledges)
          .where(and(inArray(pledges.reference, candidates), eq(pledges.kind, 'money'), isNull(pledges.cancelledAt)))
      : [];
    const pledgeOf = new Map(payable.map((p) => [p.reference, p.id]));
    const unmatched: number[] = [];
    let matched = 0;
    for (const row of added) {
      const pledgeId = pledgeReferencesIn(row.description)
        .map((reference) => pledgeOf.get(reference))
        .find((id) => id !== undefined);
      if (pledgeId === undefined) {
        unmatched.push(row.id);
        continue;
      }
      const [payment] = await tx
        .insert(payments)
        .values({
          pledgeId,
          channel: 'bank_transfer',
          statementRowId: row.id,
          amount: row.amount,
          receivedAt: row.bookedAt,
        })
        .returning({ id: payments.id });
      await bookPayment(tx, payment!.id);
      matched++;
    }
    if (matched > 0) await markPublicDataChanged(tx);
    await recordAuditEvent(tx, {
      officialId: statement.importedBy ?? null,
      action: 'statement_imported',
      subject: `statement_import:${batch!.id}`,
      after: { bank: statement.bank, file: statement.fileName, sha256: statement.sha256, added: added.length, matched },
    });
    return {
      importId: batch!.id,
      added: added.length,
      alreadyImported: statement.credits.length - added.length,
      matched,
      unmatched,
    };
  });
}

/** Whole đồng received so far for a pledge. */
export async function receivedForPledge(db: Queryable, pledgeId: number): Promise<bigint> {
  const [row] = await db
    .select({ total: sum(payments.amount) })
    .from(payments)
    .where(eq(payments.pledgeId, pledgeId));
  return BigInt(row?.total ?? 0);
}

/**
 * Money pledged (not cancelled) and received for a place: a commune with its homes, a province
 * with its communes and homes, or a campaign's fund. Both are read from kept totals — pledged
 * totals and the ledger's donations — a few rows per place, whatever the number of pledges.
 */
export async function moneyForArea(db: Queryable, area: Fund): Promise<{ pledged: bigint; received: bigint }> {
  const places =
    area.kind === 'province'
      ? sql`array[${`province:${area.code}`}] || ${communeCodesOf(area.code, 'commune:')}`
      : sql`array[${fundKey(area)}]`;
  const [[pledged], [received]] = await Promise.all([
    db
      .select({ total: sum(pledgedTotals.amount) })
      .from(pledgedTotals)
      .where(sql`${pledgedTotals.area} = any(${places})`),
    db
      .select({ total: sql<string | null>`sum(${ledgerBalances.credits} - ${ledgerBalances.debits})` })
      .from(ledgerBalances)
      .where(sql`${ledgerBalances.account} = any(array(select 'donations:' || place from unnest(${places}) as place))`),
  ]);
  return { pledged: BigInt(pledged?.total ?? 0), received: BigInt(received?.total ?? 0) };
}

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
    const inserted = await tx
      .insert(payments)
      .values({
        pledgeId: pledge.id,
        channel: 'card',
        stripePaymentIntentId: payment.paymentIntentId,
        amount: payment.amount,
        receivedAt: payment.paidAt,
      })
      .onConflictDoNothing({ target: payments.stripePaymentIntentId })
      .returning({ id: payments.id });
    if (inserted.length === 0) return ok({ alreadyRecorded: true });
    await bookPayment(tx, inserted[0]!.id);
    await markPublicDataChanged(tx);
    return ok({ alreadyRecorded: false });
  });
}
