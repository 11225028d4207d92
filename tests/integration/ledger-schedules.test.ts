import { notInArray, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import {
  recordAllocation,
  recordDisbursement,
  reverseLedgerTransaction,
} from '../../src/lib/ledger/allocation-store.ts';
import { fundSummaries, homesMoney, moneySpent } from '../../src/lib/ledger/money-flow-store.ts';
import { createOfficial } from '../../src/lib/officials/store.ts';
import { recordCardPayment } from '../../src/lib/payments/card-payment-store.ts';
import { createPledge, resolvePledgeTarget } from '../../src/lib/pledges/store.ts';
import { runLedgerCheck } from '../../src/lib/ledger/reconciliation-store.ts';
import { households } from '../../db/schema/index.ts';
import { doneStages } from '../../src/lib/households/vocabulary.ts';
import { readPledgeForm } from '../../src/lib/pledges/pledge-form.ts';
import { createSeededDatabase } from './support/seeded-database.ts';
import { driverUnderTest } from './support/test-database.ts';

/**
 * Random schedules of money in, allocations, payments to homes and reversals, against a model
 * of what each account should hold: the database accepts exactly what the model can afford,
 * the books always balance, and the public totals equal the ledger.
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
);

describe(`the books under any schedule (${driverUnderTest})`, () => {
  let database: DatabaseHandle;
  let communes: { commune: string; homes: string[] }[];
  let treasurer: { id: number; grants: { role: 'fund_treasurer'; unitCode: null }[] };
  let run = 0;

  beforeAll(async () => {
    database = await createSeededDatabase();
    const rows = await database.db
      .select({
        commune: households.communeCode,
        homes: sql<string[]>`array_agg(${households.publicCode} order by ${households.publicCode})`,
      })
      .from(households)
      // Homes still to be built: a finished one takes no more pledges.
      .where(notInArray(households.stage, ['withdrawn', ...doneStages]))
      .groupBy(households.communeCode)
      .having(sql`count(*) >= 3`);
    communes = rows.map((row) => ({ commune: row.commune, homes: row.homes.slice(0, 3) }));
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

  async function pledgeTo(targetKind: 'commune' | 'household', targetCode: string): Promise<string> {
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
    const resolved = await resolvePledgeTarget(database.db, read.value, '2026-11-25');
    if (!resolved.ok) throw new Error(JSON.stringify(resolved.problems));
    return (await createPledge(database.db, read.value, resolved.value)).reference;
  }

  it('accepts exactly what the funds can afford, balances, and publishes what the ledger holds', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        const { commune, homes } = communes[run++]!;
        const unit = 100_000n;
        const model = { fund: 0n, held: [0n, 0n, 0n], paid: [0n, 0n, 0n] };
        const done: { sequence: number; kind: 'allocate' | 'disburse'; home: number; amount: bigint }[] = [];
        const reversed = new Set<number>();
        for (const [i, s] of steps.entries()) {
          if (s.op === 'pay') {
            const amount = BigInt(s.amount) * unit;
            const reference = await pledgeTo(
              s.home === null ? 'commune' : 'household',
              s.home === null ? commune : homes[s.home]!,
            );
            await recordCardPayment(database.db, {
              reference,
              paymentIntentId: `pi_${run}_${i}`,
              amount,
              paidAt: new Date(),
            });
            if (s.home === null) model.fund += amount;
            else model.held[s.home]! += amount;
          } else if (s.op === 'allocate') {
            const amount = BigInt(s.amount) * unit;
            const decision = {
              number: `${run}-${i}`,
              decidedOn: '2026-11-25',
              fund: { kind: 'commune' as const, code: commune },
              lines: [{ household: homes[s.home]!, amount }],
            };
            const result = await recordAllocation(database.db, decision, treasurer);
            expect(result.ok).toBe(model.fund >= amount);
            if (result.ok) {
              model.fund -= amount;
              model.held[s.home]! += amount;
              done.push({ sequence: result.value.sequence, kind: 'allocate', home: s.home, amount });
            }
          } else if (s.op === 'disburse') {
            const amount = BigInt(s.amount) * unit;
            const payment = { household: homes[s.home]!, amount, paidOn: '2026-11-26', voucher: `PC-${run}-${i}` };
            const result = await recordDisbursement(database.db, payment, treasurer);
            expect(result.ok).toBe(model.held[s.home]! >= amount);
            if (result.ok) {
              model.held[s.home]! -= amount;
              model.paid[s.home]! += amount;
              done.push({ sequence: result.value.sequence, kind: 'disburse', home: s.home, amount });
            }
          } else if (done.length > 0) {
            const target = done[s.pick % done.length]!;
            const result = await reverseLedgerTransaction(database.db, target.sequence, 'sai', '2026-11-27', treasurer);
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

        const [fund] = await fundSummaries(database.db, { kind: 'commune', code: commune });
        expect(fund?.onHand ?? 0n).toBe(model.fund);
        const published = new Map((await homesMoney(database.db, commune)).map((home) => [home.household, home]));
        homes.forEach((code, i) => {
          expect(published.get(code)?.paid ?? 0n).toBe(model.paid[i]);
          expect(published.get(code)?.allocated ?? 0n).toBe(model.held[i]! + model.paid[i]!);
        });
        expect(await moneySpent(database.db, { kind: 'commune', code: commune })).toBe(
          model.paid.reduce((a, b) => a + b, 0n),
        );
        const check = await runLedgerCheck(database.db);
        expect(check?.findings).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });
});
