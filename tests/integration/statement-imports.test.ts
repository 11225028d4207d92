import { count, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import { statementImports } from '../../db/schema/index.ts';
import { moneyForArea } from '../../src/lib/ledger/public-ledger-store.ts';
import type { StatementCredit } from '../../src/lib/payments/bank-statement.ts';
import { receivedForPledge } from '../../src/lib/payments/store.ts';
import {
  importStatement,
  importStatementFile,
  statementFileLimits,
  statementFileMegabytes,
  uploadStatement,
} from '../../src/lib/payments/statement-store.ts';
import { listStatementConflicts, listUnmatchedStatementRows } from '../../src/lib/payments/statement-queue-store.ts';
import { createPledge, findPledgeByToken, resolvePledgeTarget } from '../../src/lib/pledges/store.ts';
import { readPledgeForm } from '../../src/lib/pledges/pledge-form.ts';
import { refusal } from './support/refusal.ts';
import { createSeededDatabase } from './support/seeded-database.ts';
import { statementCredits } from './support/statement-credits.ts';
import { driverUnderTest } from './support/test-database.ts';

const header = 'Ngày hạch toán,Mã giao dịch,Diễn giải,Ghi nợ,Ghi có';

/** Credits of VietinBank transactions `VTB<from>`… written by the test, `memo(i)` as description. */
function credits(from: number, count: number, memo: (i: number) => string = () => 'ung ho'): StatementCredit[] {
  return Array.from({ length: count }, (_, k) => {
    const i = from + k;
    return {
      transactionId: `VTB${i}`,
      bookedAt: new Date(Date.UTC(2024, 8, 10, 3, 0, i % 60)),
      amount: BigInt(10_000 * (1 + (i % 100))),
      description: memo(i),
      raw: { 'Mã giao dịch': `VTB${i}` },
    };
  });
}

describe(`importing large and repeated statements (${driverUnderTest})`, () => {
  let database: DatabaseHandle;
  const importsKept = async () => (await database.db.select({ n: count() }).from(statementImports))[0]!.n;

  async function moneyPledge(): Promise<{ id: number; reference: string }> {
    const read = readPledgeForm({
      targetKind: 'commune',
      targetCode: '18229',
      kind: 'money',
      amount: '100.000.000',
      donorType: 'person',
      donorName: 'Lê Thị Mai',
      taxCode: '',
      displayChoice: 'initials',
      email: '',
    });
    if (!read.ok) throw new Error('bad form');
    const resolved = await resolvePledgeTarget(database.db, read.value, '2026-11-24');
    if (!resolved.ok) throw new Error(JSON.stringify(resolved.problems));
    const { token } = await createPledge(database.db, read.value, resolved.value);
    return (await findPledgeByToken(database.db, token))!;
  }
  const statement = (bank: 'vietinbank', list: StatementCredit[], name = 'sao-ke.csv') => ({
    bank,
    fileName: name,
    sha256: 'a'.repeat(64),
    credits: list,
  });

  beforeAll(async () => {
    database = await createSeededDatabase();
  });
  afterAll(() => database?.close());

  it('imports 25,000 credits in one run, and adds none of them again', { timeout: 600_000 }, async () => {
    const many = credits(100_000, 25_000);
    const first = await importStatement(database.db, statement('vietinbank', many));
    expect(first).toMatchObject({ added: 25_000, alreadyImported: 0, conflicts: 0, matched: 0, unmatched: 25_000 });
    const again = await importStatement(database.db, statement('vietinbank', many));
    expect(again).toMatchObject({ added: 0, alreadyImported: 25_000, conflicts: 0, matched: 0, unmatched: 0 });
    expect((await listUnmatchedStatementRows(database.db, 10)).total).toBe(25_000);
  });

  it('keeps a transaction exported again with another amount as a conflict, counted nowhere', async () => {
    const pledge = await moneyPledge();
    const before = await moneyForArea(database.db, { kind: 'commune', code: '18229' });
    const original = await statementCredits(
      'vietinbank',
      `${header}\n20/11/2026 09:00,VTB2004,${pledge.reference} ung ho,,"222,000"\n` +
        `20/11/2026 09:05,VTB2005,khong ma,,"100,000"\n`,
    );
    expect(await importStatement(database.db, statement('vietinbank', original))).toMatchObject({
      added: 2,
      matched: 1,
    });
    const queued = (await listUnmatchedStatementRows(database.db, 100_000)).total;

    // The bank's re-export: VTB2004 with another amount, VTB2005 with another date and memo.
    const changed = await statementCredits(
      'vietinbank',
      `${header}\n20/11/2026 09:00,VTB2004,${pledge.reference} ung ho,,"9,222,000"\n` +
        `21/11/2026 09:05,VTB2005,khong ma (sua),,"100,000"\n`,
    );
    for (const time of [1, 2])
      expect(
        await importStatement(database.db, statement('vietinbank', changed, `lan-${time}.csv`)),
        `import ${time}`,
      ).toMatchObject({ added: 0, alreadyImported: 0, conflicts: 2, matched: 0, unmatched: 0 });

    // Kept once each (imported twice), beside the version kept first; nothing paid or counted.
    const conflicts = await listStatementConflicts(database.db, 10);
    expect(conflicts.total).toBe(2);
    expect(
      conflicts.rows.map(({ kept, arrived, fileName }) => [kept.transactionId, kept.amount, arrived, fileName]),
    ).toEqual([
      [
        'VTB2005',
        100_000n,
        { bookedAt: new Date('2026-11-21T02:05:00Z'), amount: 100_000n, description: 'khong ma (sua)' },
        'lan-1.csv',
      ],
      [
        'VTB2004',
        222_000n,
        { bookedAt: new Date('2026-11-20T02:00:00Z'), amount: 9_222_000n, description: `${pledge.reference} ung ho` },
        'lan-1.csv',
      ],
    ]);
    expect(await receivedForPledge(database.db, pledge.id)).toBe(222_000n);
    const after = await moneyForArea(database.db, { kind: 'commune', code: '18229' });
    expect(after.received - before.received).toBe(222_000n);
    expect((await listUnmatchedStatementRows(database.db, 100_000)).total).toBe(queued);
    // A conflict is a record of money: never changed, removed or emptied.
    expect(await refusal(database.db, sql`update statement_conflicts set amount = 222000`)).toMatch(/append-only/);
    expect(await refusal(database.db, sql`delete from statement_conflicts`)).toMatch(/append-only/);
    expect(await refusal(database.db, sql`truncate statement_conflicts`)).toMatch(/append-only/);
  });

  it('keeps a transaction given twice in one file, changed, once and as a conflict', async () => {
    const twice = await statementCredits(
      'vietinbank',
      `${header}\n20/11/2026 09:00,VTB3001,ung ho,,"50,000"\n20/11/2026 09:00,VTB3001,ung ho,,"50,000"\n` +
        `20/11/2026 09:00,VTB3001,ung ho,,"5,000,000"\n`,
    );
    expect(await importStatement(database.db, statement('vietinbank', twice))).toMatchObject({
      added: 1,
      alreadyImported: 1,
      conflicts: 1,
    });
  });

  it('books each transaction once when overlapping statements are imported at the same moment', async () => {
    const pledge = await moneyPledge();
    const memo = (i: number) => (i % 10 === 0 ? `${pledge.reference} ung ho ${i}` : `ung ho ${i}`);
    // Two exports sharing 2,000 transactions, the shared ones in opposite orders.
    const first = credits(200_000, 3_000, memo);
    const second = [...credits(201_000, 2_000, memo).reverse(), ...credits(203_000, 1_000, memo)];
    const results = await Promise.all([
      importStatement(database.db, statement('vietinbank', first, 'a.csv')),
      importStatement(database.db, statement('vietinbank', second, 'b.csv')),
    ]);
    expect(results.map((r) => r.added + r.alreadyImported)).toEqual([3_000, 3_000]);
    expect(results.reduce((sum, r) => sum + r.added, 0)).toBe(4_000);
    expect(results.reduce((sum, r) => sum + r.matched, 0)).toBe(400);
    const expected = credits(200_000, 4_000, memo)
      .filter((credit) => credit.description.startsWith(pledge.reference))
      .reduce((sum, credit) => sum + credit.amount, 0n);
    expect(await receivedForPledge(database.db, pledge.id)).toBe(expected);
  });

  it('refuses a workbook beyond its limit before reading it', async () => {
    const bytes = new Uint8Array(statementFileLimits.xlsx + 1);
    bytes.set([0x50, 0x4b]);
    const file = new File([bytes], 'sao-ke.xlsx');
    expect(await uploadStatement(database.db, { bank: 'vietinbank', file }, 1)).toEqual({
      ok: false,
      problems: [{ code: 'fileTooLarge', field: 'file', values: statementFileMegabytes }],
    });
  });

  it('writes nothing of a file refused at its last row', async () => {
    const imports = await importsKept();
    const rows = Array.from({ length: 3_000 }, (_, i) => `01/10/2025,VTB9${i},ung ho,,"1,000"`);
    const file = new Blob([`${header}\n${rows.join('\n')}\n01/10/2025,VTB9X,ung ho,,"1.234,56"\n`]);
    expect(await importStatementFile(database.db, { bank: 'vietinbank', file, fileName: 'x.csv' })).toEqual({
      ok: false,
      problems: [{ code: 'amountSeparators', values: { row: 3_002, column: 'Ghi có', value: '1.234,56' } }],
    });
    expect(await importsKept()).toBe(imports);
  });
});
