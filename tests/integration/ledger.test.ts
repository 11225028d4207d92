import { and, eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import {
  recordAllocation,
  recordDisbursement,
  reverseLedgerTransaction,
  submitAllocation,
  submitDisbursement,
  submitReversal,
  treasurerFunds,
} from '../../src/lib/ledger/allocation-store.ts';
import { recordDelivery } from '../../src/lib/pledges/delivery-store.ts';
import { bookUnbookedGifts } from '../../src/lib/ledger/gift-booking-store.ts';
import { accountBalances, checkLedgerChain } from '../../src/lib/ledger/store.ts';
import {
  allocationFlows,
  fundFlowView,
  fundSummaries,
  homesMoney,
  moneySpent,
  moneySpentByUnit,
} from '../../src/lib/ledger/money-flow-store.ts';
import { moneyIn, moneyOut } from '../../src/lib/ledger/public-ledger-store.ts';
import { toCsv, toRecords } from '../../src/lib/open-data/formats.ts';
import { moneyInColumns } from '../../src/lib/open-data/ledger-columns.ts';
import { importStatement } from '../../src/lib/payments/statement-store.ts';
import { statementCredits } from './support/statement-credits.ts';
import { latestLedgerCheck, runLedgerCheck } from '../../src/lib/ledger/reconciliation-store.ts';
import { createOfficial } from '../../src/lib/officials/store.ts';
import { recordCardPayment } from '../../src/lib/payments/card-payment-store.ts';
import { createPledge, resolvePledgeTarget } from '../../src/lib/pledges/store.ts';
import { checkReceiptFile, findReceipt, lookUpReceipt } from '../../src/lib/receipts/store.ts';
import { receiptsPdf } from '../../src/lib/receipts/receipt-file.ts';
import { catalogues } from '../../src/lib/i18n/messages.ts';
import { drawnAround } from '../support/forged-pdfs.ts';
import { adminUnits, allocationDecisions, households, payments, pledges, receipts } from '../../db/schema/index.ts';
import { readPledgeForm } from '../../src/lib/pledges/pledge-form.ts';
import { checkReceipt } from '../../src/lib/receipts/receipt.ts';
import { portalReceiptKeys } from '../../src/lib/receipts/signing-key.ts';
import { refusal } from './support/refusal.ts';
import { createSeededDatabase } from './support/seeded-database.ts';
import { driverUnderTest } from './support/test-database.ts';

const today = '2026-11-25';
const commune = '18229';

describe(`ledger, allocations and receipts (${driverUnderTest})`, () => {
  let database: DatabaseHandle;
  let province: string;
  let home: string;
  let treasurer: { id: number; grants: { role: 'fund_treasurer'; unitCode: string }[] };
  let officer: { id: number; grants: { role: 'commune_officer'; unitCode: string }[] };
  let paid = 0;

  async function pledge(fields: Record<string, string>) {
    const read = readPledgeForm({
      donorType: 'organisation',
      donorName: 'Công ty Xi măng Hoàng Mai',
      taxCode: '',
      displayChoice: 'full_name',
      email: '',
      ...fields,
    });
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const target = await resolvePledgeTarget(database.db, read.value, today);
    if (!target.ok) throw new Error(JSON.stringify(target.problems));
    return (await createPledge(database.db, read.value, target.value)).reference;
  }
  const pay = (reference: string, amount: bigint) =>
    recordCardPayment(database.db, { reference, paymentIntentId: `pi_${++paid}`, amount, paidAt: new Date() });
  const balance = async (account: string) => {
    const [row] = await accountBalances(database.db, [account]);
    return row ? row.debits - row.credits : 0n;
  };

  // Each test starts from the seeded database, with no money in it yet, and its own two officials.
  beforeEach(async () => {
    database = await createSeededDatabase();
    const [unit] = await database.db
      .select({ province: adminUnits.provinceCode })
      .from(adminUnits)
      .where(eq(adminUnits.code, commune));
    province = unit!.province!;
    const [household] = await database.db
      .select({ code: households.publicCode })
      .from(households)
      .where(eq(households.communeCode, commune))
      .limit(1);
    home = household!.code;
    const make = async <Role extends 'fund_treasurer' | 'commune_officer'>(
      email: string,
      role: Role,
      unitCode: string,
    ) => {
      const grants = [{ role, unitCode }];
      const made = await createOfficial(
        database.db,
        { email, name: email, password: 'một mật khẩu dài', grants },
        null,
      );
      if (!made.ok) throw new Error('email taken');
      return { id: made.value.id, grants };
    };
    treasurer = await make('thuquy@example.vn', 'fund_treasurer', province);
    officer = await make('canbo@example.vn', 'commune_officer', commune);
  });
  afterEach(() => database?.close());

  /** 50,000,000 đồng given to the province's fund, paid by card in two parts (ledger transactions 1 and 2). */
  async function fundProvince() {
    const reference = await pledge({
      targetKind: 'province',
      targetCode: province,
      kind: 'money',
      amount: '50.000.000',
    });
    expect(await pay(reference, 30_000_000n)).toEqual({ ok: true, value: { alreadyRecorded: false } });
    expect(await pay(reference, 20_000_000n)).toEqual({ ok: true, value: { alreadyRecorded: false } });
    return reference;
  }

  /** 40 of 100 bags of cement pledged to the commune, delivered. */
  async function deliverCement() {
    const reference = await pledge({
      targetKind: 'commune',
      targetCode: commune,
      kind: 'material',
      material: 'cement',
      materialDescription: '',
      quantity: '100',
    });
    const delivery = { quantity: 40, deliveredOn: '2026-11-20', note: '', photoKey: null };
    expect(await recordDelivery(database.db, reference, delivery, officer, today)).toEqual({
      ok: true,
      value: { delivered: 40 },
    });
  }

  /**
   * A season of the books, seven ledger transactions: the province's 50,000,000 đồng (1, 2); 40 bags
   * of cement delivered to the commune (3); decision 12/QĐ-MTTQ gives 20,000,000 to the commune and
   * 25,000,000 to a home (4), which is paid out (5); decision 14/QĐ-MTTQ gives the commune 1,000,000
   * (6), reversed as a mistake (7).
   */
  async function season() {
    await fundProvince();
    await deliverCement();
    const fund = { kind: 'province' as const, code: province };
    const lines = [
      { commune, amount: 20_000_000n },
      { household: home, amount: 25_000_000n },
    ];
    expect(
      await recordAllocation(database.db, { number: '12/QĐ-MTTQ', decidedOn: '2026-11-21', fund, lines }, treasurer),
    ).toMatchObject({ ok: true, value: { sequence: expect.any(Number) } });
    const payment = { household: home, amount: 25_000_000n, paidOn: '2026-11-22', voucher: 'PC-01' };
    expect(await recordDisbursement(database.db, payment, treasurer)).toMatchObject({
      ok: true,
      value: { sequence: expect.any(Number) },
    });
    const mistake = await recordAllocation(
      database.db,
      { number: '14/QĐ-MTTQ', decidedOn: '2026-11-23', fund, lines: [{ commune, amount: 1_000_000n }] },
      treasurer,
    );
    if (!mistake.ok) throw new Error(JSON.stringify(mistake));
    expect(
      await reverseLedgerTransaction(database.db, mistake.value.sequence, 'Nhầm xã', today, treasurer),
    ).toMatchObject({ ok: true, value: { sequence: expect.any(Number) } });
  }

  it('books money received into the fund it was given to, with a signed receipt numbered without gaps', async () => {
    const reference = await pledge({
      targetKind: 'province',
      targetCode: province,
      kind: 'money',
      amount: '50.000.000',
    });
    expect(await pay(reference, 30_000_000n)).toEqual({ ok: true, value: { alreadyRecorded: false } });
    expect(await pay(reference, 20_000_000n)).toEqual({ ok: true, value: { alreadyRecorded: false } });
    expect(await balance(`fund:province:${province}`)).toBe(50_000_000n);
    expect(await balance(`donations:province:${province}`)).toBe(-50_000_000n);

    const issued = await database.db
      .select()
      .from(receipts)
      .where(eq(receipts.issuer, `province:${province}`));
    expect(issued.map((receipt) => receipt.number).sort()).toEqual([1, 2]);
    const first = await findReceipt(database.db, `${province}-000001`);
    const keys = portalReceiptKeys();
    const check = checkReceipt(first, new Map([[keys.keyId, keys.publicKey]]));
    expect(check).toMatchObject({
      ok: true,
      body: {
        donor: 'Công ty Xi măng Hoàng Mai',
        pledgeReference: reference,
        gift: { kind: 'money', amount: '30000000' },
      },
    });
  });

  it('books deliveries in the in-kind book, in their own unit, each with a receipt', async () => {
    await deliverCement();
    const [delivered] = await accountBalances(database.db, [`delivered:commune:${commune}`]);
    expect(delivered).toMatchObject({ unit: 'cement:bag', debits: 40n, credits: 0n });
    const receipt = await findReceipt(database.db, `${commune}-000001`);
    expect(receipt?.body.gift).toEqual({
      kind: 'material',
      material: 'cement',
      description: null,
      quantity: 40,
      unit: 'bag',
    });
  });

  it('allocates a fund to a commune and a home, refuses to overspend it, and pays a home only what it was given', async () => {
    await fundProvince();
    const decision = {
      number: '12/QĐ-MTTQ',
      decidedOn: '2026-11-21',
      fund: { kind: 'province' as const, code: province },
      lines: [
        { commune, amount: 20_000_000n },
        { household: home, amount: 25_000_000n },
      ],
    };
    const allocated = await recordAllocation(database.db, decision, treasurer);
    expect(allocated).toMatchObject({ ok: true, value: { sequence: expect.any(Number) } });
    expect(await balance(`fund:province:${province}`)).toBe(5_000_000n);

    const tooMuch = { ...decision, number: '13/QĐ-MTTQ', lines: [{ commune, amount: 5_000_001n }] };
    expect(await recordAllocation(database.db, tooMuch, treasurer)).toEqual({
      ok: false,
      problems: [
        {
          code: 'overspent',
          values: { account: `fund:province:${province}`, available: 5_000_000n, needed: 5_000_001n },
        },
      ],
    });
    expect(
      await database.db.select().from(allocationDecisions).where(eq(allocationDecisions.number, tooMuch.number)),
    ).toEqual([]);

    const payment = { household: home, amount: 25_000_001n, paidOn: '2026-11-22', voucher: 'PC-01' };
    expect(await recordDisbursement(database.db, payment, treasurer)).toMatchObject({
      ok: false,
      problems: [{ code: 'overspent', values: { account: `household:${home}`, available: 25_000_000n } }],
    });
    expect(await recordDisbursement(database.db, { ...payment, amount: 25_000_000n }, treasurer)).toMatchObject({
      ok: true,
      value: { sequence: expect.any(Number) },
    });
    expect(await balance(`paid:${home}`)).toBe(25_000_000n);
    expect(await recordDisbursement(database.db, { ...payment, amount: 1n }, officer)).toEqual({
      ok: false,
      problems: [{ code: 'notYourFund' }],
    });
  });

  it('corrects by a linked reversal, once, and not after the money moved on', async () => {
    await fundProvince();
    const spent = await recordAllocation(
      database.db,
      {
        number: '14/QĐ-MTTQ',
        decidedOn: '2026-11-23',
        fund: { kind: 'province', code: province },
        lines: [{ commune, amount: 1_000_000n }],
      },
      treasurer,
    );
    if (!spent.ok) throw new Error(JSON.stringify(spent.problems));
    const reversed = await reverseLedgerTransaction(database.db, spent.value.sequence, 'Nhầm xã', today, treasurer);
    expect(reversed).toMatchObject({ ok: true, value: { sequence: expect.any(Number) } });
    expect(await reverseLedgerTransaction(database.db, spent.value.sequence, 'again', today, treasurer)).toMatchObject({
      ok: false,
      problems: [{ code: 'alreadyReversed' }],
    });
    expect(await balance(`fund:province:${province}`)).toBe(50_000_000n);
    // Transaction 1 is the first card payment: money received is never reversed by a treasurer.
    expect(await reverseLedgerTransaction(database.db, 1, 'a payment', today, treasurer)).toEqual({
      ok: false,
      problems: [{ code: 'notReversible' }],
    });

    // Money given to a home and already paid out to it can no longer be taken back.
    const toHome = await recordAllocation(
      database.db,
      {
        number: '15/QĐ-MTTQ',
        decidedOn: '2026-11-23',
        fund: { kind: 'province', code: province },
        lines: [{ household: home, amount: 2_000_000n }],
      },
      treasurer,
    );
    if (!toHome.ok) throw new Error(JSON.stringify(toHome));
    const payment = { household: home, amount: 2_000_000n, paidOn: '2026-11-24', voucher: 'PC-02' };
    expect(await recordDisbursement(database.db, payment, treasurer)).toMatchObject({
      ok: true,
      value: { sequence: expect.any(Number) },
    });
    expect(
      await reverseLedgerTransaction(database.db, toHome.value.sequence, 'Nhầm hộ', today, treasurer),
    ).toMatchObject({
      ok: false,
      problems: [{ code: 'overspent', values: { account: `household:${home}`, available: 0n } }],
    });
    expect(await balance(`fund:province:${province}`)).toBe(48_000_000n);
  });

  it('keeps the chain intact and refuses to change, remove or unbalance anything', async () => {
    await season();
    expect(await checkLedgerChain(database.db)).toMatchObject({ ok: true, records: 7 });
    expect(await refusal(database.db, sql`update ledger_entries set amount = amount + 1`)).toMatch(/append-only/);
    expect(await refusal(database.db, sql`delete from ledger_transactions`)).toMatch(/append-only/);
    expect(await refusal(database.db, sql`update receipts set body = '{}'`)).toMatch(/append-only/);
    expect(await refusal(database.db, sql`delete from allocation_lines`)).toMatch(/append-only/);
    // No record of money can be emptied at once either: by its own guard, or by the records that point at it.
    for (const table of [
      'payments',
      'statement_rows',
      'statement_conflicts',
      'deliveries',
      'allocation_decisions',
      'allocation_lines',
      'ledger_transactions',
      'ledger_entries',
      'receipts',
    ])
      expect(await refusal(database.db, sql.raw(`truncate ${table}`))).toMatch(
        /append-only|referenced in a foreign key constraint/,
      );
    expect(
      await refusal(
        database.db,
        sql`insert into ledger_entries (transaction_sequence, account, unit, amount) values (1, 'fund:x', 'VND', 5)`,
      ),
    ).toMatch(/does not balance/);
  });

  it('counts a gift for one home as received by its commune, so that received is never less than donors paid in', async () => {
    const forCommune = await pledge({ targetKind: 'commune', targetCode: commune, kind: 'money', amount: '4.000.000' });
    // A home whose works are under way: gifts are open to it.
    const [open] = await database.db
      .select({ code: households.publicCode })
      .from(households)
      .where(and(eq(households.communeCode, commune), eq(households.stage, 'started')))
      .limit(1);
    const forHome = await pledge({
      targetKind: 'household',
      targetCode: open!.code,
      kind: 'money',
      amount: '1.500.000',
    });
    await pay(forCommune, 4_000_000n);
    await pay(forHome, 1_500_000n);
    const [fund] = await fundSummaries(database.db, { kind: 'commune', code: commune });
    expect(fund).toMatchObject({
      fromDonors: 5_500_000n,
      straightToHomes: 1_500_000n,
      received: 5_500_000n,
      allocated: 1_500_000n,
      onHand: 4_000_000n,
    });
    expect(await balance(`household:${open!.code}`)).toBe(1_500_000n);
  });

  it('publishes money in and out of an area, searchable, with memos redacted', async () => {
    await season();
    const area = { kind: 'province' as const, code: province };
    const page = { offset: 0, limit: 50 };
    const received = await moneyIn(database.db, area, '', page);
    expect(received.map((row) => row.amount)).toEqual([20_000_000n, 30_000_000n]);
    expect(received[0]).toMatchObject({
      donor: 'Công ty Xi măng Hoàng Mai',
      channel: 'card',
      receipt: `${province}-000002`,
    });
    expect(await moneyIn(database.db, area, '30.000.000', page)).toHaveLength(1);
    expect(await moneyIn(database.db, area, 'hoàng mai', page)).toHaveLength(2);
    expect(await moneyIn(database.db, { kind: 'commune', code: commune }, '', page)).toEqual([]);

    const out = await moneyOut(database.db, { kind: 'commune', code: commune }, '', page);
    expect(out.map((row) => row.kind)).toEqual(['reversal', 'allocation', 'disbursement', 'allocation']);
    expect(out[1]).toMatchObject({ documentNumber: '14/QĐ-MTTQ', reversedBy: out[0]!.sequence });
    expect(await moneyOut(database.db, 'country', '12/QĐ', page)).toHaveLength(1);

    const [fund] = await fundSummaries(database.db, area);
    expect(fund).toMatchObject({
      fromDonors: 50_000_000n,
      received: 51_000_000n,
      allocated: 46_000_000n,
      onHand: 5_000_000n,
    });
    expect(await homesMoney(database.db, commune)).toEqual([
      { household: home, allocated: 25_000_000n, paid: 25_000_000n },
    ]);
    expect(await moneySpent(database.db, { kind: 'commune', code: commune })).toBe(25_000_000n);
    expect(await moneySpent(database.db, { kind: 'province', code: province })).toBe(25_000_000n);
    expect(await moneySpent(database.db, 'country')).toBe(25_000_000n);
    expect(await moneySpentByUnit(database.db, 'province')).toEqual(new Map([[province, 25_000_000n]]));
    const flows = await allocationFlows(database.db, { kind: 'commune', code: commune });
    expect(flows.in).toEqual([{ counterpart: `province:${province}`, amount: 20_000_000n, decisions: 1 }]);
  });

  it('publishes of a bank memo only what the donor chose to show of themselves', async () => {
    const gift = (donorName: string, displayChoice: string) =>
      pledge({
        targetKind: 'commune',
        targetCode: commune,
        kind: 'money',
        amount: '1.000.000',
        donorType: 'person',
        donorName,
        displayChoice,
      });
    const named = await gift('Lê Văn Tâm', 'full_name');
    const initials = await gift('Lê Thị Chuyên', 'initials');
    const anonymous = await gift('Lê Thị Chuyên', 'anonymous');
    const statement = [
      'Ngày GD,Số bút toán,Nội dung,Phát sinh nợ,Phát sinh có',
      `20/11/2026 08:00,M1,LE VAN TAM 0912345678 sinh 12/03/1985 chuyen tien ${named},,1000000`,
      `20/11/2026 08:05,M2,LE THI CHUYEN KHOAN chuyen tien ${initials},,1000000`,
      `20/11/2026 08:10,M3,Lê Thị Chuyên chuyển tiền ${anonymous},,1000000`,
    ];
    const credits = await statementCredits('bidv', `${statement.join('\n')}\n`);
    await importStatement(database.db, { bank: 'bidv', fileName: 'sao-ke.csv', sha256: 'd'.repeat(64), credits });

    const rows = await moneyIn(database.db, { kind: 'commune', code: commune }, '', { offset: 0, limit: 10 });
    const byReference = new Map(rows.map((row) => [row.reference, row]));
    expect(byReference.get(named)).toMatchObject({
      donor: 'Lê Văn Tâm',
      memo: `LE VAN TAM •••••••678 sinh ••/••/•••• chuyen tien ${named}`,
    });
    expect(byReference.get(initials)).toMatchObject({ donor: 'L.T.C.', memo: null });
    expect(byReference.get(anonymous)).toMatchObject({ donor: null, memo: null });
    // The page, the CSV and the JSON files all show these rows.
    const published = toCsv(rows, moneyInColumns) + JSON.stringify(toRecords(rows, moneyInColumns));
    expect(published).toContain(initials);
    expect(published).not.toMatch(/LE THI|Lê Thị|0912345678|1985/);
  });

  it('reconciles, names what is wrong when money is recorded outside the ledger, and books it', async () => {
    await season();
    expect(await runLedgerCheck(database.db)).toMatchObject({ ok: true, findings: [], ledgerSequence: 7 });
    const [pledge] = await database.db.select({ id: pledges.id }).from(pledges).limit(1);
    await database.db
      .insert(payments)
      .values({ pledgeId: pledge!.id, channel: 'card', amount: 1n, receivedAt: new Date() });
    const check = await runLedgerCheck(database.db);
    expect(check?.ok).toBe(false);
    expect(check?.findings.map((finding) => finding.code)).toEqual([
      'donationsDiffer',
      'paymentsUnbooked',
      'withoutReceipt',
    ]);
    expect(await latestLedgerCheck(database.db)).toEqual(check);

    // The migration command books it, with its receipt, and the books reconcile again.
    expect(await bookUnbookedGifts(database.db)).toEqual({ payments: 1, deliveries: 0 });
    expect(await bookUnbookedGifts(database.db)).toEqual({ payments: 0, deliveries: 0 });
    expect(await runLedgerCheck(database.db)).toMatchObject({ ok: true, findings: [] });
  });

  it('takes each of the treasurer’s forms in one call, and offers the funds they keep', async () => {
    await season();
    expect(await treasurerFunds(database.db, treasurer.grants)).toEqual([`province:${province}`]);
    expect(await treasurerFunds(database.db, [{ role: 'fund_treasurer', unitCode: null }])).toEqual([
      'campaign:national-2025',
    ]);
    expect(await treasurerFunds(database.db, officer.grants)).toEqual([]);

    const decision = {
      number: '15/QĐ-MTTQ',
      decidedOn: '2026-11-24',
      fund: `province:${province}`,
      recipient0: commune,
      amount0: '1.000.000',
    };
    expect(await submitAllocation(database.db, { ...decision, amount0: '-1' }, treasurer)).toEqual({
      ok: false,
      problems: [{ code: 'amountInvalid', field: 'amount0' }],
    });
    expect(await submitAllocation(database.db, { ...decision, amount0: '9.000.000' }, treasurer)).toMatchObject({
      ok: false,
      problems: [{ code: 'overspent', values: { account: `fund:province:${province}`, needed: 9_000_000n } }],
    });
    expect(await submitAllocation(database.db, decision, officer)).toEqual({
      ok: false,
      problems: [{ code: 'notYourFund' }],
    });
    const allocated = await submitAllocation(database.db, decision, treasurer);
    if (!allocated.ok) throw new Error(JSON.stringify(allocated.problems));

    expect(
      await submitDisbursement(database.db, { household: 'x', amount: '', paidOn: '', voucher: ' ' }, treasurer),
    ).toEqual({
      ok: false,
      problems: [
        { code: 'householdInvalid', field: 'household' },
        { code: 'amountInvalid', field: 'amount' },
        { code: 'dateInvalid', field: 'paidOn' },
        { code: 'voucherMissing', field: 'voucher' },
      ],
    });
    const reversal = { sequence: String(allocated.value.sequence), reason: 'Nhầm số' };
    expect(await submitReversal(database.db, reversal, treasurer, today)).toMatchObject({ ok: true });
    expect(await submitReversal(database.db, reversal, treasurer, today)).toEqual({
      ok: false,
      problems: [{ code: 'alreadyReversed', values: { detail: expect.any(String) } }],
    });
  });

  it('checks the receipts of an uploaded file in one call, and says why it could not', async () => {
    await fundProvince();
    const receipt = (await findReceipt(database.db, `${province}-000001`))!;
    const file = (content: string | Buffer, name = 'bien-nhan.json') =>
      new File([typeof content === 'string' ? content : new Uint8Array(content)], name);
    // A file without its inclusion proof is checked with the one the log gives.
    const inTheLog = expect.objectContaining({ ok: true, index: expect.any(Number) });
    expect(await checkReceiptFile(database.db, { file: file(JSON.stringify(receipt)) })).toEqual({
      ok: true,
      value: [{ code: `${province}-000001`, ok: true, body: receipt.body, refunded: 0n, log: inTheLog }],
    });
    // The PDF the portal serves verifies; one drawn around the same signed data does not, and the
    // data it wraps is told, for the reader to compare with what the PDF shows.
    const pdf = await receiptsPdf(
      [receipt],
      (code) => `https://chungtay.example/receipts/${code}`,
      catalogues,
      portalReceiptKeys(),
    );
    expect(await checkReceiptFile(database.db, { file: file(pdf, 'bien-nhan.pdf') })).toEqual({
      ok: true,
      value: [{ code: `${province}-000001`, ok: true, body: receipt.body, refunded: 0n, log: inTheLog }],
    });
    const forged = await drawnAround([receipt], '1.000.000.000 đồng, Công ty Giả Mạo');
    expect(await checkReceiptFile(database.db, { file: file(forged, 'bien-nhan.pdf') })).toEqual({
      ok: true,
      value: [{ code: `${province}-000001`, ok: false, problem: 'pdfUnsigned', body: receipt.body }],
    });
    expect(await checkReceiptFile(database.db, {})).toEqual({
      ok: false,
      problems: [{ code: 'fileMissing', field: 'file' }],
    });
    expect(await checkReceiptFile(database.db, { file: file('không phải biên nhận') })).toEqual({
      ok: false,
      problems: [{ code: 'noReceipt', field: 'file' }],
    });
    expect(await checkReceiptFile(database.db, { file: file('x'.repeat(2 * 1024 * 1024 + 1)) })).toEqual({
      ok: false,
      problems: [{ code: 'fileTooLarge', field: 'file' }],
    });
  });

  it('looks a receipt up by its number as printed, naming the donor only as they chose', async () => {
    for (const displayChoice of ['anonymous', 'initials'])
      await pay(
        await pledge({
          targetKind: 'province',
          targetCode: province,
          kind: 'money',
          amount: '1.000.000',
          displayChoice,
        }),
        1_000_000n,
      );
    const anonymous = await lookUpReceipt(database.db, { number: ` ${province}-1 ` });
    const initials = await lookUpReceipt(database.db, { number: `${province}-000002` });
    expect([anonymous, initials]).toEqual([
      {
        ok: true,
        value: {
          code: `${province}-000001`,
          ok: true,
          body: expect.objectContaining({ donor: null }),
          refunded: 0n,
          log: expect.objectContaining({ ok: true }),
        },
      },
      {
        ok: true,
        value: {
          code: `${province}-000002`,
          ok: true,
          body: expect.objectContaining({ donor: 'C.T.X.M.H.M.' }),
          refunded: 0n,
          log: expect.objectContaining({ ok: true }),
        },
      },
    ]);
    // Nothing of the donor's name is in what a lookup shows beyond what they chose.
    expect(
      JSON.stringify([anonymous, initials], (_, value) => (typeof value === 'bigint' ? String(value) : value)),
    ).not.toMatch(/Hoàng Mai|Xi măng/);
    expect(await lookUpReceipt(database.db, { number: `${province}-3` })).toEqual({
      ok: false,
      problems: [{ code: 'numberUnknown', field: 'number', values: { code: `${province}-000003` } }],
    });
    for (const [number, code] of [
      ['  ', 'numberMissing'],
      ['không phải số', 'numberMalformed'],
      [`${province}/000001`, 'numberMalformed'],
    ])
      expect(await lookUpReceipt(database.db, { number })).toEqual({
        ok: false,
        problems: [{ code, field: 'number' }],
      });
  });

  it('reads all the page following a fund’s money shows in one call', async () => {
    await season();
    const fund = { kind: 'commune' as const, code: commune };
    const view = await fundFlowView(database.db, fund);
    expect(view.summary).toEqual((await fundSummaries(database.db, fund)).find((s) => s.fund.code === commune));
    expect(view.flows).toEqual(await allocationFlows(database.db, fund));
    expect(view.homes).toEqual(await homesMoney(database.db, commune));
    expect(view.names.get(`commune:${commune}`)).toMatchObject({ vi: expect.any(String), en: expect.any(String) });
    expect(view.names.get(`province:${province}`)).toMatchObject({ vi: expect.any(String) });
  });
});
