import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { readEnvironment } from '../../src/lib/config/environment.ts';
import { cardPaymentsOf, readStripeEvent } from '../../src/lib/payments/stripe.ts';

const secret = 'whsec_unittest';
const payments = cardPaymentsOf(readEnvironment({ STRIPE_SECRET_KEY: 'sk_test_unit', STRIPE_WEBHOOK_SECRET: secret }))!;

const nowSeconds = () => Math.floor(Date.now() / 1000);

function event(type: string, session: Record<string, unknown>, created = nowSeconds()): string {
  return JSON.stringify({
    id: 'evt_test_1',
    object: 'event',
    type,
    created,
    data: {
      object: {
        id: 'cs_test_1',
        object: 'checkout.session',
        client_reference_id: 'CT7K9Q2XMA',
        metadata: { pledge_reference: 'CT7K9Q2XMA' },
        currency: 'vnd',
        amount_total: 1_200_000,
        payment_intent: 'pi_test_1',
        payment_status: 'paid',
        ...session,
      },
    },
  });
}
const sign = (payload: string, key = secret, timestamp?: number) =>
  payments.stripe.webhooks.generateTestHeaderString({ payload, secret: key, timestamp });

describe('Stripe webhooks', () => {
  it('confirm a paid Checkout session, in whole đồng (VND is zero-decimal)', async () => {
    const payload = event('checkout.session.completed', {}, 1_764_000_000);
    expect(await readStripeEvent(payments, payload, sign(payload, secret, nowSeconds()))).toEqual({
      ok: true,
      value: {
        kind: 'payment',
        payment: {
          reference: 'CT7K9Q2XMA',
          paymentIntentId: 'pi_test_1',
          amount: 1_200_000n,
          paidAt: new Date(1_764_000_000_000),
        },
      },
    });
  });

  it('confirm an asynchronous payment that succeeded later', async () => {
    const payload = event('checkout.session.async_payment_succeeded', {});
    expect(await readStripeEvent(payments, payload, sign(payload))).toMatchObject({
      ok: true,
      value: { kind: 'payment', payment: { paymentIntentId: 'pi_test_1' } },
    });
  });

  it('confirm nothing for an unpaid, failed or expired session, or another event', async () => {
    for (const payload of [
      event('checkout.session.completed', { payment_status: 'unpaid' }),
      event('checkout.session.async_payment_failed', { payment_status: 'unpaid' }),
      event('checkout.session.expired', { payment_status: 'unpaid', payment_intent: null }),
      event('customer.created', {}),
    ])
      expect(await readStripeEvent(payments, payload, sign(payload))).toEqual({ ok: true, value: { kind: 'nothing' } });
  });

  it('refuse, with the reason, a signed payment that is not VND in positive whole đồng up to the maximum', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ amount_total: -5000 }, 'amountNotPositive'],
      [{ amount_total: 0 }, 'amountNotPositive'],
      [{ amount_total: 12.5 }, 'amountNotWholeDong'],
      [{ amount_total: '5000' }, 'amountNotWholeDong'],
      [{ amount_total: null }, 'amountNotWholeDong'],
      [{ amount_total: 1e30 }, 'amountTooLarge'],
      [{ amount_total: 1_000_000_000_001 }, 'amountTooLarge'],
      [{ currency: 'usd' }, 'currencyNotVnd'],
    ];
    for (const [session, code] of cases) {
      const payload = event('checkout.session.completed', session);
      expect(await readStripeEvent(payments, payload, sign(payload)), JSON.stringify(session)).toEqual({
        ok: false,
        problems: [{ code }],
      });
    }
    const refund = (charge: Record<string, unknown>) =>
      JSON.stringify({
        id: 'evt_test_r',
        object: 'event',
        type: 'charge.refunded',
        created: nowSeconds(),
        data: { object: { object: 'charge', payment_intent: 'pi_test_1', currency: 'vnd', ...charge } },
      });
    for (const [charge, code] of [
      [{ amount_refunded: -1 }, 'amountNotPositive'],
      [{ amount_refunded: 0.5 }, 'amountNotWholeDong'],
      [{ amount_refunded: 100, currency: 'eur' }, 'currencyNotVnd'],
    ] as const) {
      const payload = refund(charge);
      expect(await readStripeEvent(payments, payload, sign(payload))).toEqual({ ok: false, problems: [{ code }] });
    }
  });

  it('read a refunded charge as the total refunded of its payment', async () => {
    const payload = JSON.stringify({
      id: 'evt_test_refund',
      object: 'event',
      type: 'charge.refunded',
      created: 1_764_000_100,
      data: { object: { object: 'charge', payment_intent: 'pi_test_1', currency: 'vnd', amount_refunded: 200_000 } },
    });
    expect(await readStripeEvent(payments, payload, sign(payload))).toEqual({
      ok: true,
      value: {
        kind: 'refund',
        refund: {
          eventId: 'evt_test_refund',
          paymentIntentId: 'pi_test_1',
          refundedTotal: 200_000n,
          refundedAt: new Date(1_764_000_100_000),
        },
      },
    });
  });

  it('refuse an event signed, or created, more than five minutes ahead of the clock', async () => {
    const payload = event('checkout.session.completed', {});
    const inAnHour = nowSeconds() + 3600;
    expect(await readStripeEvent(payments, payload, sign(payload, secret, inAnHour))).toEqual({
      ok: false,
      problems: [{ code: 'timeInFuture' }],
    });
    const created = event('checkout.session.completed', {}, inAnHour);
    expect(await readStripeEvent(payments, created, sign(created))).toEqual({
      ok: false,
      problems: [{ code: 'timeInFuture' }],
    });
    const slightlyAhead = event('checkout.session.completed', {}, nowSeconds() + 60);
    expect(
      await readStripeEvent(payments, slightlyAhead, sign(slightlyAhead, secret, nowSeconds() + 60)),
    ).toMatchObject({
      ok: true,
    });
  });

  it('refuse a payload signed with another secret, altered after signing, or replayed late', async () => {
    const payload = event('checkout.session.completed', {});
    const refused = (promise: Promise<unknown>) =>
      expect(promise).rejects.toBeInstanceOf(Stripe.errors.StripeSignatureVerificationError);
    await refused(readStripeEvent(payments, payload, sign(payload, 'whsec_someoneelse')));
    await refused(readStripeEvent(payments, payload.replace('1200000', '9200000'), sign(payload)));
    await refused(readStripeEvent(payments, payload, sign(payload, secret, nowSeconds() - 3600)));
    await refused(readStripeEvent(payments, payload, ''));
  });
});
