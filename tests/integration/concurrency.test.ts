import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import { adminUnits, households, payments } from '../../db/schema/index.ts';
import { recordAllocation } from '../../src/lib/ledger/allocation-store.ts';
import { accountBalances } from '../../src/lib/ledger/store.ts';
import { createOfficial } from '../../src/lib/officials/store.ts';
import { recordCardPayment } from '../../src/lib/payments/card-payment-store.ts';
import { recordCardRefund } from '../../src/lib/payments/refund-store.ts';
import { receivedForPledge } from '../../src/lib/payments/store.ts';
import { pledgeFor } from './support/pledges.ts';
import { createSeededDatabase } from './support/seeded-database.ts';
import { driverUnderTest } from './support/test-database.ts';

/**
 * The same money arriving, or being spent, at the same moment: on Postgres these run on separate
 * connections at once (on PGlite, one after another). Each test starts from its own database.
 */
describe(`money at the same moment (${driverUnderTest})`, () => {
  let database: DatabaseHandle;
  let pledge: { id: number; reference: string };
  const commune = '18229';

  beforeEach(async () => {
    database = await createSeededDatabase();
    pledge = await pledgeFor(database.db, {
      targetKind: 'commune',
      targetCode: commune,
      amount: '10.000.000',
      donorType: 'organisation',
      donorName: 'Công ty Thử Nghiệm',
    });
  });
  afterEach(() => database?.close());

  it('records a card payment delivered eight times at once, once, with one receipt', async () => {
    const card = { reference: pledge.reference, paymentIntentId: 'pi_dup', amount: 2_000_000n, paidAt: new Date() };
    const answers = await Promise.all(Array.from({ length: 8 }, () => recordCardPayment(database.db, card)));
    expect(answers.filter((a) => a.ok && !a.value.alreadyRecorded)).toHaveLength(1);
    expect(answers.every((a) => a.ok)).toBe(true);
    expect(await database.db.select().from(payments)).toHaveLength(1);
    expect(await receivedForPledge(database.db, pledge.id)).toBe(2_000_000n);
    // Refund events at once, the same one repeated and a later total: what is refunded is the later total.
    const refund = (eventId: string, refundedTotal: bigint) =>
      recordCardRefund(database.db, { eventId, paymentIntentId: 'pi_dup', refundedTotal, refundedAt: new Date() });
    const refunds = await Promise.all([
      refund('evt_1', 500_000n),
      refund('evt_1', 500_000n),
      refund('evt_2', 800_000n),
      refund('evt_2', 800_000n),
    ]);
    expect(refunds.every((r) => r.ok)).toBe(true);
    expect(await receivedForPledge(database.db, pledge.id)).toBe(1_200_000n);
  });

  it('lets exactly one of two treasurers allocate the last đồng of a fund at the same moment', async () => {
    expect(
      await recordCardPayment(database.db, {
        reference: pledge.reference,
        paymentIntentId: 'pi_fund',
        amount: 3_000_000n,
        paidAt: new Date(),
      }),
    ).toMatchObject({ ok: true });
    const [unit] = await database.db
      .select({ province: adminUnits.provinceCode })
      .from(adminUnits)
      .where(eq(adminUnits.code, commune));
    const homes = await database.db
      .select({ code: households.publicCode })
      .from(households)
      .where(eq(households.communeCode, commune))
      .limit(2);
    const treasurers = await Promise.all(
      ['a@example.vn', 'b@example.vn'].map(async (email) => {
        const grants = [{ role: 'fund_treasurer' as const, unitCode: unit!.province! }];
        const made = await createOfficial(
          database.db,
          { email, name: email, password: 'một mật khẩu dài', grants },
          null,
        );
        if (!made.ok) throw new Error('email taken');
        return { id: made.value.id, grants };
      }),
    );
    const fund = { kind: 'commune' as const, code: commune };
    const results = await Promise.all(
      treasurers.map((treasurer, i) =>
        recordAllocation(
          database.db,
          {
            number: `${i + 1}/QĐ`,
            decidedOn: '2026-11-25',
            fund,
            lines: [{ household: homes[i]!.code, amount: 3_000_000n }],
          },
          treasurer,
        ),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toMatchObject([
      { problems: [{ code: 'overspent', values: { available: 0n, needed: 3_000_000n } }] },
    ]);
    const [held] = await accountBalances(database.db, [`fund:commune:${commune}`]);
    expect(held!.debits - held!.credits).toBe(0n);
  });
});
