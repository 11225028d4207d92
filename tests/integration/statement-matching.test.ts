import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import { listAuditEvents } from '../../src/lib/audit/store.ts';
import type { Actor } from '../../src/lib/households/stage-store.ts';
import { createOfficial } from '../../src/lib/officials/store.ts';
import { importStatement, receivedForPledge } from '../../src/lib/payments/store.ts';
import { createPledge, resolvePledgeTarget } from '../../src/lib/pledges/store.ts';
import { listUnmatchedStatementRows, matchStatementRow } from '../../src/lib/payments/statement-matching-store.ts';
import { readStatement } from '../../src/lib/payments/bank-statement.ts';
import type { Grant } from '../../src/lib/officials/roles.ts';
import { readPledgeForm } from '../../src/lib/pledges/pledge-form.ts';
import { createSeededDatabase } from './support/seeded-database.ts';
import { driverUnderTest } from './support/test-database.ts';

describe(`matching bank credits by hand (${driverUnderTest})`, () => {
  let database: DatabaseHandle;
  let treasurer: Actor;
  let communeOfficer: Actor;

  async function pledge(fields: Record<string, string>) {
    const read = readPledgeForm({
      targetKind: 'commune',
      targetCode: '18229',
      donorType: 'person',
      donorName: 'Nguyễn Thị Lan',
      taxCode: '',
      displayChoice: 'initials',
      email: '',
      ...fields,
    });
    if (!('form' in read)) throw new Error(JSON.stringify(read.problems));
    const target = await resolvePledgeTarget(database.db, read.form, '2026-11-25');
    if (!('target' in target)) throw new Error(target.problem);
    return createPledge(database.db, read.form, target.target);
  }

  beforeAll(async () => {
    database = await createSeededDatabase();
    const make = async (email: string, grants: Grant[]) => {
      const made = await createOfficial(
        database.db,
        { email, name: email, password: 'một mật khẩu dài', grants },
        null,
      );
      return { id: made.id, grants };
    };
    treasurer = await make('thuquy@example.vn', [{ role: 'fund_treasurer', unitCode: null }]);
    communeOfficer = await make('xa@example.vn', [{ role: 'commune_officer', unitCode: '18229' }]);
  });
  afterAll(() => database?.close());

  it('queues a credit without a reference until a treasurer matches it, once', async () => {
    const money = await pledge({ kind: 'money', amount: '2.000.000' });
    const credits = readStatement(
      'bidv',
      'Ngày GD,Số bút toán,Nội dung,Phát sinh nợ,Phát sinh có\n20/11/2026 08:00,BT001,NGUYEN THI LAN UNG HO,,2000000\n',
    ).credits;
    await importStatement(database.db, { bank: 'bidv', fileName: 'sao-ke.csv', sha256: 'b'.repeat(64), credits });
    const queued = (await listUnmatchedStatementRows(database.db)).find((row) => row.transactionId === 'BT001');
    expect(queued).toMatchObject({ transactionId: 'BT001', amount: 2_000_000n });

    expect(await matchStatementRow(database.db, queued!.id, money.reference, communeOfficer)).toEqual({
      problem: 'notTreasurer',
    });
    const cement = await pledge({ kind: 'material', material: 'cement', materialDescription: '', quantity: '10' });
    expect(await matchStatementRow(database.db, queued!.id, cement.reference, treasurer)).toEqual({
      problem: 'notMoney',
    });
    expect(await matchStatementRow(database.db, queued!.id, 'CT00000000', treasurer)).toEqual({
      problem: 'pledgeUnknown',
    });
    expect(await matchStatementRow(database.db, queued!.id, money.reference, treasurer)).toEqual({ matched: true });
    expect(await matchStatementRow(database.db, queued!.id, money.reference, treasurer)).toEqual({
      problem: 'alreadyMatched',
    });
    expect(await listUnmatchedStatementRows(database.db)).toEqual([]);

    const { events } = await listAuditEvents(database.db, { offset: 0, limit: 2 });
    expect(events.map((event) => event.action)).toEqual(['statement_row_matched', 'statement_imported']);
  });

  it('counts the matched credit as money received for the pledge', async () => {
    const { reference } = await pledge({ kind: 'money', amount: '1.000.000' });
    const credits = readStatement(
      'bidv',
      'Ngày GD,Số bút toán,Nội dung,Phát sinh nợ,Phát sinh có\n21/11/2026 08:00,BT002,chuyen tien,,700000\n',
    ).credits;
    await importStatement(database.db, { bank: 'bidv', fileName: 'sao-ke-2.csv', sha256: 'c'.repeat(64), credits });
    const queued = (await listUnmatchedStatementRows(database.db)).find((row) => row.transactionId === 'BT002');
    expect(await matchStatementRow(database.db, queued!.id, reference, treasurer)).toEqual({ matched: true });
    const [row] = await database.db.query.pledges.findMany({ where: (p, { eq }) => eq(p.reference, reference) });
    expect(await receivedForPledge(database.db, row!.id)).toBe(700_000n);
  });
});
