import { asc, desc, eq, gt, inArray, max, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database, Queryable, Transaction } from '../../../db/client.ts';
import {
  auditEvents,
  ledgerTransactions,
  receipts,
  transparencyCheckpoints,
  transparencyLogHashes,
  transparencyLogRecords,
} from '../../../db/schema/index.ts';
import type { ReceiptBody, SignedReceipt } from '../receipts/receipt.ts';
import {
  auditEventRecord,
  ledgerTransactionRecord,
  receiptRecord,
  receiptSubject,
  type LogRecord,
  type LogRecordKind,
} from './log-records.ts';
import {
  consistencyProof,
  frontierIndexes,
  inclusionProof,
  leafHash,
  storedHashesForLeaf,
  storedHashIndex,
  treeHash,
  type Hash,
  type HashReader,
} from './merkle.ts';
import { logOrigin, logVerifier, signLogCheckpoint, type LogCheckpoint } from './log-checkpoint.ts';
import { checkReceiptProof, receiptLogProof, type ProvenReceipt, type ReceiptProofProblem } from './receipt-proof.ts';
import { parseCheckpoint } from './checkpoint.ts';
import { parseNote } from './signed-note.ts';
import { markPublicDataChanged } from '../http/public-data-version-store.ts';

// Any fixed number: one writer at a time extends the log, across every server.
const logLockKey = 5_392_027;
/** Records appended per database transaction. */
const batchSize = 1000;

/** Reads stored hashes from the database, in the order asked. */
export function databaseHashReader(db: Queryable): HashReader {
  return async (indexes) => {
    const rows = await db
      .select({ index: transparencyLogHashes.index, hash: transparencyLogHashes.hash })
      .from(transparencyLogHashes)
      .where(inArray(transparencyLogHashes.index, indexes));
    const byIndex = new Map(rows.map((row) => [row.index, Buffer.from(row.hash, 'hex')]));
    return indexes.map((index) => {
      const hash = byIndex.get(index);
      if (!hash) throw new Error(`The transparency log lacks stored hash ${index}`);
      return hash;
    });
  };
}

/** How many records the log holds. */
export async function logSize(db: Queryable): Promise<number> {
  const [row] = await db.select({ last: max(transparencyLogRecords.index) }).from(transparencyLogRecords);
  return row?.last === null || row?.last === undefined ? 0 : row.last + 1;
}

async function lastLogged(db: Queryable, kind: LogRecordKind): Promise<number> {
  const [row] = await db
    .select({ last: max(transparencyLogRecords.chainSequence) })
    .from(transparencyLogRecords)
    .where(eq(transparencyLogRecords.kind, kind));
  return row?.last ?? 0;
}

/**
 * The next records not yet logged, in the order they join the log: ledger transactions by their
 * sequence, each followed by the receipt issued with it, then audit events. Both chains are
 * extended under a lock, so a sequence never commits before a smaller one: nothing is skipped.
 */
async function unloggedRecords(db: Queryable): Promise<LogRecord[]> {
  const afterLedger = await lastLogged(db, 'ledger_transaction');
  const paid = alias(receipts, 'paid');
  const delivered = alias(receipts, 'delivered');
  const transactions = await db
    .select({
      sequence: ledgerTransactions.sequence,
      hash: ledgerTransactions.hash,
      paidBody: paid.body,
      paidSignature: paid.signature,
      deliveredBody: delivered.body,
      deliveredSignature: delivered.signature,
    })
    .from(ledgerTransactions)
    .leftJoin(paid, eq(paid.paymentId, ledgerTransactions.paymentId))
    .leftJoin(delivered, eq(delivered.deliveryId, ledgerTransactions.deliveryId))
    .where(gt(ledgerTransactions.sequence, afterLedger))
    .orderBy(asc(ledgerTransactions.sequence))
    .limit(batchSize);
  if (transactions.length > 0)
    return transactions.flatMap((row) => {
      const body = (row.paidBody ?? row.deliveredBody) as ReceiptBody | null;
      const signature = row.paidSignature ?? row.deliveredSignature;
      const receipt =
        body && signature && body.ledgerSequence === row.sequence ? [receiptRecord({ body, signature })] : [];
      return [ledgerTransactionRecord(row), ...receipt];
    });
  const events = await db
    .select({ sequence: auditEvents.sequence, hash: auditEvents.hash })
    .from(auditEvents)
    .where(gt(auditEvents.sequence, await lastLogged(db, 'audit_event')))
    .orderBy(asc(auditEvents.sequence))
    .limit(batchSize);
  return events.map(auditEventRecord);
}

/**
 * Appends `records` to the log, in one transaction that holds the log's lock: each leaf with its
 * stored hash and those of the subtrees it completes. Returns the log's new size.
 */
export async function appendToLog(tx: Transaction, records: LogRecord[]): Promise<number> {
  let size = await logSize(tx);
  if (records.length === 0) return size;
  // The hashes new leaves combine with: the current tree's edge, then what this batch stores.
  const known = new Map<number, Hash>();
  const edge = frontierIndexes(size);
  const edgeHashes = edge.length ? await databaseHashReader(tx)(edge) : [];
  edge.forEach((index, i) => known.set(index, edgeHashes[i]!));
  const read: HashReader = async (indexes) => indexes.map((index) => known.get(index)!);
  const loggedAt = new Date();
  const rows: (typeof transparencyLogRecords.$inferInsert)[] = [];
  const hashes: (typeof transparencyLogHashes.$inferInsert)[] = [];
  for (const record of records) {
    const stored = await storedHashesForLeaf(size, leafHash(Buffer.from(record.data)), read);
    const first = storedHashIndex(0, size);
    stored.forEach((hash, i) => {
      known.set(first + i, hash);
      hashes.push({ index: first + i, hash: hash.toString('hex') });
    });
    rows.push({ ...record, index: size, loggedAt });
    size++;
  }
  for (let i = 0; i < rows.length; i += batchSize)
    await tx.insert(transparencyLogRecords).values(rows.slice(i, i + batchSize));
  for (let i = 0; i < hashes.length; i += batchSize)
    await tx.insert(transparencyLogHashes).values(hashes.slice(i, i + batchSize));
  return size;
}

/** Waits for the log's lock, held until the transaction ends: one writer at a time, across servers. */
export async function lockLog(tx: Transaction): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${logLockKey})`);
}

/**
 * Appends every record of money and audit event not yet in the log, a batch per transaction.
 * Returns the log's size.
 */
export async function extendLog(db: Database): Promise<number> {
  for (;;) {
    const appended = await db.transaction(async (tx) => {
      await lockLog(tx);
      const records = await unloggedRecords(tx);
      return { size: await appendToLog(tx, records), more: records.length > 0 };
    });
    if (!appended.more) return appended.size;
  }
}

export type StoredCheckpoint = typeof transparencyCheckpoints.$inferSelect;

/** The latest signed checkpoint, or undefined before the first. */
export async function latestCheckpoint(db: Queryable): Promise<StoredCheckpoint | undefined> {
  const [row] = await db.select().from(transparencyCheckpoints).orderBy(desc(transparencyCheckpoints.size)).limit(1);
  return row;
}

export async function checkpointOfSize(db: Queryable, size: number): Promise<StoredCheckpoint | undefined> {
  const [row] = await db.select().from(transparencyCheckpoints).where(eq(transparencyCheckpoints.size, size));
  return row;
}

/**
 * Logs what is new and signs a checkpoint of the log's size, unless one of that size is signed
 * already (a checkpoint says nothing of time: the same size signs the same note). Every server
 * may run it; one at a time does.
 */
export async function renewCheckpoint(db: Database): Promise<StoredCheckpoint> {
  await extendLog(db);
  return db.transaction(async (tx) => {
    await lockLog(tx);
    const size = await logSize(tx);
    const signed = await checkpointOfSize(tx, size);
    if (signed) return signed;
    const root = await treeHash(size, databaseHashReader(tx));
    const checkpoint: LogCheckpoint = { size, root };
    // Pages showing the checkpoint or proofs against it are rendered anew.
    await markPublicDataChanged(tx);
    const [row] = await tx
      .insert(transparencyCheckpoints)
      .values({ size, rootHash: root.toString('hex'), note: signLogCheckpoint(checkpoint), signedAt: new Date() })
      .returning();
    return row!;
  });
}

/** A record's place in the log and its audit path to a signed checkpoint. */
export interface RecordProof {
  subject: string;
  index: number;
  /** Exactly what the leaf hashes. */
  data: string;
  checkpoint: StoredCheckpoint;
  proof: Hash[];
}

export type RecordProofProblem = 'recordUnknown' | 'checkpointUnknown' | 'notYetLogged';

/**
 * The inclusion proof of a record (by subject, e.g. `receipt:24-000017`) in the checkpoint of
 * `size`, or the latest one.
 */
export async function proveRecord(
  db: Queryable,
  subject: string,
  size?: number,
): Promise<RecordProof | RecordProofProblem> {
  const [record] = await db
    .select({ index: transparencyLogRecords.index, data: transparencyLogRecords.data })
    .from(transparencyLogRecords)
    .where(eq(transparencyLogRecords.subject, subject));
  if (!record) return 'recordUnknown';
  const checkpoint = size === undefined ? await latestCheckpoint(db) : await checkpointOfSize(db, size);
  if (!checkpoint) return size === undefined ? 'notYetLogged' : 'checkpointUnknown';
  if (record.index >= checkpoint.size) return 'notYetLogged';
  const proof = await inclusionProof(record.index, checkpoint.size, databaseHashReader(db));
  return { subject, index: record.index, data: record.data, checkpoint, proof };
}

/** The proof that the log at `oldSize` is the start of the log at `newSize`; both at most its size. */
export async function proveConsistency(
  db: Queryable,
  oldSize: number,
  newSize: number,
): Promise<Hash[] | 'sizesReversed' | 'beyondLog'> {
  if (oldSize > newSize) return 'sizesReversed';
  if (newSize > (await logSize(db))) return 'beyondLog';
  return consistencyProof(oldSize, newSize, databaseHashReader(db));
}

/**
 * A receipt's inclusion proof, logging it and signing a new checkpoint first when the latest does
 * not hold it yet (a receipt is issued before the next renewal logs it).
 */
export async function proveReceipt(db: Database, code: string): Promise<RecordProof | undefined> {
  const subject = receiptSubject(code);
  const proof = await proveRecord(db, subject);
  if (typeof proof !== 'string') return proof;
  await renewCheckpoint(db);
  const renewed = await proveRecord(db, subject);
  return typeof renewed === 'string' ? undefined : renewed;
}

/** A receipt as served: with its inclusion proof in the latest checkpoint (logged first if new). */
export async function withLogProof(db: Database, receipt: SignedReceipt): Promise<ProvenReceipt> {
  const proof = await proveReceipt(db, receipt.body.code);
  return proof ? { ...receipt, transparency: receiptLogProof(proof) } : receipt;
}

/** What the portal's online check says of a receipt's place in the log. */
export type ReceiptLogVerdict =
  | { ok: true; index: number; size: number; checkpoint: string; signedAt: Date | undefined }
  /** Not in a signed checkpoint yet (issued moments ago): nothing to check. */
  | { ok: 'pending' }
  | { ok: false; problem: ReceiptProofProblem | 'logRewritten'; detail: string };

/**
 * Checks online what `npm run verify-receipt` checks offline: the receipt's inclusion proof
 * against the checkpoint it carries, signed by the log's key. `file` is the receipt as its holder
 * has it; one that carries no proof (a file saved before the log, or the register's copy) is
 * checked with the proof the log gives of `registered` now.
 */
export async function checkReceiptInLog(
  db: Database,
  registered: SignedReceipt,
  file: unknown = registered,
): Promise<ReceiptLogVerdict> {
  const carried = file && typeof file === 'object' && 'transparency' in file && file.transparency !== undefined;
  const proven = carried ? file : await withLogProof(db, registered);
  if (!carried && !(proven as ProvenReceipt).transparency) return { ok: 'pending' };
  const check = checkReceiptProof(proven, logOrigin(), logVerifier());
  if (!check.ok) return check;
  const checkpoint = (proven as ProvenReceipt).transparency!.checkpoint;
  // The time the log kept for it: a checkpoint the log signed but does not keep has none.
  const kept = await checkpointOfSize(db, check.size);
  const root = parseCheckpoint(parseNote(checkpoint).text).rootHash.toString('hex');
  if (kept && kept.rootHash !== root)
    return {
      ok: false,
      problem: 'logRewritten',
      detail: `the log signed this checkpoint of ${check.size} records, but now keeps another root for that size: it was rewritten since`,
    };
  return { ok: true, index: check.index, size: check.size, checkpoint, signedAt: kept?.signedAt };
}
