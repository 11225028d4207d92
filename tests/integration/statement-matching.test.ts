import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import { households } from '../../db/schema/index.ts';
import { listAuditEvents } from '../../src/lib/audit/store.ts';
import type { Actor } from '../../src/lib/households/stage-store.ts';
import { createOfficial } from '../../src/lib/officials/store.ts';
import { receivedForPledge } from '../../src/lib/payments/store.ts';
import { importStatement, uploadStatement } from '../../src/lib/payments/statement-store.ts';
import {
  listUnmatchedStatementRows,
  matchStatementRow,
  submitMatch,
} from '../../src/lib/payments/statement-queue-store.ts';
import { createPledge, resolvePledgeTarget } from '../../src/lib/pledges/store.ts';
import { statementCredits } from './support/statement-credits.ts';
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
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const target = await resolvePledgeTarget(database.db, read.value, '2026-11-25');
    if (!target.ok) throw new Error(JSON.stringify(target.problems));
    return createPledge(database.db, read.value, target.value);
  }

  async function make(email: string, grants: Grant[]): Promise<Actor> {
    const made = await createOfficial(database.db, { email, name: email, password: 'một mật khẩu dài', grants }, null);
    if (!made.ok) throw new Error('email taken');
    return { id: made.value.id, grants };
  }

  // Each test from the seeded database, with its own two officials: none depends on another's money.
  beforeEach(async () => {
    database = await createSeededDatabase();
    treasurer = await make('thuquy@example.vn', [{ role: 'fund_treasurer', unitCode: null }]);
    communeOfficer = await make('xa@example.vn', [{ role: 'commune_officer', unitCode: '18229' }]);
  });
  afterEach(() => database?.close());

  it('queues a credit without a reference until a treasurer matches it, once', async () => {
    const money = await pledge({ kind: 'money', amount: '2.000.000' });
    const credits = await statementCredits(
      'bidv',
      'Ngày GD,Số bút toán,Nội dung,Phát sinh nợ,Phát sinh có\n20/11/2026 08:00,BT001,NGUYEN THI LAN UNG HO,,2000000\n',
    );
    await importStatement(database.db, { bank: 'bidv', fileName: 'sao-ke.csv', sha256: 'b'.repeat(64), credits });
    const queued = (await listUnmatchedStatementRows(database.db, 100)).rows.find(
      (row) => row.transactionId === 'BT001',
    );
    expect(queued).toMatchObject({ transactionId: 'BT001', amount: 2_000_000n });

    expect(await matchStatementRow(database.db, queued!.id, money.reference, communeOfficer)).toEqual({
      ok: false,
      problems: [{ code: 'notTreasurer' }],
    });
    const cement = await pledge({ kind: 'material', material: 'cement', materialDescription: '', quantity: '10' });
    expect(await matchStatementRow(database.db, queued!.id, cement.reference, treasurer)).toEqual({
      ok: false,
      problems: [{ code: 'notMoney' }],
    });
    expect(await matchStatementRow(database.db, queued!.id, 'CT00000000', treasurer)).toEqual({
      ok: false,
      problems: [{ code: 'pledgeUnknown' }],
    });
    expect(await matchStatementRow(database.db, queued!.id, money.reference, treasurer)).toEqual({
      ok: true,
      value: undefined,
    });
    expect(await matchStatementRow(database.db, queued!.id, money.reference, treasurer)).toEqual({
      ok: false,
      problems: [{ code: 'alreadyMatched' }],
    });
    expect(await listUnmatchedStatementRows(database.db, 100)).toEqual({ rows: [], total: 0 });

    const { events } = await listAuditEvents(database.db, { offset: 0, limit: 2 });
    expect(events.map((event) => event.action)).toEqual(['statement_row_matched', 'statement_imported']);
  });

  it('counts the matched credit as money received for the pledge', async () => {
    const { reference } = await pledge({ kind: 'money', amount: '1.000.000' });
    const credits = await statementCredits(
      'bidv',
      'Ngày GD,Số bút toán,Nội dung,Phát sinh nợ,Phát sinh có\n21/11/2026 08:00,BT002,chuyen tien,,700000\n',
    );
    await importStatement(database.db, { bank: 'bidv', fileName: 'sao-ke-2.csv', sha256: 'c'.repeat(64), credits });
    const queued = (await listUnmatchedStatementRows(database.db, 100)).rows.find(
      (row) => row.transactionId === 'BT002',
    );
    expect(await matchStatementRow(database.db, queued!.id, reference, treasurer)).toEqual({
      ok: true,
      value: undefined,
    });
    const [row] = await database.db.query.pledges.findMany({ where: (p, { eq }) => eq(p.reference, reference) });
    expect(await receivedForPledge(database.db, row!.id)).toBe(700_000n);
  });

  it('imports an uploaded statement in one call, and matches a credit from the queue’s form', async () => {
    const { reference } = await pledge({ kind: 'money', amount: '3.000.000' });
    const csv = 'Ngày GD,Số bút toán,Nội dung,Phát sinh nợ,Phát sinh có\n22/11/2026 08:00,BT003,ung ho,,3000000\n';
    const file = new File([csv], 'sao-ke-3.csv', { type: 'text/csv' });
    expect(await uploadStatement(database.db, { bank: 'bidv' }, treasurer.id)).toEqual({
      ok: false,
      problems: [{ code: 'fileMissing', field: 'file' }],
    });
    expect(await uploadStatement(database.db, { bank: 'acb', file }, treasurer.id)).toEqual({
      ok: false,
      problems: [{ code: 'fileMissing', field: 'file' }],
    });
    expect(await uploadStatement(database.db, { bank: 'vietinbank', file }, treasurer.id)).toEqual({
      ok: false,
      problems: [
        {
          code: 'wrongLayout',
          field: 'file',
          values: { bank: 'VietinBank', columns: expect.stringContaining('Ngày hạch toán') },
        },
      ],
    });
    const imported = await uploadStatement(database.db, { bank: 'bidv', file }, treasurer.id);
    expect(imported).toMatchObject({ ok: true, value: { added: 1, alreadyImported: 0, matched: 0 } });
    const [queued] = (await listUnmatchedStatementRows(database.db, 100)).rows;
    expect(await submitMatch(database.db, { row: String(queued!.id), reference: 'ct 123' }, treasurer)).toEqual({
      ok: false,
      problems: [{ code: 'referenceInvalid', field: 'reference' }],
    });
    // A row that is missing, not a whole number or beyond any id names no credit: refused, not a crash.
    for (const row of [undefined, '', 'abc', '1.5', '-1', '99999999999'])
      expect(await submitMatch(database.db, { row, reference }, treasurer)).toEqual({
        ok: false,
        problems: [{ code: 'rowUnknown' }],
      });
    expect(
      await submitMatch(database.db, { row: String(queued!.id), reference: ` ${reference.toLowerCase()} ` }, treasurer),
    ).toEqual({ ok: true, value: undefined });
    expect(await listUnmatchedStatementRows(database.db, 100)).toEqual({ rows: [], total: 0 });
  });

  it('lets a treasurer match a credit only to a pledge whose fund is in their area, and a national one anywhere', async () => {
    // Lạng Sơn's treasurer; the other pledges are for Hà Tĩnh (42): Đức Thọ, and a home there.
    const langSon = await make('thuquy.langson@example.vn', [{ role: 'fund_treasurer', unitCode: '20' }]);
    const [home] = await database.db
      .select({ code: households.publicCode })
      .from(households)
      .where(and(eq(households.communeCode, '18229'), eq(households.stage, 'started')))
      .limit(1);
    const ownProvince = await pledge({ kind: 'money', amount: '100.000', targetKind: 'province', targetCode: '20' });
    const elsewhere = [
      await pledge({ kind: 'money', amount: '100.000' }),
      await pledge({ kind: 'money', amount: '100.000', targetKind: 'household', targetCode: home!.code }),
    ];
    const lines = ['BT201', 'BT202', 'BT203'].map((id) => `23/11/2026 08:00,${id},ung ho,,100000`);
    const credits = await statementCredits(
      'bidv',
      `Ngày GD,Số bút toán,Nội dung,Phát sinh nợ,Phát sinh có\n${lines.join('\n')}\n`,
    );
    await importStatement(database.db, { bank: 'bidv', fileName: 'sao-ke-4.csv', sha256: 'd'.repeat(64), credits });
    const queue = (await listUnmatchedStatementRows(database.db, 100)).rows;
    const row = (id: string) => queue.find((queued) => queued.transactionId === id)!.id;

    for (const [i, { reference }] of elsewhere.entries())
      expect(await matchStatementRow(database.db, row(`BT20${i + 1}`), reference, langSon)).toEqual({
        ok: false,
        problems: [{ code: 'notYourFund' }],
      });
    expect((await listUnmatchedStatementRows(database.db, 100)).rows.map((queued) => queued.transactionId)).toEqual([
      'BT201',
      'BT202',
      'BT203',
    ]);
    expect(await matchStatementRow(database.db, row('BT203'), ownProvince.reference, langSon)).toEqual({
      ok: true,
      value: undefined,
    });
    for (const [i, { reference }] of elsewhere.entries())
      expect(await matchStatementRow(database.db, row(`BT20${i + 1}`), reference, treasurer)).toEqual({
        ok: true,
        value: undefined,
      });
    expect(await listUnmatchedStatementRows(database.db, 100)).toEqual({ rows: [], total: 0 });
  });
});
