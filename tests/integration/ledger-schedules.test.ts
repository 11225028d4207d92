import { notInArray, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, DatabaseHandle } from '../../db/client.ts';
import {
  recordAllocation,
  recordDisbursement,
  reverseLedgerTransaction,
} from '../../src/lib/ledger/allocation-store.ts';
import { fundSummaries, homesMoney, moneySpent } from '../../src/lib/ledger/money-flow-store.ts';
import { createOfficial } from '../../src/lib/officials/store.ts';
import { recordCardPayment } from '../../src/lib/payments/card-payment-store.ts';
import { recordCardRefund } from '../../src/lib/payments/refund-store.ts';
import { moneyForArea } from '../../src/lib/ledger/public-ledger-store.ts';
import { createPledge, resolvePledgeTarget } from '../../src/lib/pledges/store.ts';
import { runLedgerCheck } from '../../src/lib/ledger/reconciliation-store.ts';
import { households } from '../../db/schema/index.ts';
import { doneStages } from '../../src/lib/households/vocabulary.ts';
import { readPledgeForm } from '../../src/lib/pledges/pledge-form.ts';
import { inCleanState, propertyParameters, propertyTimeout } from './support/properties.ts';
import { createSeededDatabase } from './support/seeded-database.ts';
import { driverUnderTest } from './support/test-database.ts';

/**
 * Random schedules of money in, refunds of it, allocations, payments to homes and reversals,
 * against a model of what each account should hold: the database accepts exactly what the model
 * can afford, the books always balance, the public totals equal the ledger, and the check reports
 * overdrawn exactly the accounts a refund took below zero. Each case starts from the same clean
 * database (support/properties.ts).
 */
const step = fc.oneof(
  {
    arbitrary: fc.record({
      op: fc.constant('pay' as const),
      home: fc.option(fc.nat(2), { freq: 2 }),
      amount: fc.integer({ min: 10, max: 100 }),
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      op: fc.constant('allocate' as const),
      home: fc.nat(2),
      amount: fc.integer({ min: 1, max: 80 }),
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      op: fc.constant('disburse' as const),
      home: fc.nat(2),
      amount: fc.integer({ min: 1, max: 60 }),
    }),
    weight: 3,
  },
  { arbitrary: fc.record({ op: fc.constant('reverse' as const), pick: fc.nat() }), weight: 2 },
  {
    arbitrary: fc.record({
      op: fc.constant('refund' as const),
      pick: fc.nat(),
      amount: fc.integer({ min: 1, max: 60 }),
    }),
    weight: 2,
  },
);

describe(`the books under any schedule (${driverUnderTest})`, () => {
  let database: DatabaseHandle;
  let commune: string;
  let homes: string[];
  let treasurer: { id: number; grants: { role: 'fund_treasurer'; unitCode: null }[] };

  beforeAll(async () => {
    database = await createSeededDatabase();
    const [row] = await database.db
      .select({
        commune: households.communeCode,
        homes: sql<string[]>`array_agg(${households.publicCode} order by ${households.publicCode})`,
      })
      .from(households)
      // Homes still to be built: a finished one takes no more pledges.
      .where(notInArray(households.stage, ['withdrawn', ...doneStages]))
      .groupBy(households.communeCode)
      .having(sql`count(*) >= 3`)
      .limit(1);
    commune = row!.commune;
    homes = row!.homes.slice(0, 3);
    const grants = [{ role: 'fund_treasurer' as const, unitCode: null }];
    const made = await createOfficial(
      database.db,
      { email: 'tq@example.vn', name: 'Thủ quỹ', password: 'một mật khẩu dài', grants },
      null,
    );
    if (!made.ok) throw new Error('email taken');
    treasurer = { id: made.value.id, grants };
  });
  afterAll(() => database?.close());

  async function pledgeTo(db: Database, targetKind: 'commune' | 'household', targetCode: string): Promise<string> {
    const read = readPledgeForm({
      targetKind,
      targetCode,
      kind: 'money',
      amount: '100.000.000',
      donorType: 'person',
      donorName: 'Lê Thị Mai',
      taxCode: '',
      displayChoice: 'initials',
      email: '',
    });
    if (!read.ok) throw new Error('bad form');
    const resolved = await resolvePledgeTarget(db, read.value, '2026-11-25');
    if (!resolved.ok) throw new Error(JSON.stringify(resolved.problems));
    return (await createPledge(db, read.value, resolved.value)).reference;
  }

  it(
    'accepts exactly what the funds can afford, balances, and publishes what the ledger holds',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), (steps) =>
          inCleanState(database.db, async (db) => {
            const unit = 100_000n;
            const model = { fund: 0n, held: [0n, 0n, 0n], paid: [0n, 0n, 0n] };
            const done: { sequence: number; kind: 'allocate' | 'disburse'; home: number; amount: bigint }[] = [];
            const paidIn: { intent: string; home: number | null; amount: bigint; refunded: bigint }[] = [];
            const reversed = new Set<number>();
            for (const [i, s] of steps.entries()) {
              if (s.op === 'pay') {
                const amount = BigInt(s.amount) * unit;
                const reference = await pledgeTo(
                  db,
                  s.home === null ? 'commune' : 'household',
                  s.home === null ? commune : homes[s.home]!,
                );
                const intent = `pi_${i}`;
                await recordCardPayment(db, { reference, paymentIntentId: intent, amount, paidAt: new Date() });
                paidIn.push({ intent, home: s.home, amount, refunded: 0n });
                if (s.home === null) model.fund += amount;
                else model.held[s.home]! += amount;
              } else if (s.op === 'refund') {
                if (paidIn.length === 0) continue;
                const payment = paidIn[s.pick % paidIn.length]!;
                const amount = BigInt(s.amount) * unit;
                // Stripe reports the total refunded so far; a refund is booked whatever the fund holds now.
                const result = await recordCardRefund(db, {
                  eventId: `evt_${i}`,
                  paymentIntentId: payment.intent,
                  refundedTotal: payment.refunded + amount,
                  refundedAt: new Date(),
                });
                expect(result.ok).toBe(payment.refunded + amount <= payment.amount);
                if (result.ok) {
                  payment.refunded += amount;
                  if (payment.home === null) model.fund -= amount;
                  else model.held[payment.home]! -= amount;
                }
              } else if (s.op === 'allocate') {
                const amount = BigInt(s.amount) * unit;
                const decision = {
                  number: `D-${i}`,
                  decidedOn: '2026-11-25',
                  fund: { kind: 'commune' as const, code: commune },
                  lines: [{ household: homes[s.home]!, amount }],
                };
                const result = await recordAllocation(db, decision, treasurer);
                expect(result.ok).toBe(model.fund >= amount);
                if (result.ok) {
                  model.fund -= amount;
                  model.held[s.home]! += amount;
                  done.push({ sequence: result.value.sequence, kind: 'allocate', home: s.home, amount });
                }
              } else if (s.op === 'disburse') {
                const amount = BigInt(s.amount) * unit;
                const payment = { household: homes[s.home]!, amount, paidOn: '2026-11-26', voucher: `PC-${i}` };
                const result = await recordDisbursement(db, payment, treasurer);
                expect(result.ok).toBe(model.held[s.home]! >= amount);
                if (result.ok) {
                  model.held[s.home]! -= amount;
                  model.paid[s.home]! += amount;
                  done.push({ sequence: result.value.sequence, kind: 'disburse', home: s.home, amount });
                }
              } else if (done.length > 0) {
                const target = done[s.pick % done.length]!;
                const result = await reverseLedgerTransaction(db, target.sequence, 'sai', '2026-11-27', treasurer);
                // Undoing an allocation takes the money back from the home, which must still hold it.
                const affordable = target.kind === 'disburse' || model.held[target.home]! >= target.amount;
                expect(result.ok).toBe(!reversed.has(target.sequence) && affordable);
                if (result.ok) {
                  reversed.add(target.sequence);
                  if (target.kind === 'allocate') {
                    model.fund += target.amount;
                    model.held[target.home]! -= target.amount;
                  } else {
                    model.paid[target.home]! -= target.amount;
                    model.held[target.home]! += target.amount;
                  }
                }
              }
            }

            const [fund] = await fundSummaries(db, { kind: 'commune', code: commune });
            expect(fund?.onHand ?? 0n).toBe(model.fund);
            const published = new Map((await homesMoney(db, commune)).map((home) => [home.household, home]));
            homes.forEach((code, i) => {
              expect(published.get(code)?.paid ?? 0n).toBe(model.paid[i]);
              expect(published.get(code)?.allocated ?? 0n).toBe(model.held[i]! + model.paid[i]!);
            });
            expect(await moneySpent(db, { kind: 'commune', code: commune })).toBe(
              model.paid.reduce((a, b) => a + b, 0n),
            );
            const received = paidIn.reduce((total, p) => total + p.amount - p.refunded, 0n);
            expect((await moneyForArea(db, { kind: 'commune', code: commune })).received).toBe(received);
            const overdrawn = [
              ...(model.fund < 0n ? [`fund:commune:${commune}`] : []),
              ...homes.filter((_, i) => model.held[i]! < 0n).map((code) => `household:${code}`),
            ];
            const check = await runLedgerCheck(db);
            expect(check?.findings.map((finding) => finding.detail).sort()).toEqual(overdrawn.sort());
            expect(check?.findings.every((finding) => finding.code === 'overdrawn')).toBe(true);
          }),
        ),
        propertyParameters(),
      );
    },
    propertyTimeout,
  );
});
