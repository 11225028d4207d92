import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { readEnvironment } from '../../src/lib/config/environment.ts';
import { cardPaymentsOf, confirmedCardPayment } from '../../src/lib/payments/stripe.ts';

const secret = 'whsec_unittest';
const payments = cardPaymentsOf(readEnvironment({ STRIPE_SECRET_KEY: 'sk_test_unit', STRIPE_WEBHOOK_SECRET: secret }))!;

function event(type: string, session: Record<string, unknown>, created = Math.floor(Date.now() / 1000)): string {
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
    expect(await confirmedCardPayment(payments, payload, sign(payload, secret, Math.floor(Date.now() / 1000)))).toEqual(
      {
        reference: 'CT7K9Q2XMA',
        paymentIntentId: 'pi_test_1',
        amount: 1_200_000n,
        paidAt: new Date(1_764_000_000_000),
      },
    );
  });

  it('confirm an asynchronous payment that succeeded later', async () => {
    const payload = event('checkout.session.async_payment_succeeded', {});
    expect(await confirmedCardPayment(payments, payload, sign(payload))).toMatchObject({
      paymentIntentId: 'pi_test_1',
    });
  });

  it('confirm nothing for an unpaid, failed or expired session, or another currency', async () => {
    for (const payload of [
      event('checkout.session.completed', { payment_status: 'unpaid' }),
      event('checkout.session.async_payment_failed', { payment_status: 'unpaid' }),
      event('checkout.session.expired', { payment_status: 'unpaid', payment_intent: null }),
      event('checkout.session.completed', { currency: 'usd' }),
    ])
      expect(await confirmedCardPayment(payments, payload, sign(payload))).toBeUndefined();
  });

  it('refuse a payload signed with another secret, altered after signing, or replayed late', async () => {
    const payload = event('checkout.session.completed', {});
    const refused = (promise: Promise<unknown>) =>
      expect(promise).rejects.toBeInstanceOf(Stripe.errors.StripeSignatureVerificationError);
    await refused(confirmedCardPayment(payments, payload, sign(payload, 'whsec_someoneelse')));
    await refused(confirmedCardPayment(payments, payload.replace('1200000', '9200000'), sign(payload)));
    await refused(confirmedCardPayment(payments, payload, sign(payload, secret, Math.floor(Date.now() / 1000) - 3600)));
    await refused(confirmedCardPayment(payments, payload, ''));
  });
});
