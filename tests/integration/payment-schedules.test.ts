import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import { receivedForPledge } from '../../src/lib/payments/store.ts';
import { recordCardPayment } from '../../src/lib/payments/card-payment-store.ts';
import { importStatement } from '../../src/lib/payments/statement-store.ts';
import { createPledge, findPledgeByToken, resolvePledgeTarget } from '../../src/lib/pledges/store.ts';
import { readEnvironment } from '../../src/lib/config/environment.ts';
import { statementCredits } from './support/statement-credits.ts';
import { cardPaymentsOf, confirmedCardPayment } from '../../src/lib/payments/stripe.ts';
import { readPledgeForm } from '../../src/lib/pledges/pledge-form.ts';
import { createSeededDatabase } from './support/seeded-database.ts';
import { driverUnderTest } from './support/test-database.ts';

/**
 * Money arrives by two roads that both repeat themselves: Stripe delivers webhooks at least once,
 * late and in any order, and treasurers import overlapping statements, sometimes twice, sometimes
 * after an import that failed half-way. Whatever the schedule, each real payment counts exactly once.
 */
const cards = cardPaymentsOf(
  readEnvironment({ STRIPE_SECRET_KEY: 'sk_test_property', STRIPE_WEBHOOK_SECRET: 'whsec_property' }),
)!;

describe(`payments under any delivery schedule (${driverUnderTest})`, () => {
  let database: DatabaseHandle;
  let run = 0;
  beforeAll(async () => {
    database = await createSeededDatabase();
  });
  afterAll(() => database?.close());

  async function newPledge(): Promise<{ id: number; reference: string }> {
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
    const resolved = await resolvePledgeTarget(database.db, read.value, '2026-11-24');
    if (!resolved.ok) throw new Error(JSON.stringify(resolved.problems));
    const { token } = await createPledge(database.db, read.value, resolved.value);
    return (await findPledgeByToken(database.db, token))!;
  }

  const payment = fc.record({
    road: fc.constantFrom('card', 'bank'),
    amount: fc.integer({ min: 10_000, max: 5_000_000 }),
    // How many times it is delivered or imported, and by which Stripe event.
    copies: fc.integer({ min: 1, max: 3 }),
    event: fc.constantFrom('checkout.session.completed', 'checkout.session.async_payment_succeeded'),
  });

  it('counts every payment exactly once', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(payment, { minLength: 1, maxLength: 6 }),
        fc.infiniteStream(fc.nat()),
        fc.integer({ min: 1, max: 3 }),
        async (truth, shuffle, statementsPerImport) => {
          run++;
          const pledge = await newPledge();
          // Every copy of every payment, as a delivery: a webhook or a statement line.
          const deliveries = truth.flatMap((p, index) =>
            Array.from({ length: p.copies }, () => ({ ...p, id: `${run}-${index}` })),
          );
          const order = deliveries
            .map((delivery) => ({ delivery, key: shuffle.next().value }))
            .sort((a, b) => a.key - b.key)
            .map(({ delivery }) => delivery);

          let pendingLines: string[] = [];
          const flush = async () => {
            if (pendingLines.length === 0) return;
            const credits = await statementCredits(
              'bidv',
              `Ngày GD,Số bút toán,Phát sinh nợ,Phát sinh có,Nội dung\n${pendingLines.join('\n')}\n`,
            );
            await importStatement(database.db, { bank: 'bidv', fileName: 's.csv', sha256: 'f'.repeat(64), credits });
            pendingLines = [];
          };
          for (const delivery of order) {
            if (delivery.road === 'card') {
              // Through the real webhook path: a payload signed with the secret, verified, then recorded.
              const payload = JSON.stringify({
                id: `evt_${delivery.id}`,
                object: 'event',
                type: delivery.event,
                created: Math.floor(Date.now() / 1000),
                data: {
                  object: {
                    object: 'checkout.session',
                    client_reference_id: pledge.reference,
                    currency: 'vnd',
                    amount_total: delivery.amount,
                    payment_intent: `pi_${delivery.id}`,
                    payment_status: 'paid',
                  },
                },
              });
              const signature = cards.stripe.webhooks.generateTestHeaderString({
                payload,
                secret: cards.webhookSecret,
              });
              const confirmed = await confirmedCardPayment(cards, payload, signature);
              await recordCardPayment(database.db, confirmed!);
            } else {
              pendingLines.push(`01/10/2025 10:00,BT${delivery.id},,${delivery.amount},UNG HO ${pledge.reference}`);
              if (pendingLines.length >= statementsPerImport) await flush();
            }
          }
          await flush();

          const expected = truth.reduce((total, p) => total + BigInt(p.amount), 0n);
          expect(await receivedForPledge(database.db, pledge.id)).toBe(expected);
          // Every payment recorded so far is booked in the commune's fund once, with one receipt.
          const [books] = await database.db
            .select({
              paid: sql<string>`(select coalesce(sum(amount), 0) from payments)`,
              held: sql<string>`(select debits - credits from ledger_balances where account = 'fund:commune:18229')`,
              payments: sql<number>`(select count(*) from payments)`,
              receipts: sql<number>`(select count(*) from receipts where payment_id is not null)`,
            })
            .from(sql`(select 1) as one`);
          expect(BigInt(books!.held)).toBe(BigInt(books!.paid));
          expect(Number(books!.receipts)).toBe(Number(books!.payments));
        },
      ),
      { numRuns: 25 },
    );
  });

  it('keeps nothing of an import that fails half-way, so importing again counts it once', async () => {
    const pledge = await newPledge();
    const credits = await statementCredits(
      'bidv',
      `Ngày GD,Số bút toán,Phát sinh nợ,Phát sinh có,Nội dung\n` +
        `02/10/2025,BTX1,,300000,${pledge.reference}\n02/10/2025,BTX2,,200000,${pledge.reference}\n`,
    );
    // The second line breaks the database's rules (an amount too large for bigint): the whole import stops.
    const broken = [credits[0]!, { ...credits[1]!, amount: 2n ** 70n }];
    await expect(
      importStatement(database.db, { bank: 'bidv', fileName: 'x.csv', sha256: 'e'.repeat(64), credits: broken }),
    ).rejects.toThrow();
    expect(await receivedForPledge(database.db, pledge.id)).toBe(0n);
    await importStatement(database.db, { bank: 'bidv', fileName: 'x.csv', sha256: 'e'.repeat(64), credits });
    await importStatement(database.db, { bank: 'bidv', fileName: 'x.csv', sha256: 'e'.repeat(64), credits });
    expect(await receivedForPledge(database.db, pledge.id)).toBe(500_000n);
  });
});
