import { and, asc, eq, notInArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import { households } from '../../db/schema/index.ts';
import { doneStages } from '../../src/lib/households/vocabulary.ts';
import { moneyForArea, moneyIn } from '../../src/lib/ledger/public-ledger-store.ts';
import { recordCardPayment } from '../../src/lib/payments/card-payment-store.ts';
import { donorWall, donorsForRecognition } from '../../src/lib/recognition/store.ts';
import { createOfficial } from '../../src/lib/officials/store.ts';
import { recordDelivery } from '../../src/lib/pledges/delivery-store.ts';
import { pledgeFor } from './support/pledges.ts';
import { createSeededDatabase } from './support/seeded-database.ts';
import { driverUnderTest } from './support/test-database.ts';

/**
 * What counts toward a campaign (src/lib/campaigns/campaign-reach-store.ts): gifts to a place in its
 * area that arrived within its period. Bắc Giang's plan covers the province in 2024; its page
 * said 0 ₫ received while its donor wall said 360,000,000 ₫, as the page counted only its fund
 * and the wall any commune holding its homes, at any date.
 */
describe(`what counts toward a campaign (${driverUnderTest})`, () => {
  let database: DatabaseHandle;
  let paid = 0;
  const campaign = 'bac-giang-2024';
  const elsewhere = '18229'; // Đức Thọ, Hà Tĩnh: outside Bắc Giang

  async function give(targetKind: string, targetCode: string, amount: number, on: string) {
    const { reference } = await pledgeFor(
      database.db,
      { targetKind, targetCode, amount: amount.toLocaleString('de-DE'), donorName: `Người góp ${++paid}` },
      null,
    );
    const result = await recordCardPayment(database.db, {
      reference,
      paymentIntentId: `pi_reach_${paid}`,
      amount: BigInt(amount),
      paidAt: new Date(on),
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
  }

  const wallTotal = async () =>
    (await donorWall(database.db, { campaignId: campaign })).reduce((sum, row) => sum + row.cash, 0n);
  const recognitionTotal = async () =>
    (await donorsForRecognition(database.db, campaign)).reduce((sum, row) => sum + row.cash, 0n);
  const ledgerTotal = async () =>
    (await moneyIn(database.db, { kind: 'campaign', code: campaign }, '', { offset: 0, limit: 100 })).reduce(
      (sum, row) => sum + row.amount,
      0n,
    );

  beforeAll(async () => {
    database = await createSeededDatabase();
  });
  afterAll(() => database?.close());

  it('reproduces the Bắc Giang case: 360,000,000 ₫ given in 2026 to a commune of its homes counts nowhere for the 2024 plan', async () => {
    const [home] = await database.db
      .select({ commune: households.communeCode })
      .from(households)
      .where(eq(households.campaignId, campaign))
      .orderBy(asc(households.publicCode))
      .limit(1);
    await give('commune', home!.commune, 360_000_000, '2026-03-02T03:00:00Z');
    const page = await moneyForArea(database.db, { kind: 'campaign', code: campaign });
    expect(page.received).toBe(0n);
    expect(await wallTotal()).toBe(0n);
    expect(await recognitionTotal()).toBe(0n);
    expect(await ledgerTotal()).toBe(0n);
  });

  it('counts gifts to its fund, its communes and its homes within 2024, and no gift outside its area or period', async () => {
    const [open] = await database.db
      .select({ code: households.publicCode, commune: households.communeCode })
      .from(households)
      .where(and(eq(households.campaignId, campaign), notInArray(households.stage, [...doneStages, 'withdrawn'])))
      .orderBy(asc(households.publicCode))
      .limit(1);
    await give('campaign', campaign, 20_000_000, '2024-07-01T03:00:00Z');
    await give('commune', open!.commune, 100_000_000, '2024-06-20T03:00:00Z');
    await give('household', open!.code, 5_000_000, '2024-08-15T03:00:00Z');
    // The last day of the period in Vietnam (31/12/2024 23:30 there) counts; the next day does not.
    await give('commune', open!.commune, 1_000_000, '2024-12-31T16:30:00Z');
    await give('commune', open!.commune, 2_000_000, '2024-12-31T17:30:00Z');
    await give('commune', elsewhere, 50_000_000, '2024-06-20T03:00:00Z');

    const counted = 126_000_000n;
    expect((await moneyForArea(database.db, { kind: 'campaign', code: campaign })).received).toBe(counted);
    expect(await wallTotal()).toBe(counted);
    expect(await recognitionTotal()).toBe(counted);
    expect(await ledgerTotal()).toBe(counted);
  });

  it('counts materials and workdays by the day they were delivered, and a campaign’s fund read as a place the same way', async () => {
    const [home] = await database.db
      .select({ commune: households.communeCode })
      .from(households)
      .where(eq(households.campaignId, campaign))
      .orderBy(asc(households.publicCode))
      .limit(1);
    const grants = [{ role: 'commune_officer' as const, unitCode: home!.commune }];
    const made = await createOfficial(
      database.db,
      { email: 'reach@example.vn', name: 'Cán bộ xã', password: 'một mật khẩu dài', grants },
      null,
    );
    if (!made.ok) throw new Error('email taken');
    const officer = { id: made.value.id, grants };
    const deliver = async (on: string) => {
      const { reference } = await pledgeFor(
        database.db,
        {
          targetKind: 'commune',
          targetCode: home!.commune,
          kind: 'labour',
          skill: 'mason',
          workdays: '10',
          donorName: `Thợ ${on}`,
        },
        null,
      );
      const done = await recordDelivery(
        database.db,
        reference,
        { quantity: 10, deliveredOn: on, note: '', photoKey: null },
        officer,
        '2026-11-30',
      );
      if (!done.ok) throw new Error(JSON.stringify(done.problems));
    };
    await deliver('2024-09-09');
    await deliver('2025-01-02');
    const wall = await donorWall(database.db, { campaignId: campaign });
    expect(wall.reduce((sum, row) => sum + row.workdays, 0)).toBe(10);
    expect(await donorWall(database.db, { area: { kind: 'campaign', code: campaign } })).toEqual(wall);
  });

  it('counts for the nationwide campaign every gift within its period, wherever it went', async () => {
    // National 2025: 19/6/2024 – 31/12/2025. Of the gifts above, only the 2026 one is outside.
    const national = await moneyForArea(database.db, { kind: 'campaign', code: 'national-2025' });
    expect(national.received).toBe(128_000_000n + 50_000_000n);
    const wall = await donorWall(database.db, { campaignId: 'national-2025' });
    expect(wall.reduce((sum, row) => sum + row.cash, 0n)).toBe(national.received);
  });
});
