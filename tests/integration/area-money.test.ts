import { and, eq, notInArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import { cancelPledge, createPledge, resolvePledgeTarget } from '../../src/lib/pledges/store.ts';
import { moneyForArea, recordCardPayment } from '../../src/lib/payments/store.ts';
import { households } from '../../db/schema/index.ts';
import { doneStages } from '../../src/lib/households/vocabulary.ts';
import { readPledgeForm } from '../../src/lib/pledges/pledge-form.ts';
import { createSeededDatabase } from './support/seeded-database.ts';
import { driverUnderTest } from './support/test-database.ts';

describe(`money pledged and received for a commune, a province, a campaign (${driverUnderTest})`, () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createSeededDatabase();
  });
  afterAll(() => database?.close());

  async function pledge(targetKind: string, targetCode: string, amount: string) {
    const read = readPledgeForm({
      targetKind,
      targetCode,
      kind: 'money',
      amount,
      donorType: 'person',
      donorName: 'Phạm Minh Tuấn',
      taxCode: '',
      displayChoice: 'initials',
      email: '',
    });
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const target = await resolvePledgeTarget(database.db, read.value, '2026-11-25');
    if (!target.ok) throw new Error(JSON.stringify(target.problems));
    return createPledge(database.db, read.value, target.value);
  }

  it('counts the gifts to the commune and to its households, and no other place', async () => {
    const [open] = await database.db
      .select({ code: households.publicCode })
      .from(households)
      .where(and(eq(households.communeCode, '18229'), notInArray(households.stage, [...doneStages, 'withdrawn'])))
      .limit(1);
    await pledge('commune', '18229', '1.000.000');
    const toHousehold = await pledge('household', open!.code, '2.000.000');
    await pledge('province', '42', '3.000.000');
    await pledge('commune', '18244', '4.000.000');
    await pledge('commune', '00004', '5.000.000');
    await recordCardPayment(database.db, {
      reference: toHousehold.reference,
      paymentIntentId: 'pi_area_money',
      amount: 2_000_000n,
      paidAt: new Date('2026-11-25T03:00:00Z'),
    });

    const commune = (code: string) => ({ kind: 'commune' as const, code });
    expect(await moneyForArea(database.db, commune('18229'))).toEqual({ pledged: 3_000_000n, received: 2_000_000n });
    // Hà Tĩnh (42): its own fund and its communes, Đức Thọ (18229) and Đức Đồng (18244) among them.
    expect(await moneyForArea(database.db, { kind: 'province', code: '42' })).toEqual({
      pledged: 10_000_000n,
      received: 2_000_000n,
    });
  });

  it('drops a cancelled pledge from the total at once', async () => {
    const { token } = await pledge('commune', '18244', '6.000.000');
    const before = await moneyForArea(database.db, { kind: 'commune', code: '18244' });
    expect(await cancelPledge(database.db, token)).toEqual({ ok: true, value: undefined });
    expect(await moneyForArea(database.db, { kind: 'commune', code: '18244' })).toEqual({
      ...before,
      pledged: before.pledged - 6_000_000n,
    });
  });
});
