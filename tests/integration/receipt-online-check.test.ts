import { generateKeyPairSync } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import { receipts, transparencyCheckpoints } from '../../db/schema/index.ts';
import { signReceipt, type ReceiptBody } from '../../src/lib/receipts/receipt.ts';
import { portalReceiptKeys } from '../../src/lib/receipts/signing-key.ts';
import { checkReceiptFile, findReceipt, lookUpReceipt, type ReceiptVerdict } from '../../src/lib/receipts/store.ts';
import { formatCheckpoint, parseCheckpoint } from '../../src/lib/transparency/checkpoint.ts';
import { logOrigin } from '../../src/lib/transparency/log-checkpoint.ts';
import { renewCheckpoint, withLogProof } from '../../src/lib/transparency/log-store.ts';
import type { ProvenReceipt } from '../../src/lib/transparency/receipt-proof.ts';
import { ed25519Signer, parseNote, signNote } from '../../src/lib/transparency/signed-note.ts';
import { paidReceiptCode } from './support/receipts.ts';
import { createSeededDatabase } from './support/seeded-database.ts';
import { driverUnderTest } from './support/test-database.ts';

/** The public check of /receipts/verify and a receipt's page: signature, register, then the log. */
describe(`a receipt checked online, in the transparency log too (${driverUnderTest})`, () => {
  let database: DatabaseHandle;
  let code: string;
  let served: ProvenReceipt;

  beforeAll(async () => {
    database = await createSeededDatabase();
    code = await paidReceiptCode(database.db, 3_000_000n);
    await paidReceiptCode(database.db, 700_000n);
    await renewCheckpoint(database.db);
    served = await withLogProof(database.db, (await findReceipt(database.db, code))!);
  });
  afterAll(() => database?.close());

  const checkFile = async (receipt: unknown): Promise<ReceiptVerdict> => {
    const file = new File([JSON.stringify(receipt)], 'bien-nhan.json', { type: 'application/json' });
    const checked = await checkReceiptFile(database.db, { file });
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    return checked.value[0]!;
  };
  const proofOf = (receipt: ProvenReceipt) => receipt.transparency!;

  it('checks the proof a file carries against its checkpoint and the log key, and names the record', async () => {
    const { size } = parseCheckpoint(parseNote(proofOf(served).checkpoint).text);
    const [kept] = await database.db
      .select({ signedAt: transparencyCheckpoints.signedAt })
      .from(transparencyCheckpoints)
      .where(eq(transparencyCheckpoints.size, size));
    const expected = { ok: true, index: proofOf(served).index, size, signedAt: kept!.signedAt };
    expect(await checkFile(served)).toMatchObject({ code, ok: true, log: expected });
    // A file saved without its proof, or a number looked up: the log's own proof is checked.
    const { transparency: _proof, ...bare } = served;
    expect(await checkFile(bare)).toMatchObject({ code, ok: true, log: { ok: true, index: expected.index } });
    const looked = await lookUpReceipt(database.db, { number: code });
    expect(looked).toMatchObject({ ok: true, value: { code, ok: true, log: { ok: true, index: expected.index } } });
  });

  it('fails a receipt whose proof does not lead to the root, or whose checkpoint the log did not sign', async () => {
    const path = [...proofOf(served).proof];
    path[0] = Buffer.alloc(32, 7).toString('base64');
    expect(await checkFile({ ...served, transparency: { ...proofOf(served), proof: path } })).toMatchObject({
      code,
      ok: false,
      problem: 'notInLog',
      log: { ok: false, problem: 'notIncluded' },
    });
    const { text } = parseNote(proofOf(served).checkpoint);
    const forged = signNote(text, [ed25519Signer(logOrigin(), generateKeyPairSync('ed25519').privateKey)]);
    expect(await checkFile({ ...served, transparency: { ...proofOf(served), checkpoint: forged } })).toMatchObject({
      ok: false,
      problem: 'notInLog',
      log: { ok: false, problem: 'checkpointUnsigned' },
    });
    expect(await checkFile({ ...served, transparency: { ...proofOf(served), proof: ['not base64!'] } })).toMatchObject({
      ok: false,
      problem: 'notInLog',
      log: { ok: false, problem: 'malformedProof' },
    });
  });

  /** What the owner role can do: switch the refusing triggers off, change what it likes, switch them on. */
  async function asOwner(table: string, change: () => Promise<unknown>) {
    await database.db.execute(sql.raw(`alter table "${table}" disable trigger user`));
    try {
      await change();
    } finally {
      await database.db.execute(sql.raw(`alter table "${table}" enable trigger user`));
    }
  }

  it('fails a registered receipt rewritten and signed again, whose record in the log is the original', async () => {
    const other = await paidReceiptCode(database.db, 900_000n);
    await renewCheckpoint(database.db);
    const receipt = (await findReceipt(database.db, other))!;
    const body = { ...receipt.body, gift: { ...receipt.body.gift, amount: '90000' } } as ReceiptBody;
    await asOwner('receipts', () =>
      database.db
        .update(receipts)
        .set({ body, signature: signReceipt(body, portalReceiptKeys().privateKey).signature })
        .where(eq(receipts.code, other)),
    );
    expect(await lookUpReceipt(database.db, { number: other })).toMatchObject({
      ok: true,
      value: { code: other, ok: false, problem: 'notInLog', log: { ok: false, problem: 'notIncluded' } },
    });
  });

  it('fails a checkpoint the log signed when the log now keeps another root for its size', async () => {
    const { size, rootHash } = parseCheckpoint(parseNote(proofOf(served).checkpoint).text);
    // The operator signs a checkpoint of another root for the same size and keeps only that one.
    const otherRoot = Buffer.alloc(32, 3);
    await asOwner('transparency_checkpoints', () =>
      database.db
        .update(transparencyCheckpoints)
        .set({
          rootHash: otherRoot.toString('hex'),
          note: formatCheckpoint({ origin: logOrigin(), size, rootHash: otherRoot, extensions: [] }),
        })
        .where(eq(transparencyCheckpoints.size, size)),
    );
    expect(rootHash.equals(otherRoot)).toBe(false);
    expect(await checkFile(served)).toMatchObject({ ok: false, problem: 'notInLog', log: { problem: 'logRewritten' } });
  });
});
