import { generateKeyPairSync } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import { ledgerEntries, ledgerTransactions, payments, receipts } from '../../db/schema/index.ts';
import { checkLedgerChain, ledgerChainRecords } from '../../src/lib/ledger/store.ts';
import { signReceipt, type ReceiptBody } from '../../src/lib/receipts/receipt.ts';
import { findReceipt } from '../../src/lib/receipts/store.ts';
import { portalReceiptKeys } from '../../src/lib/receipts/signing-key.ts';
import { chainHash, chainStart } from '../../src/lib/security/hash-chain.ts';
import { cosigner } from '../../src/lib/transparency/cosignature.ts';
import { logOrigin, logVerifier, logVerifierKey } from '../../src/lib/transparency/log-checkpoint.ts';
import { receiptSubject } from '../../src/lib/transparency/log-records.ts';
import {
  extendLog,
  proveConsistency,
  proveRecord,
  renewCheckpoint,
  withLogProof,
} from '../../src/lib/transparency/log-store.ts';
import { leafHash, verifyInclusion } from '../../src/lib/transparency/merkle.ts';
import { checkReceiptProof, type ProvenReceipt } from '../../src/lib/transparency/receipt-proof.ts';
import { witnessCheckpoint, type WitnessOutcome, type WitnessView } from '../../src/lib/transparency/witness.ts';
import { paidReceiptCode } from './support/receipts.ts';
import { createSeededDatabase } from './support/seeded-database.ts';
import { driverUnderTest } from './support/test-database.ts';

/**
 * Issue 19.5: the operator who holds the database's owner role (and the keys on the server)
 * rewrites an old payment — its amount, its ledger entries, its receipt re-signed — recomputes
 * the ledger's hash chain from there on, and rebuilds the transparency log from the rewritten
 * records with the log's own key. Every chain then checks, so the chains alone cannot tell. What
 * still tells: a witness holding a checkpoint from before, and the inclusion proofs.
 */
describe(`an operator rewriting an old payment (${driverUnderTest})`, () => {
  let database: DatabaseHandle;
  const witnessKey = generateKeyPairSync('ed25519').privateKey;

  const pay = (amount: bigint) => paidReceiptCode(database.db, amount);

  /** A witness's run against the portal's latest checkpoint, as `npm run witness` makes it. */
  async function witness(previous: WitnessView | undefined): Promise<WitnessOutcome> {
    const checkpoint = await renewCheckpoint(database.db);
    return witnessCheckpoint({
      note: checkpoint.note,
      origin: logOrigin(),
      logKey: { text: logVerifierKey(), verifier: logVerifier() },
      previous,
      consistencyProof: async (oldSize, newSize) => {
        const proof = await proveConsistency(database.db, oldSize, newSize);
        if (typeof proof === 'string') throw new Error(proof);
        return proof;
      },
      cosigner: cosigner('witness.example.org/chung-tay', witnessKey),
    });
  }

  /** What the owner role can do: switch the refusing triggers off, change what it likes, switch them on. */
  async function asOwner(tables: string[], change: () => Promise<void>) {
    for (const table of tables) await database.db.execute(sql.raw(`alter table "${table}" disable trigger user`));
    try {
      await change();
    } finally {
      for (const table of tables) await database.db.execute(sql.raw(`alter table "${table}" enable trigger user`));
    }
  }

  let rewritten: string;
  let donorsCopy: ProvenReceipt;
  let seen: WitnessView;
  const originalAmount = 50_000_000n;
  const forgedAmount = 5_000_000n;

  beforeAll(async () => {
    database = await createSeededDatabase();
    rewritten = await pay(originalAmount);
    await pay(1_200_000n);
    // The donor keeps the receipt as the portal served it, proof and checkpoint included.
    donorsCopy = await withLogProof(database.db, (await findReceipt(database.db, rewritten))!);
    const first = await witness(undefined);
    if (first.kind !== 'cosigned') throw new Error(JSON.stringify(first));
    await pay(800_000n);
    const second = await witness(first.view);
    // An honest log that grew is consistent with what the witness saw.
    expect(second.kind).toBe('cosigned');
    if (second.kind !== 'cosigned') throw new Error(JSON.stringify(second));
    seen = second.view;

    const [payment] = await database.db
      .select({ id: payments.id, sequence: ledgerTransactions.sequence })
      .from(payments)
      .innerJoin(receipts, eq(receipts.paymentId, payments.id))
      .innerJoin(ledgerTransactions, eq(ledgerTransactions.paymentId, payments.id))
      .where(eq(receipts.code, rewritten));
    const entries = await database.db
      .select()
      .from(ledgerEntries)
      .where(eq(ledgerEntries.transactionSequence, payment!.sequence));
    expect(entries.map((entry) => (entry.amount < 0n ? -entry.amount : entry.amount))).toEqual(
      entries.map(() => originalAmount),
    );
    const receipt = (await findReceipt(database.db, rewritten))!;
    const body: ReceiptBody = {
      ...receipt.body,
      gift: { ...receipt.body.gift, amount: String(forgedAmount) } as ReceiptBody['gift'],
    };
    const logTables = ['transparency_log_records', 'transparency_log_hashes', 'transparency_checkpoints'];
    await asOwner(['payments', 'ledger_entries', 'ledger_transactions', 'receipts', ...logTables], async () => {
      await database.db.update(payments).set({ amount: forgedAmount }).where(eq(payments.id, payment!.id));
      for (const entry of entries)
        await database.db
          .update(ledgerEntries)
          .set({ amount: entry.amount < 0n ? -forgedAmount : forgedAmount })
          .where(eq(ledgerEntries.id, entry.id));
      await database.db
        .update(receipts)
        .set({ body, signature: signReceipt(body, portalReceiptKeys().privateKey).signature })
        .where(eq(receipts.code, rewritten));
      // Every hash of the ledger's chain from the first, recomputed over the rewritten records.
      let previousHash = chainStart;
      for (const { previousHash: _previous, hash: _hash, ...content } of await ledgerChainRecords(
        database.db,
        0,
        10_000,
      )) {
        const hash = chainHash(previousHash, content);
        await database.db
          .update(ledgerTransactions)
          .set({ previousHash, hash })
          .where(eq(ledgerTransactions.sequence, content.sequence));
        previousHash = hash;
      }
      await database.db.execute(sql`update ledger_balances b set debits = e.debits, credits = e.credits
        from (select account, unit, sum(greatest(amount, 0)) as debits, sum(greatest(-amount, 0)) as credits
              from ledger_entries group by account, unit) e where e.account = b.account and e.unit = b.unit`);
      // The log, rebuilt from the rewritten records and signed with the log's key.
      for (const table of logTables) await database.db.execute(sql.raw(`delete from "${table}"`));
      await extendLog(database.db);
    });
  });
  afterAll(() => database?.close());

  it('leaves every hash chain checking: the chains alone cannot tell', async () => {
    expect((await checkLedgerChain(database.db)).ok).toBe(true);
    expect((await findReceipt(database.db, rewritten))!.body.gift).toMatchObject({ amount: String(forgedAmount) });
  });

  it('is caught by a witness holding an older checkpoint: two roots for its size, then a log that does not extend it', async () => {
    const sameSize = await witness(seen);
    expect(sameSize.kind).toBe('split-view');
    await pay(300_000n);
    const grown = await witness(seen);
    expect(grown.kind).toBe('rewrite');
  });

  it("fails the altered record's inclusion proof against the checkpoint the witness holds, and the donor's against the log now", async () => {
    const seenRoot = Buffer.from(seen.rootHash, 'base64');
    const now = await proveRecord(database.db, receiptSubject(rewritten), seen.size);
    if (typeof now === 'string') throw new Error(now);
    // The forged receipt, proven in the rebuilt log at the size the witness holds.
    expect(verifyInclusion(now.index, seen.size, leafHash(Buffer.from(now.data)), now.proof, seenRoot)).toBe(false);
    // The receipt the portal serves now carries a proof of the rebuilt log only.
    const served = await withLogProof(database.db, (await findReceipt(database.db, rewritten))!);
    const againstSeen = { ...served, transparency: { ...served.transparency!, checkpoint: seen.note } };
    expect(checkReceiptProof(againstSeen, logOrigin(), logVerifier())).toMatchObject({
      ok: false,
      problem: 'notIncluded',
    });
    // The donor's copy still proves the original was logged, in the checkpoint it came with…
    expect(checkReceiptProof(donorsCopy, logOrigin(), logVerifier())).toMatchObject({ ok: true });
    // …and is in no checkpoint the rewritten log signs.
    const rewrittenCheckpoint = { ...donorsCopy, transparency: { ...served.transparency! } };
    expect(checkReceiptProof(rewrittenCheckpoint, logOrigin(), logVerifier())).toMatchObject({
      ok: false,
      problem: 'notIncluded',
    });
  });
});
