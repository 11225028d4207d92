import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import { receivedForPledge } from '../../src/lib/payments/store.ts';
import { moneyForArea } from '../../src/lib/ledger/public-ledger-store.ts';
import { recordCardPayment } from '../../src/lib/payments/card-payment-store.ts';
import { importStatement } from '../../src/lib/payments/statement-store.ts';
import { payments } from '../../db/schema/index.ts';
import { statementCredits } from './support/statement-credits.ts';
import { refusal } from './support/refusal.ts';
import { pledgeFor } from './support/pledges.ts';
import { createSeededDatabase } from './support/seeded-database.ts';
import { driverUnderTest } from './support/test-database.ts';

describe(`bank statements and payments (${driverUnderTest})`, () => {
  let database: DatabaseHandle;
  let pledge: { id: number; reference: string };
  // Each test: a fresh seeded database and one pledge of 3,000,000 đồng to Bắc Kạn's commune 03151.
  beforeEach(async () => {
    database = await createSeededDatabase();
    pledge = await pledgeFor(database.db, { targetKind: 'commune', targetCode: '03151' });
  });
  afterEach(() => database?.close());

  const statement = (rows: string) =>
    statementCredits('vietinbank', `Ngày hạch toán,Mã giao dịch,Diễn giải,Ghi nợ,Ghi có\n${rows}`);

  it('matches credits to the pledge by the reference in their description, and queues the rest', async () => {
    const credits = await statement(
      `25/09/2025 14:30,FT1,${pledge.reference} ung ho,,"1,000,000"\n` +
        `26/09/2025 09:00,FT2,ung ho khong ghi ma,,"200,000"\n` +
        `27/09/2025 10:00,FT3,MBVCB.99887766.${pledge.reference.toLowerCase()}.chuyen tien,,"500,000"\n`,
    );
    const result = await importStatement(database.db, {
      bank: 'vietinbank',
      fileName: 'a.csv',
      sha256: 'a'.repeat(64),
      credits,
    });
    expect(result).toMatchObject({ added: 3, alreadyImported: 0, matched: 2 });
    expect(result.unmatched).toBe(1);
    expect(await receivedForPledge(database.db, pledge.id)).toBe(1_500_000n);
    expect(await moneyForArea(database.db, { kind: 'commune', code: '03151' })).toEqual({
      pledged: 3_000_000n,
      received: 1_500_000n,
    });
  });

  it('never imports a bank transaction twice, whatever file it comes in again', async () => {
    const first = await statement(`25/09/2025 14:30,FT1,${pledge.reference} ung ho,,"1,000,000"\n`);
    await importStatement(database.db, {
      bank: 'vietinbank',
      fileName: 'a.csv',
      sha256: 'a'.repeat(64),
      credits: first,
    });
    const again = await statement(
      `25/09/2025 14:30,FT1,${pledge.reference} ung ho,,"1,000,000"\n` +
        `28/09/2025 11:00,FT4,${pledge.reference},,"1,500,000"\n`,
    );
    const result = await importStatement(database.db, {
      bank: 'vietinbank',
      fileName: 'b.csv',
      sha256: 'b'.repeat(64),
      credits: again,
    });
    expect(result).toMatchObject({ added: 1, alreadyImported: 1, matched: 1, unmatched: 0 });
    expect(await receivedForPledge(database.db, pledge.id)).toBe(2_500_000n);
    // The same file a second time: nothing new at all.
    expect(
      await importStatement(database.db, {
        bank: 'vietinbank',
        fileName: 'b.csv',
        sha256: 'b'.repeat(64),
        credits: again,
      }),
    ).toMatchObject({ added: 0, alreadyImported: 2, matched: 0 });
    expect(await receivedForPledge(database.db, pledge.id)).toBe(2_500_000n);
  });

  it('records a card payment once however often Stripe reports it, and none for an unknown pledge', async () => {
    const card = { reference: pledge.reference, paymentIntentId: 'pi_test_once', amount: 250_000n, paidAt: new Date() };
    expect(await recordCardPayment(database.db, card)).toEqual({ ok: true, value: { alreadyRecorded: false } });
    expect(await recordCardPayment(database.db, card)).toEqual({ ok: true, value: { alreadyRecorded: true } });
    expect(
      await recordCardPayment(database.db, { ...card, reference: 'CTZZZZZZZZ', paymentIntentId: 'pi_other' }),
    ).toEqual({ ok: false, problems: [{ code: 'pledgeUnknown' }] });
    expect(await receivedForPledge(database.db, pledge.id)).toBe(250_000n);
  });

  it('refuses, in the database, to change or remove a record of money', async () => {
    // One payment by card and one by transfer (with its statement row), for the refusals to act on.
    const card = { reference: pledge.reference, paymentIntentId: 'pi_kept', amount: 250_000n, paidAt: new Date() };
    expect(await recordCardPayment(database.db, card)).toEqual({ ok: true, value: { alreadyRecorded: false } });
    const credits = await statement(`25/09/2025 14:30,FT1,${pledge.reference},,"1,000,000"\n`);
    await importStatement(database.db, { bank: 'vietinbank', fileName: 'a.csv', sha256: 'a'.repeat(64), credits });
    const before = await database.db.select().from(payments).orderBy(payments.id);
    expect(before.map((payment) => payment.amount)).toEqual([250_000n, 1_000_000n]);

    expect(await refusal(database.db, sql`update payments set amount = 1`)).toMatch(/payments is append-only/);
    expect(await refusal(database.db, sql`delete from payments`)).toMatch(/payments is append-only/);
    expect(await refusal(database.db, sql`update statement_rows set description = 'x'`)).toMatch(
      /statement_rows is append-only/,
    );
    expect(await database.db.select().from(payments).orderBy(payments.id)).toEqual(before);
    expect(await receivedForPledge(database.db, pledge.id)).toBe(1_250_000n);
  });
});
