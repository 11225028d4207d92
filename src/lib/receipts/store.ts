import { asc, eq, or, sql, sum } from 'drizzle-orm';
import { fundKey, type Fund } from '../ledger/accounts.ts';
import {
  checkReceipt,
  differencesFromRegister,
  readReceiptNumber,
  receiptCode,
  signReceipt,
  type ReceiptBody,
  type ReceiptCheck,
  type SignedReceipt,
} from './receipt.ts';
import { publishedReceiptKeys, receiptSigningKey } from './key-store.ts';
import { checkReceiptsFile, receiptsInFile, type FileReceiptCheck, type PdfProblem } from './receipt-file.ts';
import { checkReceiptInLog, type ReceiptLogVerdict } from '../transparency/log-store.ts';
import { heavyWork } from '../http/heavy-work.ts';
import { ok, refused, type Result } from '../forms/result.ts';
import type { Database, Queryable, Transaction } from '../../../db/client.ts';
import { deliveries, paymentRefunds, payments, receiptCounters, receipts } from '../../../db/schema/index.ts';

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
  const keys = await receiptSigningKey(tx);
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

/** Whole đồng given back since of the payment a receipt is for (0 for a delivery, or no refund). */
export async function refundedOfReceipt(db: Queryable, code: string): Promise<bigint> {
  const [row] = await db
    .select({ total: sum(paymentRefunds.amount) })
    .from(receipts)
    .innerJoin(paymentRefunds, eq(paymentRefunds.paymentId, receipts.paymentId))
    .where(eq(receipts.code, code));
  return BigInt(row?.total ?? 0);
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

/**
 * What the verification page says of a receipt. `body` is the data whose signature checked, shown
 * large beside the verdict for the reader to compare with their paper, even when the file around
 * it is not to be trusted.
 */
export type ReceiptVerdict =
  /**
   * `refunded`: whole đồng of the payment given back since (a receipt stays as issued; the refund
   * is its own record). `log`: its inclusion proof checked, or not in a checkpoint yet.
   */
  | { code: string; ok: true; body: ReceiptBody; refunded: bigint; log: Exclude<ReceiptLogVerdict, { ok: false }> }
  /** Signed and registered, but its inclusion proof in the transparency log fails. */
  | { code: string; ok: false; problem: 'notInLog'; log: Extract<ReceiptLogVerdict, { ok: false }>; body: ReceiptBody }
  | { code: string; ok: false; problem: Extract<ReceiptCheck, { ok: false }>['problem'] }
  | { code: string; ok: false; problem: PdfProblem | 'notRegistered'; body: ReceiptBody }
  | { code: string; ok: false; problem: 'differs'; fields: string[]; body: ReceiptBody };

/** A registered receipt's verdict once its signature and register checked: its place in the log decides. */
async function verdictInLog(
  db: Database,
  registered: SignedReceipt,
  file?: unknown,
): Promise<Extract<ReceiptVerdict, { ok: true } | { problem: 'notInLog' }>> {
  const { body } = registered;
  const log = await checkReceiptInLog(db, registered, file);
  return log.ok === false
    ? { code: body.code, ok: false, problem: 'notInLog', log, body }
    : { code: body.code, ok: true, body, refunded: await refundedOfReceipt(db, body.code), log };
}

/**
 * Checks receipts from a file online: what `checkReceiptsFile` found offline, then the register —
 * a receipt validly signed but not issued, or differing from what was issued, is named as such —
 * then the transparency log: the inclusion proof the file carries (`files`, as it holds them,
 * in the order of `checks`), or the log's own when it carries none.
 */
export async function verifyReceipts(
  db: Database,
  checks: FileReceiptCheck[],
  files: readonly unknown[] = [],
): Promise<ReceiptVerdict[]> {
  const verdicts: ReceiptVerdict[] = [];
  for (const [i, check] of checks.entries()) {
    const { code } = check;
    if (!check.ok) {
      verdicts.push(
        'body' in check
          ? { code, ok: false, problem: check.problem, body: check.body }
          : { code, ok: false, problem: check.problem },
      );
      continue;
    }
    const { body } = check;
    const registered = await findReceipt(db, code);
    if (!registered) verdicts.push({ code, ok: false, problem: 'notRegistered', body });
    else {
      const fields = differencesFromRegister(body, registered.body);
      verdicts.push(
        fields.length
          ? { code, ok: false, problem: 'differs', fields, body }
          : await verdictInLog(db, registered, files[i]),
      );
    }
  }
  return verdicts;
}

/** Larger receipt files are refused: a receipt's JSON or PDF is a few kilobytes. */
export const maximumReceiptFileBytes = 2 * 1024 * 1024;
/** Receipts of one file answered at most. */
const receiptsPerFile = 500;

/** Why a file's receipts were not checked. */
export type ReceiptFileProblem = 'fileTooLarge' | 'fileMissing' | 'noReceipt';

/**
 * The public verification form submitted (`file`): every receipt the file holds checked as
 * `verifyReceipts` does, against the keys this portal publishes. Problems belong to `file`.
 */
export async function checkReceiptFile(
  db: Database,
  fields: Record<string, unknown>,
): Promise<Result<ReceiptVerdict[], ReceiptFileProblem>> {
  const file = fields.file;
  if (file instanceof File && file.size > maximumReceiptFileBytes) return refused('fileTooLarge', { field: 'file' });
  if (!(file instanceof File)) return refused('fileMissing', { field: 'file' });
  const bytes = Buffer.from(await file.arrayBuffer());
  // A PDF is read whole: in its turn, as other uploads are.
  const keys = await publishedReceiptKeys(db);
  const checks = await heavyWork(() => checkReceiptsFile(bytes, keys));
  if (!checks) return refused('noReceipt', { field: 'file' });
  return ok(await verifyReceipts(db, checks.slice(0, receiptsPerFile), receiptsInFile(bytes)));
}

/** Why a receipt number typed in was not looked up. */
export type ReceiptLookupProblem = 'numberMissing' | 'numberMalformed' | 'numberUnknown';

/**
 * The public lookup (`number`, as printed on a receipt): the receipt registered under that number,
 * its signature and its inclusion proof in the transparency log checked. It shows only what the receipt itself shows, the donor as they chose to
 * be named among it. Problems belong to `number`; `numberUnknown` names the number as read.
 */
export async function lookUpReceipt(
  db: Database,
  fields: Record<string, unknown>,
): Promise<Result<ReceiptVerdict, ReceiptLookupProblem>> {
  const typed = typeof fields.number === 'string' ? fields.number.trim() : '';
  if (!typed) return refused('numberMissing', { field: 'number' });
  const code = readReceiptNumber(typed);
  if (!code) return refused('numberMalformed', { field: 'number' });
  const receipt = await findReceipt(db, code);
  if (!receipt) return refused('numberUnknown', { field: 'number', values: { code } });
  const check = checkReceipt(receipt, await publishedReceiptKeys(db));
  return ok(check.ok ? await verdictInLog(db, receipt) : { code, ok: false, problem: check.problem });
}
