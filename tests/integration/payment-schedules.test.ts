import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, DatabaseHandle } from '../../db/client.ts';
import { receivedForPledge } from '../../src/lib/payments/store.ts';
import { recordCardPayment } from '../../src/lib/payments/card-payment-store.ts';
import { recordCardRefund } from '../../src/lib/payments/refund-store.ts';
import { importStatement } from '../../src/lib/payments/statement-store.ts';
import { createPledge, findPledgeByToken, resolvePledgeTarget } from '../../src/lib/pledges/store.ts';
import { readEnvironment } from '../../src/lib/config/environment.ts';
import { statementCredits } from './support/statement-credits.ts';
import { cardPaymentsOf, readStripeEvent } from '../../src/lib/payments/stripe.ts';
import { readPledgeForm } from '../../src/lib/pledges/pledge-form.ts';
import { inCleanState, propertyParameters, propertyTimeout } from './support/properties.ts';
import { createSeededDatabase } from './support/seeded-database.ts';
import { driverUnderTest } from './support/test-database.ts';

/**
 * Money arrives by two roads that both repeat themselves: Stripe delivers webhooks at least once,
 * late and in any order (a refund before the payment it refunds), and treasurers import overlapping
 * statements, sometimes twice, sometimes after an import that failed half-way. Whatever the
 * schedule, each real payment counts exactly once, less what was refunded of it.
 */
const cards = cardPaymentsOf(
  readEnvironment({ STRIPE_SECRET_KEY: 'sk_test_property', STRIPE_WEBHOOK_SECRET: 'whsec_property' }),
)!;

describe(`payments under any delivery schedule (${driverUnderTest})`, () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createSeededDatabase();
  });
  afterAll(() => database?.close());

  async function newPledge(db: Database): Promise<{ id: number; reference: string }> {
    const read = readPledgeForm({
      targetKind: 'commune',
      targetCode: '18229',
      kind: 'money',
      amount: '100.000.000',
      donorType: 'person',
      donorName: 'Phạm Văn Thử',
      taxCode: '',
      displayChoice: 'anonymous',
      email: '',
    });
    if (!read.ok) throw new Error('bad form');
    const resolved = await resolvePledgeTarget(db, read.value, '2026-11-24');
    if (!resolved.ok) throw new Error(JSON.stringify(resolved.problems));
    const { token } = await createPledge(db, read.value, resolved.value);
    return (await findPledgeByToken(db, token))!;
  }

  /** A Stripe event as Stripe sends it, signed with the endpoint's secret, read through the webhook's own path. */
  async function deliverStripeEvent(db: Database, type: string, object: Record<string, unknown>, id: string) {
    const payload = JSON.stringify({
      id,
      object: 'event',
      type,
      created: Math.floor(Date.now() / 1000),
      data: { object },
    });
    const signature = cards.stripe.webhooks.generateTestHeaderString({ payload, secret: cards.webhookSecret });
    const read = await readStripeEvent(cards, payload, signature);
    if (!read.ok) throw new Error(JSON.stringify(read));
    if (read.value.kind === 'payment') return recordCardPayment(db, read.value.payment);
    if (read.value.kind === 'refund') return recordCardRefund(db, read.value.refund);
    throw new Error(`nothing in ${type}`);
  }

  const payment = fc.record({
    road: fc.constantFrom('card', 'bank'),
    amount: fc.integer({ min: 10_000, max: 5_000_000 }),
    // How many times it is delivered or imported, and by which Stripe event.
    copies: fc.integer({ min: 1, max: 3 }),
    event: fc.constantFrom('checkout.session.completed', 'checkout.session.async_payment_succeeded'),
    // Card payments only: refunds Stripe reports later, each as the total refunded so far.
    refunds: fc.array(fc.integer({ min: 1, max: 100 }), { maxLength: 2 }),
  });

  /** Every delivery of a schedule: each copy of each payment and of each refund event, in an order fast-check picks. */
  const schedule = fc.array(payment, { minLength: 1, maxLength: 6 }).chain((truth) => {
    const deliveries = truth.flatMap((p, index) => [
      ...Array.from({ length: p.copies }, () => ({ kind: 'payment' as const, index })),
      ...(p.road === 'card'
        ? p.refunds.flatMap((_, refund) =>
            Array.from({ length: p.copies }, () => ({ kind: 'refund' as const, index, refund })),
          )
        : []),
    ]);
    return fc.record({
      truth: fc.constant(truth),
      order: fc.shuffledSubarray(deliveries, { minLength: deliveries.length, maxLength: deliveries.length }),
      statementsPerImport: fc.integer({ min: 1, max: 3 }),
    });
  });

  it(
    'counts every payment, less what was refunded, exactly once',
    async () => {
      await fc.assert(
        fc.asyncProperty(schedule, ({ truth, order, statementsPerImport }) =>
          inCleanState(database.db, async (db) => {
            const pledge = await newPledge(db);
            // A refund's total: a percentage of the payment, the refunds before it included.
            const refundedTotal = (p: (typeof truth)[number], upTo: number) =>
              (BigInt(
                Math.min(
                  100,
                  p.refunds.slice(0, upTo + 1).reduce((a, b) => a + b, 0),
                ),
              ) *
                BigInt(p.amount)) /
              100n;
            let pendingLines: string[] = [];
            const flush = async () => {
              if (pendingLines.length === 0) return;
              const credits = await statementCredits(
                'bidv',
                `Ngày GD,Số bút toán,Phát sinh nợ,Phát sinh có,Nội dung\n${pendingLines.join('\n')}\n`,
              );
              await importStatement(db, { bank: 'bidv', fileName: 's.csv', sha256: 'f'.repeat(64), credits });
              pendingLines = [];
            };
            const paidByCard = new Set<number>();
            for (const delivery of order) {
              const p = truth[delivery.index]!;
              if (p.road === 'bank') {
                pendingLines.push(`01/10/2025 10:00,BT${delivery.index},,${p.amount},UNG HO ${pledge.reference}`);
                if (pendingLines.length >= statementsPerImport) await flush();
                continue;
              }
              const intent = `pi_${delivery.index}`;
              if (delivery.kind === 'payment') {
                const object = {
                  object: 'checkout.session',
                  client_reference_id: pledge.reference,
                  currency: 'vnd',
                  amount_total: p.amount,
                  payment_intent: intent,
                  payment_status: 'paid',
                };
                expect(await deliverStripeEvent(db, p.event, object, `evt_pay_${delivery.index}`)).toMatchObject({
                  ok: true,
                });
                paidByCard.add(delivery.index);
              } else {
                const object = {
                  object: 'charge',
                  payment_intent: intent,
                  currency: 'vnd',
                  amount_refunded: Number(refundedTotal(p, delivery.refund)),
                };
                const id = `evt_refund_${delivery.index}_${delivery.refund}`;
                const answer = await deliverStripeEvent(db, 'charge.refunded', object, id);
                // A refund that arrives before its payment is refused, for Stripe to deliver again later.
                expect(answer.ok).toBe(paidByCard.has(delivery.index));
              }
            }
            await flush();

            // Stripe delivers each event again until it is taken: those refused above, now.
            for (const [index, p] of truth.entries())
              for (const [refund] of p.road === 'card' ? p.refunds.entries() : []) {
                const object = {
                  object: 'charge',
                  payment_intent: `pi_${index}`,
                  currency: 'vnd',
                  amount_refunded: Number(refundedTotal(p, refund)),
                };
                await deliverStripeEvent(db, 'charge.refunded', object, `evt_refund_${index}_${refund}`);
              }

            const expected = truth.reduce(
              (total, p) =>
                total +
                BigInt(p.amount) -
                (p.road === 'card' && p.refunds.length ? refundedTotal(p, p.refunds.length - 1) : 0n),
              0n,
            );
            expect(await receivedForPledge(db, pledge.id)).toBe(expected);
            // Every payment is booked in the commune's fund once, with one receipt; refunds take their part back.
            const [books] = await db
              .select({
                paid: sql<string>`(select coalesce(sum(amount), 0) from payments) - (select coalesce(sum(amount), 0) from payment_refunds)`,
                held: sql<string>`(select coalesce(debits - credits, 0) from ledger_balances where account = 'fund:commune:18229')`,
                payments: sql<number>`(select count(*) from payments)`,
                receipts: sql<number>`(select count(*) from receipts where payment_id is not null)`,
              })
              .from(sql`(select 1) as one`);
            expect(BigInt(books!.held ?? 0)).toBe(BigInt(books!.paid));
            expect(BigInt(books!.paid)).toBe(expected);
            expect(Number(books!.receipts)).toBe(Number(books!.payments));
          }),
        ),
        propertyParameters(),
      );
    },
    propertyTimeout,
  );

  it('keeps nothing of an import that fails half-way, so importing again counts it once', async () => {
    await inCleanState(database.db, async (db) => {
      const pledge = await newPledge(db);
      const credits = await statementCredits(
        'bidv',
        `Ngày GD,Số bút toán,Phát sinh nợ,Phát sinh có,Nội dung\n` +
          `02/10/2025,BTX1,,300000,${pledge.reference}\n02/10/2025,BTX2,,200000,${pledge.reference}\n`,
      );
      // The second line breaks the database's rules (an amount too large for bigint): the whole import stops.
      const broken = [credits[0]!, { ...credits[1]!, amount: 2n ** 70n }];
      await expect(
        importStatement(db, { bank: 'bidv', fileName: 'x.csv', sha256: 'e'.repeat(64), credits: broken }),
      ).rejects.toThrow();
      expect(await receivedForPledge(db, pledge.id)).toBe(0n);
      await importStatement(db, { bank: 'bidv', fileName: 'x.csv', sha256: 'e'.repeat(64), credits });
      await importStatement(db, { bank: 'bidv', fileName: 'x.csv', sha256: 'e'.repeat(64), credits });
      expect(await receivedForPledge(db, pledge.id)).toBe(500_000n);
    });
  });
});
