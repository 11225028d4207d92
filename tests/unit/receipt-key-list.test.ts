import { execFile } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyListJson, keyPeriods, publishedKeys, readKeyListJson } from '../../src/lib/receipts/key-history.ts';
import { checkReceipt, keyIdOf, signReceipt, type ReceiptBody } from '../../src/lib/receipts/receipt.ts';

const run = promisify(execFile);
const processTimeout = 60_000;

const pem = (key: ReturnType<typeof generateKeyPairSync>['publicKey']) =>
  key.export({ format: 'pem', type: 'spki' }).toString();
const first = generateKeyPairSync('ed25519');
const second = generateKeyPairSync('ed25519');
const rotatedAt = new Date('2026-11-26T00:00:00Z');
// Stored in any order: the periods follow validFrom, the first key's being the installation's start.
const periods = keyPeriods([
  { publicKey: pem(second.publicKey), validFrom: rotatedAt },
  { publicKey: pem(first.publicKey), validFrom: null },
]);

const body = (keyId: string, issuedAt: string): ReceiptBody => ({
  version: 1,
  code: '18229-000001',
  issuer: 'commune:18229',
  issuerName: 'Xã Đức Thọ',
  number: 1,
  issuedAt,
  donor: null,
  pledgeReference: 'CT7K9Q2XMA',
  gift: { kind: 'money', amount: '1500000', channel: 'card' },
  receivedOn: '2026-11-24',
  target: { kind: 'commune', code: '18229', name: 'Xã Đức Thọ' },
  ledgerSequence: 4,
  keyId,
});
const byFirst = (issuedAt: string) => signReceipt(body(keyIdOf(first.publicKey), issuedAt), first.privateKey);
const bySecond = (issuedAt: string) => signReceipt(body(keyIdOf(second.publicKey), issuedAt), second.privateKey);

describe('the published key list', () => {
  it('gives each key the period until the next one came into use', () => {
    expect(periods.map((key) => [key.keyId, key.validFrom, key.validUntil])).toEqual([
      [keyIdOf(first.publicKey), null, rotatedAt],
      [keyIdOf(second.publicKey), rotatedAt, null],
    ]);
    expect(keyListJson(periods).keys.map((key) => key.status)).toEqual(['retired', 'current']);
  });

  it('verifies receipts of a retired key dated in its period, and of the current key after it began', () => {
    const keys = publishedKeys(periods);
    expect(checkReceipt(byFirst('2026-11-25T23:59:59.000Z'), keys)).toMatchObject({ ok: true });
    expect(checkReceipt(bySecond('2026-11-26T00:00:00.000Z'), keys)).toMatchObject({ ok: true });
  });

  it('refuses a receipt claiming a retired key with a date outside its period, or the new key before it', () => {
    const keys = publishedKeys(periods);
    const late = checkReceipt(byFirst('2026-11-26T00:00:00.000Z'), keys);
    expect(late).toMatchObject({ ok: false, problem: 'outsideKeyPeriod' });
    expect(!late.ok && late.detail).toContain('2026-11-26T00:00:00.000Z');
    expect(checkReceipt(bySecond('2026-11-25T12:00:00.000Z'), keys)).toMatchObject({ problem: 'outsideKeyPeriod' });
  });

  it('reads back what it publishes, and refuses a file that is no key list', () => {
    const read = readKeyListJson(JSON.parse(JSON.stringify(keyListJson(periods))));
    expect(read?.map((key) => [key.keyId, key.validFrom, key.validUntil])).toEqual(
      periods.map((key) => [key.keyId, key.validFrom, key.validUntil]),
    );
    expect(readKeyListJson({ keys: [{ publicKey: 'not a key', validFrom: null }] })).toBeUndefined();
    expect(readKeyListJson({ keys: [{ publicKey: pem(first.publicKey), validFrom: 'yesterday' }] })).toBeUndefined();
    expect(readKeyListJson([])).toBeUndefined();
  });
});

describe('npm run verify-receipt -- --keys keys.json', { timeout: 4 * processTimeout }, () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'receipt-keys-'));
    writeFileSync(path.join(folder, 'keys.json'), JSON.stringify(keyListJson(periods)));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  async function verify(receipt: unknown) {
    const file = path.join(folder, 'receipt.json');
    writeFileSync(file, JSON.stringify(receipt));
    return run(process.execPath, ['scripts/verify-receipt.ts', file, '--keys', path.join(folder, 'keys.json')], {
      timeout: processTimeout,
    }).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code: number; stdout: string; stderr: string }) => ({
        code: error.code,
        stdout: error.stdout + error.stderr,
      }),
    );
  }

  it("confirms a retired key's receipt offline", async () => {
    const result = await verify(byFirst('2026-11-25T08:00:00.000Z'));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('✓ 18229-000001: authentic');
  });

  it('refuses a receipt of the retired key dated after it retired', async () => {
    const result = await verify(byFirst('2026-11-27T08:00:00.000Z'));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `✗ 18229-000001: dated 2026-11-27T08:00:00.000Z, outside the period of key ${keyIdOf(first.publicKey)}`,
    );
  });

  it('says so when the key list is not one', async () => {
    writeFileSync(path.join(folder, 'bad.json'), '{"keys": 3}');
    const file = path.join(folder, 'receipt.json');
    writeFileSync(file, JSON.stringify(byFirst('2026-11-25T08:00:00.000Z')));
    const result = await run(
      process.execPath,
      ['scripts/verify-receipt.ts', file, '--keys', path.join(folder, 'bad.json')],
      {
        timeout: processTimeout,
      },
    ).catch((error: { code: number; stderr: string }) => error);
    expect((result as { code: number }).code).toBe(1);
    expect((result as { stderr: string }).stderr).toContain('is not a key list');
  });
});
