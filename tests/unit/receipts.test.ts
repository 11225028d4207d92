import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../src/lib/i18n/messages.ts';
import {
  checkReceipt,
  differencesFromRegister,
  keyIdOf,
  readReceiptNumber,
  signReceipt,
  type ReceiptBody,
} from '../../src/lib/receipts/receipt.ts';
import { checkReceiptsFile, receiptsPdf } from '../../src/lib/receipts/receipt-file.ts';
import { formatCheckpoint } from '../../src/lib/transparency/checkpoint.ts';
import { receiptLeafData } from '../../src/lib/transparency/log-records.ts';
import { leafHash, nodeHash } from '../../src/lib/transparency/merkle.ts';
import { checkReceiptProof, type ProvenReceipt } from '../../src/lib/transparency/receipt-proof.ts';
import { ed25519Signer, ed25519Verifier, signNote } from '../../src/lib/transparency/signed-note.ts';
import { drawnAround, editedInPlace, withIncrementalUpdate } from '../support/forged-pdfs.ts';
import { pdfText } from '../support/pdf-text.ts';

const portal = generateKeyPairSync('ed25519');
const keyId = keyIdOf(portal.publicKey);
const published = new Map([[keyId, portal.publicKey]]);
const signer = { keyId, privateKey: portal.privateKey };
const verifyUrl = (code: string) => `https://chungtay.example/receipts/${code}`;

const body: ReceiptBody = {
  version: 1,
  code: '42-000017',
  issuer: 'province:42',
  issuerName: 'Tỉnh Hà Tĩnh',
  number: 17,
  issuedAt: '2026-11-25T03:00:00.000Z',
  donor: 'Công ty Xi măng Hoàng Mai',
  pledgeReference: 'CT7K9Q2XMA',
  gift: { kind: 'money', amount: '50000000', channel: 'bank_transfer' },
  receivedOn: '2026-11-24',
  target: { kind: 'province', code: '42', name: 'Tỉnh Hà Tĩnh' },
  ledgerSequence: 3,
  keyId,
};

describe('receipts', () => {
  it('verifies a receipt signed with the published key', () => {
    expect(checkReceipt(signReceipt(body, portal.privateKey), published)).toEqual({ ok: true, body });
  });

  it('says a receipt was altered when any signed detail changed', () => {
    const signed = signReceipt(body, portal.privateKey);
    const altered = { ...signed, body: { ...signed.body, gift: { ...signed.body.gift, amount: '500000000' } } };
    expect(checkReceipt(altered, published)).toMatchObject({ ok: false, problem: 'badSignature' });
  });

  it('says a receipt is forged when signed by a key the portal never published', () => {
    const forger = generateKeyPairSync('ed25519');
    const forged = signReceipt(body, forger.privateKey);
    expect(checkReceipt(forged, published)).toMatchObject({ ok: false, problem: 'badSignature' });
    const ownKey = signReceipt({ ...body, keyId: keyIdOf(forger.publicKey) }, forger.privateKey);
    expect(checkReceipt(ownKey, published)).toMatchObject({ ok: false, problem: 'unknownKey' });
  });

  it('says what is malformed', () => {
    expect(checkReceipt({ hello: 1 }, published)).toMatchObject({ ok: false, problem: 'malformed' });
    const signed = signReceipt(body, portal.privateKey);
    expect(checkReceipt({ ...signed, body: { ...body, extra: 1 } }, published)).toMatchObject({
      ok: false,
      problem: 'malformed',
      detail: expect.stringContaining('body') as string,
    });
  });

  it('names the fields in which a receipt differs from the register', () => {
    const other = { ...body, donor: 'Người khác', gift: { ...body.gift, amount: '1' } } as ReceiptBody;
    expect(differencesFromRegister(other, body)).toEqual(['donor', 'gift.amount']);
  });

  it('carries its signed receipts inside the PDF, with Vietnamese text, so the PDF verifies offline', async () => {
    const signed = [
      signReceipt(body, portal.privateKey),
      signReceipt({ ...body, code: '42-000018', number: 18 }, portal.privateKey),
    ];
    const pdf = await receiptsPdf(signed, verifyUrl, catalogues, signer);
    // One page per receipt, saying in both languages what was given, by whom, to whom, and how to check it.
    const { pages } = await pdfText(pdf);
    expect(pages).toHaveLength(2);
    for (const [i, page] of pages.entries()) {
      const { code } = signed[i]!.body;
      for (const phrase of [
        'BIÊN NHẬN ĐÓNG GÓP Receipt for a gift',
        `Số biên nhận / Receipt number ${code}`,
        'Đơn vị nhận / Received by Tỉnh Hà Tĩnh',
        'Người đóng góp / Donor Công ty Xi măng Hoàng Mai',
        'Đóng góp / Gift 50.000.000 ₫',
        'Bằng chữ / In words Năm mươi triệu đồng',
        'Hình thức / Channel Chuyển khoản',
        'Ngày nhận / Received on 24/11/2026',
        'Dành cho / For Tỉnh Hà Tĩnh',
        'Mã đóng góp / Pledge reference CT7K9Q2XMA',
        'Bút toán sổ cái số / Ledger transaction 3',
        'Ngày lập / Issued 25/11/2026 10:00 (GMT+7)',
        `Khóa ký / Signing key ${keyId}`,
        `https://chungtay.example/receipts/${code}`,
      ])
        expect(page).toContain(phrase);
      // The signature is printed whole, wrapped where the line ends.
      expect(page.replace(/\s/g, '')).toContain(signed[i]!.signature);
    }
    expect(checkReceiptsFile(pdf, published)).toEqual(
      signed.map((receipt) => ({ code: receipt.body.code, ok: true, body: receipt.body })),
    );
    // The fonts embedded are Noto Sans, which has every Vietnamese letter.
    expect(pdf.toString('latin1')).toMatch(/NotoSans/);
  });

  it('says on its page, in both languages, that the receipt is in the public log, and carries the proof in its data', async () => {
    // A log of two records, the receipt first: its audit path is the other leaf's hash.
    const origin = 'chungtay.example/transparency-log';
    const logKey = generateKeyPairSync('ed25519');
    const receipt = signReceipt(body, portal.privateKey);
    const other = leafHash(Buffer.from('ledger_transaction:3 …'));
    const root = nodeHash(leafHash(Buffer.from(receiptLeafData(receipt))), other);
    const checkpoint = signNote(formatCheckpoint({ origin, size: 2, rootHash: root, extensions: [] }), [
      ed25519Signer(origin, logKey.privateKey),
    ]);
    const proven: ProvenReceipt = {
      ...receipt,
      transparency: {
        index: 0,
        proof: [other.toString('base64')],
        checkpoint,
        checkpointSignedAt: '2026-11-25T03:05:00.000Z',
      },
    };
    const notYet = signReceipt({ ...body, code: '42-000018', number: 18 }, portal.privateKey);
    const pdf = await receiptsPdf([proven, notYet], verifyUrl, catalogues, signer);
    const [logged, pending] = (await pdfText(pdf)).pages.map((page) => page.replace(/\s+/g, ' '));
    expect(logged).toContain(
      'Biên nhận này đã được ghi vào sổ minh bạch công khai của cổng: bản ghi số 0, trong checkpoint gồm 2 bản ghi ký ngày 25/11/2026 10:05 (GMT+7).',
    );
    expect(logged).toContain(
      "This receipt is entered in the portal's public transparency log: record 0, in the checkpoint of 2 records signed on 25 Nov 2026 10:05 (GMT+7).",
    );
    expect(pending).toContain(catalogues.vi.transparencyLog.pdfNotLogged);
    expect(pending).toContain(catalogues.en.transparencyLog.pdfNotLogged);
    // What the page says is what the data it carries proves.
    const carried = JSON.parse(JSON.stringify(proven)) as unknown;
    expect(checkReceiptProof(carried, origin, ed25519Verifier(origin, logKey.publicKey))).toEqual({
      ok: true,
      index: 0,
      size: 2,
    });
  });

  it('reads a JSON receipt file and refuses what is not one', () => {
    const signed = signReceipt(body, portal.privateKey);
    expect(checkReceiptsFile(Buffer.from(JSON.stringify(signed)), published)).toEqual([
      { code: body.code, ok: true, body },
    ]);
    expect(checkReceiptsFile(Buffer.from('not json'), published)).toBeUndefined();
    expect(checkReceiptsFile(Buffer.from('%PDF-1.3 nothing here'), published)).toBeUndefined();
  });

  describe('a PDF that shows other than what was signed is not authentic', () => {
    const signed = [signReceipt(body, portal.privateKey)];
    const genuine = () => receiptsPdf(signed, verifyUrl, catalogues, signer);
    const fake = '1.000.000.000 đồng, Công ty Giả Mạo';
    /** What verification says of a PDF: not authentic, with the genuine data it wraps, to show beside. */
    const notAuthentic = (problem: string) => [
      { code: body.code, ok: false, problem, detail: expect.any(String), body },
    ];

    it('fails a PDF drawn around a genuine receipt’s signed data, even ending with the genuine PDF’s signature', async () => {
      for (const [forged, problem] of [
        [await drawnAround(signed, fake), 'pdfUnsigned'],
        [await drawnAround(signed, fake, await genuine()), 'pdfAltered'],
      ] as const) {
        expect((await pdfText(forged)).text).toBe(fake);
        expect(checkReceiptsFile(forged, published)).toEqual(notAuthentic(problem));
      }
    });

    it('fails a genuine PDF whose text was edited in place', async () => {
      const forged = editedInPlace(await genuine(), '5', '1');
      expect((await pdfText(forged)).text).toContain('Đóng góp / Gift 10.000.000 ₫');
      expect(checkReceiptsFile(forged, published)).toEqual(notAuthentic('pdfAltered'));
    });

    it('fails a genuine PDF with an incremental update, after its end or before its signature line', async () => {
      const pdf = await genuine();
      for (const [where, problem] of [
        ['atEnd', 'pdfUnsigned'],
        ['beforeLastLine', 'pdfAltered'],
      ] as const) {
        const forged = withIncrementalUpdate(pdf, '1.000.000.000 dong, Cong ty Gia Mao', where);
        expect((await pdfText(forged)).text).toContain('1.000.000.000 dong, Cong ty Gia Mao');
        expect(checkReceiptsFile(forged, published)).toEqual(notAuthentic(problem));
      }
    });

    it('fails a genuine PDF cut short, added to, or with any byte changed', async () => {
      const pdf = await genuine();
      expect(checkReceiptsFile(pdf.subarray(0, pdf.indexOf('xref')), published)).toEqual(notAuthentic('pdfUnsigned'));
      expect(checkReceiptsFile(pdf.subarray(0, -1), published)).toEqual(notAuthentic('pdfUnsigned'));
      expect(checkReceiptsFile(Buffer.concat([pdf, Buffer.from('\n')]), published)).toEqual(
        notAuthentic('pdfUnsigned'),
      );
      // One byte changed anywhere before the signature line, sampled through the whole file.
      for (let at = 5; at < pdf.length - 130; at += 997) {
        const changed = Buffer.from(pdf);
        changed[at] = changed[at]! ^ 0x01;
        expect(checkReceiptsFile(changed, published)?.[0]?.ok ?? false).toBe(false);
      }
    });

    it('fails a PDF signed with a key the portal never published', async () => {
      const forger = generateKeyPairSync('ed25519');
      const pdf = await receiptsPdf(signed, verifyUrl, catalogues, {
        keyId: keyIdOf(forger.publicKey),
        privateKey: forger.privateKey,
      });
      expect(checkReceiptsFile(pdf, published)).toEqual(notAuthentic('pdfAltered'));
    });
  });

  it('reads a receipt number as people type it', () => {
    for (const typed of ['42-000017', ' 42-17 ', '42 – 000017', '42-0000017'])
      expect(readReceiptNumber(typed)).toBe('42-000017');
    expect(readReceiptNumber('Bac-Giang-2024-3')).toBe('bac-giang-2024-000003');
    expect(readReceiptNumber('18229-1234567')).toBe('18229-1234567');
    for (const typed of ['', '42', '000017', '42-', '42-000000', '42/000017', 'x'.repeat(70) + '-1', '42-0x11'])
      expect(readReceiptNumber(typed)).toBeUndefined();
  });
});
