import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import { transparencyCosignatures } from '../../db/schema/index.ts';
import { cosign, cosigner, cosignerKeyText } from '../../src/lib/transparency/cosignature.ts';
import { cosignaturesOf, keepCosignatures, witnessedCheckpoint } from '../../src/lib/transparency/cosignature-store.ts';
import { logOrigin, logVerifier } from '../../src/lib/transparency/log-checkpoint.ts';
import { renewCheckpoint } from '../../src/lib/transparency/log-store.ts';
import { parseNote, signNote } from '../../src/lib/transparency/signed-note.ts';
import { parseWitnessRegistry, readCosignedCheckpoint } from '../../src/lib/transparency/witness-registry.ts';
import { createSeededDatabase } from './support/seeded-database.ts';
import { driverUnderTest } from './support/test-database.ts';

describe(`witnesses' cosignatures (${driverUnderTest})`, () => {
  let database: DatabaseHandle;
  beforeEach(async () => {
    database = await createSeededDatabase();
  });
  afterEach(() => database?.close());

  const witnessKey = generateKeyPairSync('ed25519').privateKey;
  const name = 'news.example.vn/witness';
  const registry = parseWitnessRegistry(cosignerKeyText(name, createPublicKey(witnessKey)));

  it("keeps a registered witness's cosignature of the log's checkpoint once, and serves it with the checkpoint", async () => {
    const checkpoint = await renewCheckpoint(database.db);
    const { text, signatures } = parseNote(checkpoint.note);
    const sent = signNote(text, [], [...signatures, cosign(text, cosigner(name, witnessKey))]);
    const intake = readCosignedCheckpoint(sent, { origin: logOrigin(), verifier: logVerifier() }, registry, new Date());
    if (intake.kind !== 'accepted') throw new Error(intake.reason);
    expect(await keepCosignatures(database.db, intake.cosignatures)).toBe(1);
    expect(await keepCosignatures(database.db, intake.cosignatures)).toBe(0);

    const witnessed = await witnessedCheckpoint(database.db, checkpoint.note, registry);
    expect(witnessed.note).toBe(sent);
    expect(witnessed.witnesses).toEqual([
      { name, keyText: registry[0]!.keyText, cosignedAt: intake.cosignatures[0]!.cosignedAt },
    ]);
    // A witness the operator no longer registers is no longer shown.
    expect((await witnessedCheckpoint(database.db, checkpoint.note, [])).note).toBe(checkpoint.note);
  });

  it('never changes or removes a kept cosignature', async () => {
    const checkpoint = await renewCheckpoint(database.db);
    const { text } = parseNote(checkpoint.note);
    const signature = cosign(text, cosigner(name, witnessKey));
    const row = {
      origin: logOrigin(),
      treeSize: checkpoint.size,
      rootHash: Buffer.from(checkpoint.rootHash, 'hex').toString('base64'),
      witnessName: name,
      keyId: signature.keyId,
      signature: signature.base64,
      cosignedAt: new Date(),
    };
    await keepCosignatures(database.db, [row]);
    await expect(database.db.update(transparencyCosignatures).set({ signature: 'AAAA' })).rejects.toThrow();
    await expect(database.db.delete(transparencyCosignatures)).rejects.toThrow();
    await expect(database.db.execute(sql`truncate transparency_cosignatures`)).rejects.toThrow();
    expect(
      await cosignaturesOf(database.db, { origin: row.origin, size: row.treeSize, rootHash: row.rootHash }),
    ).toHaveLength(1);
  });
});
