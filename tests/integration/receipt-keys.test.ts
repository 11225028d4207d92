import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { desc } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import { auditEvents } from '../../db/schema/index.ts';
import { keyListJson, publishedKeys, readKeyListJson } from '../../src/lib/receipts/key-history.ts';
import { publishedReceiptKeys, receiptKeyList, rotateReceiptKey } from '../../src/lib/receipts/key-store.ts';
import { checkReceipt, signReceipt, type ReceiptBody } from '../../src/lib/receipts/receipt.ts';
import { findReceipt, lookUpReceipt } from '../../src/lib/receipts/store.ts';
import { paidReceiptCode } from './support/receipts.ts';
import { runScript } from './support/run-script.ts';
import { createSeededDatabase } from './support/seeded-database.ts';
import { driverUnderTest } from './support/test-database.ts';

describe(`receipt key rotation (${driverUnderTest})`, () => {
  let database: DatabaseHandle;
  let folder: string;
  let keyFile: string;
  const previousKeyFile = process.env.RECEIPT_SIGNING_KEY_FILE;
  let paid = 0;

  // A key file of this test's own: rotating the one other tests sign with would pull it from under them.
  beforeAll(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'receipt-keys-'));
  });
  afterAll(() => {
    if (previousKeyFile === undefined) delete process.env.RECEIPT_SIGNING_KEY_FILE;
    else process.env.RECEIPT_SIGNING_KEY_FILE = previousKeyFile;
    rmSync(folder, { recursive: true, force: true });
  });
  beforeEach(async () => {
    keyFile = path.join(folder, `key-${++paid}.pem`);
    process.env.RECEIPT_SIGNING_KEY_FILE = keyFile;
    database = await createSeededDatabase();
  });
  afterEach(() => database?.close());

  const pay = async (amount: bigint) => (await findReceipt(database.db, await paidReceiptCode(database.db, amount)))!;
  const lookUp = (code: string) => lookUpReceipt(database.db, { number: code });

  it('signs, rotates: the old receipt still verifies, new receipts use the new key', async () => {
    const before = await pay(1_500_000n);
    const oldPrivate = createPrivateKey(readFileSync(keyFile, 'utf8'));
    const { retired, current } = await rotateReceiptKey(database.db, keyFile);
    expect(retired).toBe(before.body.keyId);
    expect(current.keyId).not.toBe(retired);
    expect(createPrivateKey(readFileSync(keyFile, 'utf8')).equals(oldPrivate)).toBe(false);

    const after = await pay(2_000_000n);
    expect(after.body.keyId).toBe(current.keyId);
    for (const receipt of [before, after]) {
      expect(await lookUp(receipt.body.code)).toMatchObject({ ok: true, value: { ok: true } });
    }

    const list = await receiptKeyList(database.db);
    expect(list.map((key) => [key.keyId, key.validFrom === null, key.validUntil?.getTime()])).toEqual([
      [retired, true, current.validFrom!.getTime()],
      [current.keyId, false, undefined],
    ]);
    const [event] = await database.db.select().from(auditEvents).orderBy(desc(auditEvents.sequence)).limit(1);
    expect(event).toMatchObject({
      action: 'receipt_key_rotated',
      subject: `receipt_key:${current.keyId}`,
      after: { keyId: current.keyId, publicKey: current.publicKeyPem, validFrom: current.validFrom!.toISOString() },
    });

    // What a donor downloads checks both receipts offline, and reads back as the same periods.
    const offline = publishedKeys(readKeyListJson(JSON.parse(JSON.stringify(keyListJson(list))))!);
    expect(checkReceipt(before, offline)).toMatchObject({ ok: true });
    expect(checkReceipt(after, offline)).toMatchObject({ ok: true });

    // A receipt claiming the retired key, dated after it retired (a leaked key's forgery), is refused.
    const forged: ReceiptBody = {
      ...before.body,
      issuedAt: new Date(current.validFrom!.getTime() + 60_000).toISOString(),
    };
    expect(checkReceipt(signReceipt(forged, oldPrivate), await publishedReceiptKeys(database.db))).toMatchObject({
      ok: false,
      problem: 'outsideKeyPeriod',
    });
    // And one claiming the new key, dated before it was in use.
    const early: ReceiptBody = { ...after.body, issuedAt: '2026-01-01T00:00:00.000Z' };
    expect(checkReceipt(signReceipt(early, createPrivateKey(readFileSync(keyFile, 'utf8'))), offline)).toMatchObject({
      ok: false,
      problem: 'outsideKeyPeriod',
    });
  });

  it('rotates twice, each retired key keeping its own period', async () => {
    const first = await pay(100_000n);
    const second = await rotateReceiptKey(database.db, keyFile);
    const middle = await pay(200_000n);
    const third = await rotateReceiptKey(database.db, keyFile);
    const last = await pay(300_000n);
    expect(new Set([first.body.keyId, middle.body.keyId, last.body.keyId]).size).toBe(3);
    expect(middle.body.keyId).toBe(second.current.keyId);
    expect(last.body.keyId).toBe(third.current.keyId);
    const list = await receiptKeyList(database.db);
    expect(list[1]!.validUntil).toEqual(list[2]!.validFrom);
    for (const receipt of [first, middle, last])
      expect(await lookUp(receipt.body.code)).toMatchObject({ value: { ok: true } });
  });

  it('refuses to rotate, and keeps the key file, when the file does not hold the current key', async () => {
    await pay(100_000n);
    await rotateReceiptKey(database.db, keyFile);
    // Someone puts a different key in place of the file the rotation wrote.
    const stray = generateKeyPairSync('ed25519').privateKey;
    writeFileSync(keyFile, stray.export({ format: 'pem', type: 'pkcs8' }));
    await expect(rotateReceiptKey(database.db, keyFile)).rejects.toThrow(/put back the key file/);
    expect(createPrivateKey(readFileSync(keyFile, 'utf8')).equals(stray)).toBe(true);
  });

  // A new embedded database is migrated first, which takes a minute or more on a busy machine.
  const commandTimeout = 300_000;
  it('is a command: npm run rotate-receipt-key', { timeout: commandTimeout }, async () => {
    const dataDir = path.join(folder, 'pglite-command');
    const commandKey = path.join(folder, 'command-key.pem');
    const env = { PGLITE_DATA_DIR: dataDir, RECEIPT_SIGNING_KEY_FILE: commandKey, DATABASE_URL: '' };
    const first = await runScript('scripts/rotate-receipt-key.ts', env, commandTimeout);
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(/^Receipts are signed by key [0-9a-f]{16} from \S+; key [0-9a-f]{16} is retired/);
    expect(first.status).toBe(0);
  });
});
