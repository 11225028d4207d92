import { asc, eq, or, sql } from 'drizzle-orm';
import { fundKey, type Fund } from '../ledger/accounts.ts';
import type { KeyObject } from 'node:crypto';
import {
  checkReceipt,
  claimedReceiptCode,
  differencesFromRegister,
  receiptCode,
  signReceipt,
  type ReceiptBody,
  type SignedReceipt,
} from './receipt.ts';
import { portalReceiptKeys } from './signing-key.ts';
import { receiptsInFile } from './receipt-file.ts';
import { heavyWork } from '../http/heavy-work.ts';
import { ok, refused, type Result } from '../forms/result.ts';
import type { Queryable, Transaction } from '../../../db/client.ts';
import { deliveries, payments, receiptCounters, receipts } from '../../../db/schema/index.ts';

type ReceiptContent = Omit<ReceiptBody, 'version' | 'code' | 'issuer' | 'number' | 'issuedAt' | 'keyId'> & {
  issuer: Fund;
};

/**
 * Issues the next receipt of the issuing fund, signed. The counter row stays locked until the
 * transaction ends and rolls back with it, so numbers follow each other without gaps.
 */
export async function issueReceipt(
  tx: Transaction,
  subject: { paymentId: number } | { deliveryId: number },
  content: ReceiptContent,
): Promise<SignedReceipt> {
  const issuer = fundKey(content.issuer);
  const [counter] = await tx
    .insert(receiptCounters)
    .values({ issuer, lastNumber: 1 })
    .onConflictDoUpdate({ target: receiptCounters.issuer, set: { lastNumber: sql`${receiptCounters.lastNumber} + 1` } })
    .returning({ number: receiptCounters.lastNumber });
  const keys = portalReceiptKeys();
  const issuedAt = new Date();
  const body: ReceiptBody = {
    ...content,
    version: 1,
    code: receiptCode(content.issuer.code, counter!.number),
    issuer,
    number: counter!.number,
    issuedAt: issuedAt.toISOString(),
    keyId: keys.keyId,
  };
  const signed = signReceipt(body, keys.privateKey);
  await tx.insert(receipts).values({
    code: body.code,
    issuer,
    number: body.number,
    paymentId: 'paymentId' in subject ? subject.paymentId : null,
    deliveryId: 'deliveryId' in subject ? subject.deliveryId : null,
    issuedAt,
    body,
    keyId: keys.keyId,
    signature: signed.signature,
  });
  return signed;
}

export async function findReceipt(db: Queryable, code: string): Promise<SignedReceipt | undefined> {
  const [row] = await db
    .select({ body: receipts.body, signature: receipts.signature })
    .from(receipts)
    .where(eq(receipts.code, code));
  return row ? { body: row.body as ReceiptBody, signature: row.signature } : undefined;
}

/** A pledge's receipts, for payments and deliveries alike, in the order they were issued. */
export async function receiptsForPledge(db: Queryable, pledgeId: number): Promise<SignedReceipt[]> {
  const rows = await db
    .select({ body: receipts.body, signature: receipts.signature })
    .from(receipts)
    .leftJoin(payments, eq(payments.id, receipts.paymentId))
    .leftJoin(deliveries, eq(deliveries.id, receipts.deliveryId))
    .where(or(eq(payments.pledgeId, pledgeId), eq(deliveries.pledgeId, pledgeId)))
    .orderBy(asc(receipts.issuedAt), asc(receipts.id));
  return rows.map((row) => ({ body: row.body as ReceiptBody, signature: row.signature }));
}

export type ReceiptVerdict =
  | { code: string; ok: true }
  | { code: string; ok: false; problem: 'malformed' | 'unknownKey' | 'badSignature' | 'notRegistered' }
  | { code: string; ok: false; problem: 'differs'; fields: string[] };

/**
 * Checks receipts from a file online: each signature, then the register — a receipt validly
 * signed but not issued, or differing from what was issued, is named as such.
 */
export async function verifyReceipts(
  db: Queryable,
  files: unknown[],
  publicKeys: ReadonlyMap<string, KeyObject>,
): Promise<ReceiptVerdict[]> {
  const verdicts: ReceiptVerdict[] = [];
  for (const file of files) {
    const check = checkReceipt(file, publicKeys);
    const code = check.ok ? check.body.code : claimedReceiptCode(file);
    if (!check.ok) {
      verdicts.push({ code, ok: false, problem: check.problem });
      continue;
    }
    const registered = await findReceipt(db, code);
    if (!registered) verdicts.push({ code, ok: false, problem: 'notRegistered' });
    else {
      const fields = differencesFromRegister(check.body, registered.body);
      verdicts.push(fields.length ? { code, ok: false, problem: 'differs', fields } : { code, ok: true });
    }
  }
  return verdicts;
}

/** Larger receipt files are refused: a receipt's JSON or PDF is a few kilobytes. */
export const maximumReceiptFileBytes = 2 * 1024 * 1024;
/** Receipts checked from one file at most. */
const receiptsPerFile = 500;

/** Why a file's receipts were not checked. */
export type ReceiptFileProblem = 'fileTooLarge' | 'fileMissing' | 'noReceipt';

/**
 * The public verification form submitted (`file`): every receipt the file holds checked as
 * `verifyReceipts` does, against the keys this portal publishes. Problems belong to `file`.
 */
export async function checkReceiptFile(
  db: Queryable,
  fields: Record<string, unknown>,
): Promise<Result<ReceiptVerdict[], ReceiptFileProblem>> {
  const file = fields.file;
  if (file instanceof File && file.size > maximumReceiptFileBytes) return refused('fileTooLarge', { field: 'file' });
  if (!(file instanceof File)) return refused('fileMissing', { field: 'file' });
  const bytes = Buffer.from(await file.arrayBuffer());
  // A PDF is read whole as text: in its turn, as other uploads are.
  const receipts = await heavyWork(() => receiptsInFile(bytes));
  if (!receipts || receipts.length === 0) return refused('noReceipt', { field: 'file' });
  return ok(await verifyReceipts(db, receipts.slice(0, receiptsPerFile), portalReceiptKeys().published));
}
