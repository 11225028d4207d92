import { generateKeyPairSync } from 'node:crypto';
import { renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Database, Queryable, Transaction } from '../../../db/client.ts';
import { receiptSigningKeys } from '../../../db/schema/index.ts';
import { recordAuditEvent } from '../audit/store.ts';
import { readEnvironment } from '../config/environment.ts';
import { keyPeriods, publishedKeys, type PublishedKey, type PublishedKeys } from './key-history.ts';
import { keyIdOf } from './receipt.ts';
import { portalReceiptKeys, type ReceiptKeys } from './signing-key.ts';

// Any fixed number: issuing a receipt shares it, rotating the key takes it alone, so no receipt
// is signed by a key that has just been retired.
const receiptKeyLockKey = 5_392_026;

async function keyRows(db: Queryable) {
  return db
    .select({
      keyId: receiptSigningKeys.keyId,
      publicKey: receiptSigningKeys.publicKey,
      validFrom: receiptSigningKeys.validFrom,
    })
    .from(receiptSigningKeys)
    .orderBy(sql`${receiptSigningKeys.validFrom} asc nulls first`);
}

/** Records the key file's key as the first key, valid from the start, when none is recorded yet. */
async function recordFirstKey(tx: Transaction, keys: ReceiptKeys): Promise<void> {
  await tx
    .insert(receiptSigningKeys)
    .values({ keyId: keys.keyId, publicKey: keys.publicKeyPem, validFrom: null })
    .onConflictDoNothing();
}

export class ReceiptKeyMismatch extends Error {}

/**
 * The key a receipt issued in `tx` is signed with: the current one of the key list, which the
 * key file must hold (another server may just have rotated it: the file is read again).
 */
export async function receiptSigningKey(tx: Transaction): Promise<ReceiptKeys> {
  await tx.execute(sql`select pg_advisory_xact_lock_shared(${receiptKeyLockKey})`);
  const keys = portalReceiptKeys();
  const current = (await keyRows(tx)).at(-1);
  if (!current) await recordFirstKey(tx, keys);
  else if (current.keyId !== keys.keyId)
    throw new ReceiptKeyMismatch(
      `RECEIPT_SIGNING_KEY_FILE holds key ${keys.keyId}, but the current receipt key is ${current.keyId}: put back the key file npm run rotate-receipt-key wrote`,
    );
  return keys;
}

/** Every key that has signed receipts, with its period, oldest first: what the portal publishes. */
export async function receiptKeyList(db: Queryable): Promise<PublishedKey[]> {
  const rows = await keyRows(db);
  // Before the first receipt the key file's key is the only one, recorded when it first signs.
  return keyPeriods(rows.length > 0 ? rows : [{ publicKey: portalReceiptKeys().publicKeyPem, validFrom: null }]);
}

export async function publishedReceiptKeys(db: Queryable): Promise<PublishedKeys> {
  return publishedKeys(await receiptKeyList(db));
}

/**
 * Replaces the receipt signing key: a new Ed25519 key signs from now on, the old one stays in the
 * published list until now, and the change is an audit event (so the key list is in the
 * transparency log). The key file is replaced while the key list is locked, and put back if the
 * database does not take the change.
 */
export async function rotateReceiptKey(
  db: Database,
  keyFile: string = readEnvironment().RECEIPT_SIGNING_KEY_FILE,
): Promise<{ retired: string; current: PublishedKey }> {
  const file = path.resolve(keyFile);
  const old = portalReceiptKeys();
  const oldPem = old.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  const fresh = generateKeyPairSync('ed25519');
  const keyId = keyIdOf(fresh.publicKey);
  const publicKey = fresh.publicKey.export({ format: 'pem', type: 'spki' }).toString();
  const replaceFile = (pem: string) => {
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, pem, { mode: 0o600 });
    renameSync(temporary, file);
  };
  let replaced = false;
  try {
    return await db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${receiptKeyLockKey})`);
      const rows = await keyRows(tx);
      if (rows.length === 0) await recordFirstKey(tx, old);
      else if (rows.at(-1)!.keyId !== old.keyId)
        throw new ReceiptKeyMismatch(
          `RECEIPT_SIGNING_KEY_FILE holds key ${old.keyId}, but the current receipt key is ${rows.at(-1)!.keyId}: put back the key file npm run rotate-receipt-key wrote before rotating again`,
        );
      // Taken under the lock: every receipt signed by the old key was issued before it.
      const validFrom = new Date();
      await tx.insert(receiptSigningKeys).values({ keyId, publicKey, validFrom });
      await recordAuditEvent(tx, {
        officialId: null,
        action: 'receipt_key_rotated',
        subject: `receipt_key:${keyId}`,
        before: { keyId: old.keyId },
        after: { keyId, publicKey, validFrom: validFrom.toISOString() },
      });
      replaceFile(fresh.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString());
      replaced = true;
      const list = await receiptKeyList(tx);
      return { retired: old.keyId, current: list.at(-1)! };
    });
  } catch (error) {
    if (replaced) replaceFile(oldPem);
    throw error;
  }
}
