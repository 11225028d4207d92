import { eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import { payments, receipts } from '../../db/schema/index.ts';
import { feedResponse } from '../../src/lib/feeds/feed-response-store.ts';
import { catalogues, inEveryLanguage, messagesFor } from '../../src/lib/i18n/messages.ts';
import { demoPaymentPrefix } from '../../src/lib/pledges/demo-gifts.ts';
import { hasDemoData, hasDemoGifts, isDemoReceipt, seedDemoGifts } from '../../src/lib/pledges/demo-gift-store.ts';
import { receiptJson, receiptsPdf } from '../../src/lib/receipts/receipt-file.ts';
import { portalReceiptKeys } from '../../src/lib/receipts/signing-key.ts';
import { checkReceiptFile, findReceipt } from '../../src/lib/receipts/store.ts';
import { withLogProof } from '../../src/lib/transparency/log-store.ts';
import { createSeededDatabase } from './support/seeded-database.ts';
import { driverUnderTest } from './support/test-database.ts';

describe(`demo data is labelled demo in receipts and feeds (${driverUnderTest})`, () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createSeededDatabase();
    expect(await hasDemoGifts(database.db)).toBe(false);
    expect(await seedDemoGifts(database.db)).toBeGreaterThan(0);
  });
  afterAll(() => database?.close());

  const demoReceiptCode = async () => {
    const [row] = await database.db
      .select({ code: receipts.code })
      .from(receipts)
      .innerJoin(payments, eq(payments.id, receipts.paymentId))
      .where(like(payments.stripePaymentIntentId, `${demoPaymentPrefix}%`))
      .limit(1);
    return row!.code;
  };

  it('marks a demo gift’s receipt in its JSON and PDF, beside the signed data, which still verifies', async () => {
    expect(await hasDemoData(database.db)).toBe(true);
    const code = await demoReceiptCode();
    expect(await isDemoReceipt(database.db, code)).toBe(true);
    expect(await isDemoReceipt(database.db, 'xx-000001')).toBe(false);
    const receipt = await withLogProof(database.db, (await findReceipt(database.db, code))!);
    const notice = inEveryLanguage((t) => t.receipts.demoNotice);
    expect(notice.vi).toContain('Dữ liệu minh họa');
    const json = receiptJson(receipt, notice);
    expect(JSON.parse(json)).toEqual({ demo: notice, ...JSON.parse(JSON.stringify(receipt)) });
    const pdf = await receiptsPdf(
      [receipt],
      (c) => `https://chungtay.example/receipts/${c}`,
      catalogues,
      portalReceiptKeys(),
      new Set([code]),
    );
    // The information dictionary's Keywords (an object of its own): what a reader or an archive sees of the file.
    const keywords = (bytes: Buffer) => {
      const text = bytes.toString('latin1');
      const object = /\/Keywords (\d+) 0 R/.exec(text)?.[1];
      return object ? new RegExp(`\\n${object} 0 obj\\n\\(([^)]*)\\)`).exec(text)?.[1] : undefined;
    };
    expect(keywords(pdf)).toBe('demo');
    expect(keywords(await receiptsPdf([receipt], (c) => c, catalogues, portalReceiptKeys()))).toBeUndefined();
    for (const [content, name] of [
      [json, 'bien-nhan.json'],
      [pdf, 'bien-nhan.pdf'],
    ] as const) {
      const file = new File([typeof content === 'string' ? content : new Uint8Array(content)], name);
      const checked = await checkReceiptFile(database.db, { file });
      expect(checked.ok && checked.value.map((r) => [r.code, r.ok]), name).toEqual([[code, true]]);
    }
  });

  it('marks the ledger’s feed and each of its entries', async () => {
    const response = await feedResponse(
      database.db,
      'country',
      'vi',
      messagesFor('vi'),
      new URL('http://localhost/ledger/feed.atom'),
    );
    const xml = await response.text();
    const banner = messagesFor('vi').common.demoBanner;
    expect(/<subtitle>([^<]+)<\/subtitle>/.exec(xml)![1]).toContain(banner);
    const summaries = [...xml.matchAll(/<summary>([^<]+)<\/summary>/g)].map((m) => m[1]!);
    expect(summaries.length).toBeGreaterThan(0);
    expect(summaries.every((s) => s.startsWith(banner))).toBe(true);
  });
});
