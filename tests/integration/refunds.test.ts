import { eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import { adminUnits, households, payments } from '../../db/schema/index.ts';
import { recordAllocation } from '../../src/lib/ledger/allocation-store.ts';
import { donorsOfFund, fundSummaries } from '../../src/lib/ledger/money-flow-store.ts';
import { moneyForArea, moneyIn } from '../../src/lib/ledger/public-ledger-store.ts';
import { latestLedgerCheck, runLedgerCheck } from '../../src/lib/ledger/reconciliation-store.ts';
import { accountBalances, checkLedgerChain } from '../../src/lib/ledger/store.ts';
import { createOfficial } from '../../src/lib/officials/store.ts';
import { recordCardPayment } from '../../src/lib/payments/card-payment-store.ts';
import { recordCardRefund, recordRefund } from '../../src/lib/payments/refund-store.ts';
import { receivedForPledge } from '../../src/lib/payments/store.ts';
import { importStatementFile } from '../../src/lib/payments/statement-store.ts';
import { donorWall } from '../../src/lib/recognition/store.ts';
import { lookUpReceipt } from '../../src/lib/receipts/store.ts';
import { refusal } from './support/refusal.ts';
import { pledgeFor } from './support/pledges.ts';
import { createSeededDatabase } from './support/seeded-database.ts';
import { driverUnderTest } from './support/test-database.ts';

/**
 * Money given back — by Stripe (`charge.refunded`) or by the bank — is a refund linked to its
 * payment and booked by its own ledger transaction; every figure of money received follows.
 */
describe(`refunds of payments (${driverUnderTest})`, () => {
  let database: DatabaseHandle;
  let pledge: { id: number; reference: string };
  const commune = '03151';
  const fund = { kind: 'commune' as const, code: commune };

  beforeEach(async () => {
    database = await createSeededDatabase();
    pledge = await pledgeFor(database.db, { targetKind: 'commune', targetCode: commune });
    const paid = await recordCardPayment(database.db, {
      reference: pledge.reference,
      paymentIntentId: 'pi_refunded',
      amount: 1_000_000n,
      paidAt: new Date('2026-11-20T03:00:00Z'),
    });
    expect(paid).toEqual({ ok: true, value: { alreadyRecorded: false } });
  });
  afterEach(() => database?.close());

  const refund = (eventId: string, refundedTotal: bigint) =>
    recordCardRefund(database.db, {
      eventId,
      paymentIntentId: 'pi_refunded',
      refundedTotal,
      refundedAt: new Date('2026-11-22T03:00:00Z'),
    });

  /** Every figure of money received that the public reads, for the one pledge and its commune. */
  async function figures() {
    const wall = await donorWall(database.db, { area: fund });
    const [summary] = await fundSummaries(database.db, fund);
    return {
      fund: [summary?.fromDonors, summary?.received, summary?.allocated, summary?.onHand],
      pledge: await receivedForPledge(database.db, pledge.id),
      area: (await moneyForArea(database.db, fund)).received,
      donors: (await donorsOfFund(database.db, fund, 10)).map((d) => [d.donor, d.amount, d.gifts]),
      wall: wall.map((w) => [w.key, w.cash]),
      listed: (await moneyIn(database.db, fund, '', { offset: 0, limit: 10 })).map((row) => [row.kind, row.amount]),
    };
  }

  it('drops every figure of money received by a partial, then a full, card refund', async () => {
    expect(await figures()).toEqual({
      fund: [1_000_000n, 1_000_000n, 0n, 1_000_000n],
      pledge: 1_000_000n,
      area: 1_000_000n,
      donors: [['Võ Thị Hạnh', 1_000_000n, 1]],
      wall: [['Võ Thị Hạnh', 1_000_000n]],
      listed: [['payment', 1_000_000n]],
    });
    expect(await refund('evt_1', 300_000n)).toEqual({ ok: true, value: { recorded: 300_000n } });
    expect(await figures()).toEqual({
      fund: [700_000n, 700_000n, 0n, 700_000n],
      pledge: 700_000n,
      area: 700_000n,
      donors: [['Võ Thị Hạnh', 700_000n, 1]],
      wall: [['Võ Thị Hạnh', 700_000n]],
      listed: [
        ['refund', -300_000n],
        ['payment', 1_000_000n],
      ],
    });
    // Stripe reports the total refunded so far: the rest of the payment now.
    expect(await refund('evt_2', 1_000_000n)).toEqual({ ok: true, value: { recorded: 700_000n } });
    const after = await figures();
    expect(after).toMatchObject({ fund: [0n, 0n, 0n, 0n], pledge: 0n, area: 0n, donors: [], wall: [] });
    expect(after.listed.map(([kind]) => kind)).toEqual(['refund', 'refund', 'payment']);
    await runLedgerCheck(database.db);
    expect(await latestLedgerCheck(database.db)).toMatchObject({ ok: true, findings: [] });
    expect(await checkLedgerChain(database.db)).toMatchObject({ ok: true, records: 3 });
    // The receipt stays as issued and authentic; looking it up says what was refunded since.
    expect(await lookUpReceipt(database.db, { number: `${commune}-000001` })).toMatchObject({
      ok: true,
      value: { ok: true, refunded: 1_000_000n },
    });
  });

  it('records a repeated, late or concurrent refund event once, and never more than was paid', async () => {
    // The same event twice at once, and an older total arriving after a newer one.
    const [first, again] = await Promise.all([refund('evt_a', 400_000n), refund('evt_a', 400_000n)]);
    expect([first, again]).toContainEqual({ ok: true, value: { recorded: 400_000n } });
    expect([first, again]).toContainEqual({ ok: true, value: { recorded: 0n } });
    expect(await refund('evt_b', 250_000n)).toEqual({ ok: true, value: { recorded: 0n } });
    expect(await refund('evt_c', 1_000_001n)).toMatchObject({
      ok: false,
      problems: [{ code: 'refundExceedsPayment' }],
    });
    expect(
      await recordCardRefund(database.db, {
        eventId: 'evt_d',
        paymentIntentId: 'pi_never_paid',
        refundedTotal: 1n,
        refundedAt: new Date(),
      }),
    ).toEqual({ ok: false, problems: [{ code: 'paymentUnknown' }] });
    expect(await receivedForPledge(database.db, pledge.id)).toBe(600_000n);
  });

  it('records a bank debit returning a transfer once, refused beyond the payment', async () => {
    const [payment] = await database.db.select({ id: payments.id }).from(payments);
    const debit = { bank: 'vietinbank' as const, bankTransactionId: 'VTB9001', refundedAt: new Date() };
    const record = (amount: bigint, bankTransactionId = debit.bankTransactionId) =>
      database.db.transaction((tx) => recordRefund(tx, payment!.id, { ...debit, bankTransactionId, amount }));
    expect(await record(200_000n)).toEqual({ ok: true, value: { recorded: true } });
    expect(await record(200_000n)).toEqual({ ok: true, value: { recorded: false } });
    expect(await record(900_000n, 'VTB9002')).toMatchObject({
      ok: false,
      problems: [{ code: 'refundExceedsPayment', values: { available: 800_000n, needed: 900_000n } }],
    });
    expect(await receivedForPledge(database.db, pledge.id)).toBe(800_000n);
  });

  it('records a debit of an imported statement that names a booked credit as its refund, once', async () => {
    const header = 'Ngày hạch toán,Mã giao dịch,Diễn giải,Ghi nợ,Ghi có,Loại tiền\n';
    const file = (rows: string) => new File([header + rows], 'sao-ke.csv');
    const importFile = (rows: string) =>
      importStatementFile(database.db, { bank: 'vietinbank', file: file(rows), fileName: 'sao-ke.csv' });
    const credit = `20/11/2026 08:00,VTB200401,${pledge.reference} ung ho,,"500,000.00",VND\n`;
    const returned = `22/11/2026 09:00,VTB300901,HOAN TRA GD VTB200401 chuyen nham,"200,000.00",,VND\n`;
    const spending = `22/11/2026 10:00,VTB300902,Chi mua xi mang PC-12,"300,000.00",,VND\n`;
    const tooMuch = `23/11/2026 09:00,VTB300903,Hoan tra VTB200401,"400,000.00",,VND\n`;
    expect(await importFile(credit + returned + spending)).toMatchObject({
      ok: true,
      value: { matched: 1, refunds: 1, refundsRefused: [] },
    });
    expect(await receivedForPledge(database.db, pledge.id)).toBe(1_300_000n);
    // The same statement again, and a later one with a debit larger than what is left of the credit.
    expect(await importFile(credit + returned + spending + tooMuch)).toMatchObject({
      ok: true,
      value: { added: 0, refunds: 0, refundsRefused: ['VTB300903'] },
    });
    expect(await receivedForPledge(database.db, pledge.id)).toBe(1_300_000n);
    // A debit recorded before, arriving again with another amount, is named, never booked twice.
    const changed = returned.replace('"200,000.00"', '"250,000.00"');
    expect(await importFile(credit + changed)).toMatchObject({
      ok: true,
      value: { refunds: 0, refundsRefused: ['VTB300901'] },
    });
    expect(await receivedForPledge(database.db, pledge.id)).toBe(1_300_000n);
    const listed = await moneyIn(database.db, fund, '', { offset: 0, limit: 10 });
    expect(listed.map((row) => [row.kind, row.amount, row.channel])).toContainEqual([
      'refund',
      -200_000n,
      'bank_transfer',
    ]);
  });

  it('books a refund of money already allocated, and reports the fund overdrawn until covered', async () => {
    const [unit] = await database.db
      .select({ province: adminUnits.provinceCode })
      .from(adminUnits)
      .where(eq(adminUnits.code, commune));
    const grants = [{ role: 'fund_treasurer' as const, unitCode: unit!.province! }];
    const made = await createOfficial(
      database.db,
      { email: 'thuquy@example.vn', name: 'Thủ quỹ', password: 'một mật khẩu dài', grants },
      null,
    );
    if (!made.ok) throw new Error('email taken');
    const [home] = await database.db
      .select({ code: households.publicCode })
      .from(households)
      .where(eq(households.communeCode, commune))
      .limit(1);
    const allocated = await recordAllocation(
      database.db,
      { number: '3/QĐ', decidedOn: '2026-11-21', fund, lines: [{ household: home!.code, amount: 900_000n }] },
      { id: made.value.id, grants },
    );
    expect(allocated.ok).toBe(true);
    expect(await refund('evt_late', 500_000n)).toEqual({ ok: true, value: { recorded: 500_000n } });
    const [held] = await accountBalances(database.db, [`fund:commune:${commune}`]);
    expect(held!.debits - held!.credits).toBe(-400_000n);
    await runLedgerCheck(database.db);
    expect((await latestLedgerCheck(database.db))?.findings).toEqual([
      { code: 'overdrawn', detail: `fund:commune:${commune}` },
    ]);
  });

  it('refuses, in the database, to change or remove a refund', async () => {
    await refund('evt_kept', 100_000n);
    expect(await refusal(database.db, sql`update payment_refunds set amount = 1`)).toMatch(/append-only/);
    expect(await refusal(database.db, sql`delete from payment_refunds`)).toMatch(/append-only/);
    expect(await refusal(database.db, sql`truncate payment_refunds`)).toMatch(/append-only/);
  });
});
