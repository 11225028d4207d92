import { execFile } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogues } from '../../src/lib/i18n/messages.ts';
import { keyIdOf, signReceipt, type ReceiptBody } from '../../src/lib/receipts/receipt.ts';
import { receiptsPdf } from '../../src/lib/receipts/receipt-file.ts';
import { drawnAround, editedInPlace, withIncrementalUpdate } from '../support/forged-pdfs.ts';
import { MemoryLog } from '../support/memory-log.ts';
import { formatCheckpoint } from '../../src/lib/transparency/checkpoint.ts';
import { receiptLeafData } from '../../src/lib/transparency/log-records.ts';
import { inclusionProof, treeHash } from '../../src/lib/transparency/merkle.ts';
import type { ProvenReceipt } from '../../src/lib/transparency/receipt-proof.ts';
import { ed25519Signer, ed25519VerifierKey, signNote } from '../../src/lib/transparency/signed-note.ts';

const run = promisify(execFile);

// Each test starts Node (once or twice): generous limits, so that only a hung process fails a test,
// never a machine slowed by other work.
const processTimeout = 60_000;

/** `npm run verify-receipt`, as a donor or journalist runs it: offline, with the published key. */
async function verifyReceipt(file: string, keyFile: string, logKey?: string) {
  const withLog = logKey ? ['--log-key', logKey] : [];
  return run(process.execPath, ['scripts/verify-receipt.ts', file, '--public-key', keyFile, ...withLog], {
    timeout: processTimeout,
  }).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
  );
}

describe('npm run verify-receipt', { timeout: 6 * processTimeout }, () => {
  const portal = generateKeyPairSync('ed25519');
  // Files in a folder of the run's own, removed afterwards.
  let folder: string;
  let keyFile: string;
  beforeAll(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'receipts-'));
    keyFile = path.join(folder, 'portal.pem');
    writeFileSync(keyFile, portal.publicKey.export({ format: 'pem', type: 'spki' }));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const body: ReceiptBody = {
    version: 1,
    code: '18229-000001',
    issuer: 'commune:18229',
    issuerName: 'Xã Đức Thọ',
    number: 1,
    issuedAt: '2026-11-25T03:00:00.000Z',
    donor: null,
    pledgeReference: 'CT7K9Q2XMA',
    gift: { kind: 'labour', skill: 'mason', quantity: 10, unit: 'workday' },
    receivedOn: '2026-11-24',
    target: { kind: 'commune', code: '18229', name: 'Xã Đức Thọ' },
    ledgerSequence: 4,
    keyId: keyIdOf(portal.publicKey),
  };
  const signer = { keyId: body.keyId, privateKey: portal.privateKey };
  const pdfOf = () =>
    receiptsPdf([signReceipt(body, portal.privateKey)], (code) => `https://x.example/${code}`, catalogues, signer);

  it('confirms an authentic receipt, as JSON or as the PDF', async () => {
    const json = path.join(folder, 'receipt.json');
    writeFileSync(json, JSON.stringify(signReceipt(body, portal.privateKey)));
    expect(await verifyReceipt(json, keyFile)).toEqual({
      code: 0,
      stdout: '✓ 18229-000001: authentic — anonymous, 10 workday, received 2026-11-24, Xã Đức Thọ\n',
    });
    const pdf = path.join(folder, 'receipt.pdf');
    writeFileSync(pdf, await pdfOf());
    expect(await verifyReceipt(pdf, keyFile)).toEqual({
      code: 0,
      stdout: '✓ 18229-000001: authentic — anonymous, 10 workday, received 2026-11-24, Xã Đức Thọ\n',
    });
  });

  it('fails an altered receipt and says what is wrong', async () => {
    const signed = signReceipt(body, portal.privateKey);
    const altered = path.join(folder, 'altered.json');
    writeFileSync(altered, JSON.stringify({ ...signed, body: { ...body, gift: { ...body.gift, quantity: 100 } } }));
    expect(await verifyReceipt(altered, keyFile)).toEqual({
      code: 1,
      stdout: '✗ 18229-000001: the signature does not match the content: the receipt was altered or is forged\n',
    });
  });

  it('fails a PDF that shows other than the signed data it carries, and says what that data is', async () => {
    const genuine = await pdfOf();
    const signed = [signReceipt(body, portal.privateKey)];
    const fake = '100 ngày công, Công ty Giả Mạo';
    const says = "(the receipt's signed data says: anonymous, 10 workday, received 2026-11-24, Xã Đức Thọ)";
    const unsigned = `✗ 18229-000001: this PDF does not end with the portal’s signature of its pages (cut short, added to, or made elsewhere around a receipt’s data): do not trust what it shows ${says}\n`;
    const altered = `✗ 18229-000001: this PDF was changed after the portal made it: do not trust what it shows ${says}\n`;
    // Each made when its turn comes, so that the first to verify as authentic fails the test.
    for (const [name, forge, stdout] of [
      ['drawn', () => drawnAround(signed, fake), unsigned],
      ['drawn-signed', () => drawnAround(signed, fake, genuine), altered],
      ['edited', () => editedInPlace(genuine, '1', '7'), altered],
      ['updated', () => withIncrementalUpdate(genuine, '100 workdays', 'atEnd'), unsigned],
      ['updated-inside', () => withIncrementalUpdate(genuine, '100 workdays', 'beforeLastLine'), altered],
      ['truncated', () => genuine.subarray(0, genuine.indexOf('xref')), unsigned],
    ] as const) {
      const file = path.join(folder, `${name}.pdf`);
      writeFileSync(file, await forge());
      expect({ name, ...(await verifyReceipt(file, keyFile)) }).toEqual({ name, code: 1, stdout });
    }
  });

  describe('with the transparency log', () => {
    const origin = 'chungtay.example.vn/transparency-log';
    const log = generateKeyPairSync('ed25519');
    const logKey = ed25519VerifierKey(origin, log.publicKey);
    const other = generateKeyPairSync('ed25519');

    /** The receipt as the portal serves it: third record of a log of five, proven in its signed checkpoint. */
    async function proven(signer = log.privateKey): Promise<ProvenReceipt> {
      const receipt = signReceipt(body, portal.privateKey);
      const data = ['{"a":1}', '{"b":2}', receiptLeafData(receipt), '{"c":3}', '{"d":4}'].map((text) =>
        Buffer.from(text),
      );
      const { read } = await MemoryLog.of(data);
      const text = formatCheckpoint({ origin, size: 5, rootHash: await treeHash(5, read), extensions: [] });
      return {
        ...receipt,
        transparency: {
          index: 2,
          proof: (await inclusionProof(2, 5, read)).map((hash) => hash.toString('base64')),
          checkpoint: signNote(text, [ed25519Signer(origin, signer)]),
        },
      };
    }
    const authentic = '✓ 18229-000001: authentic — anonymous, 10 workday, received 2026-11-24, Xã Đức Thọ\n';

    it('confirms a receipt proven in a checkpoint the log signed, as JSON or as the PDF', async () => {
      const receipt = await proven();
      const json = path.join(folder, 'proven.json');
      writeFileSync(json, JSON.stringify(receipt));
      const included = `  ✓ in the transparency log ${origin}: record 2 of the checkpoint of 5\n`;
      expect(await verifyReceipt(json, keyFile, logKey)).toEqual({ code: 0, stdout: authentic + included });
      const pdf = path.join(folder, 'proven.pdf');
      writeFileSync(pdf, await receiptsPdf([receipt], (code) => `https://x.example/${code}`, catalogues, signer));
      expect(await verifyReceipt(pdf, keyFile, logKey)).toEqual({ code: 0, stdout: authentic + included });
    });

    it('fails a receipt whose proof, checkpoint or signer is not the log’s', async () => {
      const receipt = await proven();
      const flipped = Buffer.from(receipt.transparency!.proof[0]!, 'base64');
      flipped[0]! ^= 1;
      const cases: [string, unknown, string][] = [
        [
          'altered-path',
          {
            ...receipt,
            transparency: {
              ...receipt.transparency,
              proof: [flipped.toString('base64'), ...receipt.transparency!.proof.slice(1)],
            },
          },
          "the proof does not lead from this receipt to the root of the log's checkpoint of 5 records: the receipt or its proof was altered",
        ],
        [
          'other-index',
          { ...receipt, transparency: { ...receipt.transparency, index: 3 } },
          "the proof does not lead from this receipt to the root of the log's checkpoint of 5 records: the receipt or its proof was altered",
        ],
        [
          'other-signer',
          await proven(other.privateKey),
          `the checkpoint is not one signed by the log ${origin}: note has no verifiable signatures`,
        ],
        [
          'no-proof',
          signReceipt(body, portal.privateKey),
          'the receipt carries no inclusion proof in the transparency log',
        ],
      ];
      for (const [name, file, detail] of cases) {
        const json = path.join(folder, `${name}.json`);
        writeFileSync(json, JSON.stringify(file));
        const stdout = `${authentic}  ✗ transparency log ${origin}: ${detail}\n`;
        expect({ name, ...(await verifyReceipt(json, keyFile, logKey)) }).toEqual({ name, code: 1, stdout });
      }
    });
  });
});
