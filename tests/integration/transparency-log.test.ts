import { asc, count } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import { auditEvents, ledgerTransactions, receipts, transparencyLogRecords } from '../../db/schema/index.ts';
import { findReceipt } from '../../src/lib/receipts/store.ts';
import { openCheckpoint } from '../../src/lib/transparency/checkpoint.ts';
import { logOrigin, logVerifier } from '../../src/lib/transparency/log-checkpoint.ts';
import { receiptLeafData } from '../../src/lib/transparency/log-records.ts';
import {
  extendLog,
  latestCheckpoint,
  proveConsistency,
  proveReceipt,
  proveRecord,
  renewCheckpoint,
} from '../../src/lib/transparency/log-store.ts';
import {
  emptyTreeHash,
  leafHash,
  nodeHash,
  verifyConsistency,
  verifyInclusion,
} from '../../src/lib/transparency/merkle.ts';
import { paidReceiptCode } from './support/receipts.ts';
import { createSeededDatabase } from './support/seeded-database.ts';
import { driverUnderTest } from './support/test-database.ts';

/** RFC 6962's root of the leaves' data, computed from all of them as the RFC defines it. */
function rootOf(data: string[]): Buffer {
  if (data.length === 0) return emptyTreeHash;
  if (data.length === 1) return leafHash(Buffer.from(data[0]!));
  let k = 1;
  while (k * 2 < data.length) k *= 2;
  return nodeHash(rootOf(data.slice(0, k)), rootOf(data.slice(k)));
}

describe(`the transparency log (${driverUnderTest})`, () => {
  let database: DatabaseHandle;
  const pay = (amount: bigint) => paidReceiptCode(database.db, amount);
  const loggedData = async () =>
    (
      await database.db
        .select({ data: transparencyLogRecords.data })
        .from(transparencyLogRecords)
        .orderBy(asc(transparencyLogRecords.index))
    ).map((row) => row.data);

  beforeEach(async () => {
    database = await createSeededDatabase();
  });
  afterEach(() => database?.close());

  it('logs every ledger transaction, receipt and audit event once, and signs a checkpoint of their root', async () => {
    const code = await pay(2_000_000n);
    const checkpoint = await renewCheckpoint(database.db);
    const data = await loggedData();
    let total = 0;
    for (const table of [ledgerTransactions, receipts, auditEvents])
      total += (await database.db.select({ n: count() }).from(table))[0]!.n;
    expect(data.length).toBe(total);
    expect(checkpoint.size).toBe(data.length);
    expect(checkpoint.rootHash).toBe(rootOf(data).toString('hex'));
    const opened = openCheckpoint(checkpoint.note, logOrigin(), logVerifier());
    expect(opened.checkpoint.size).toBe(data.length);
    expect(opened.checkpoint.rootHash.toString('hex')).toBe(checkpoint.rootHash);
    const receipt = await findReceipt(database.db, code);
    expect(data).toContain(receiptLeafData(receipt!));
    // Nothing new: the same checkpoint, not another.
    expect(await renewCheckpoint(database.db)).toEqual(checkpoint);
    expect(await extendLog(database.db)).toBe(data.length);
  });

  it("proves a receipt's inclusion against the checkpoint, logging it first when it is new", async () => {
    await renewCheckpoint(database.db);
    const code = await pay(750_000n);
    const proof = await proveReceipt(database.db, code);
    expect(proof).toBeDefined();
    const receipt = await findReceipt(database.db, code);
    expect(proof!.data).toBe(receiptLeafData(receipt!));
    const root = Buffer.from(proof!.checkpoint.rootHash, 'hex');
    expect(
      verifyInclusion(proof!.index, proof!.checkpoint.size, leafHash(Buffer.from(proof!.data)), proof!.proof, root),
    ).toBe(true);
    expect(proof!.proof.length).toBeLessThanOrEqual(Math.ceil(Math.log2(proof!.checkpoint.size)));
    expect(await proveRecord(database.db, 'receipt:nothing-000001')).toBe('recordUnknown');
    expect(await proveRecord(database.db, `receipt:${code}`, proof!.checkpoint.size + 99)).toBe('checkpointUnknown');
  });

  it('proves every older checkpoint consistent with the latest', async () => {
    await pay(1_000_000n);
    const first = await renewCheckpoint(database.db);
    await pay(2_500_000n);
    await pay(300_000n);
    const second = await renewCheckpoint(database.db);
    expect(second.size).toBeGreaterThan(first.size);
    expect((await latestCheckpoint(database.db))!.size).toBe(second.size);
    const proof = await proveConsistency(database.db, first.size, second.size);
    if (typeof proof === 'string') throw new Error(proof);
    const [oldRoot, newRoot] = [first, second].map((c) => Buffer.from(c.rootHash, 'hex')) as [Buffer, Buffer];
    expect(verifyConsistency(first.size, second.size, oldRoot, newRoot, proof)).toBe(true);
    // Every smaller size too, against the root RFC 6962 gives its records.
    const data = await loggedData();
    for (let size = 1; size < second.size; size += 3) {
      const between = await proveConsistency(database.db, size, second.size);
      if (typeof between === 'string') throw new Error(between);
      expect(verifyConsistency(size, second.size, rootOf(data.slice(0, size)), newRoot, between)).toBe(true);
    }
    expect(await proveConsistency(database.db, second.size, first.size)).toBe('sizesReversed');
    expect(await proveConsistency(database.db, 1, second.size + 1)).toBe('beyondLog');
  });
});
