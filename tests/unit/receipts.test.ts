import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../src/lib/i18n/messages.ts';
import {
  checkReceipt,
  differencesFromRegister,
  keyIdOf,
  signReceipt,
  type ReceiptBody,
} from '../../src/lib/receipts/receipt.ts';
import { receiptsInFile, receiptsPdf } from '../../src/lib/receipts/receipt-file.ts';
import { pdfText } from '../support/pdf-text.ts';

const portal = generateKeyPairSync('ed25519');
const keyId = keyIdOf(portal.publicKey);
const published = new Map([[keyId, portal.publicKey]]);

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
    const pdf = await receiptsPdf(signed, (code) => `https://chungtay.example/receipts/${code}`, catalogues);
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
    const inside = receiptsInFile(pdf)!;
    expect(inside).toEqual(JSON.parse(JSON.stringify(signed)));
    expect(inside.map((file) => checkReceipt(file, published).ok)).toEqual([true, true]);
    // The fonts embedded are Noto Sans, which has every Vietnamese letter.
    expect(pdf.toString('latin1')).toMatch(/NotoSans/);
  });

  it('reads a JSON receipt file and refuses what is not one', () => {
    const signed = signReceipt(body, portal.privateKey);
    expect(receiptsInFile(Buffer.from(JSON.stringify(signed)))).toHaveLength(1);
    expect(receiptsInFile(Buffer.from('not json'))).toBeUndefined();
    expect(receiptsInFile(Buffer.from('%PDF-1.3 nothing here'))).toBeUndefined();
  });
});
