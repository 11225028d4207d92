import Stripe from 'stripe';
import type { Environment } from '../config/environment.ts';
import { ok, refused, type Result } from '../forms/result.ts';
import { amountFromNumber, type AmountProblem } from '../money/whole-dong.ts';

/**
 * Card payments through Stripe Checkout, for donors abroad. Đồng is a zero-decimal currency at
 * Stripe: amounts travel as whole đồng. Only Stripe's signed webhook says a payment happened;
 * the browser's return to the portal proves nothing.
 */
export interface CardPayments {
  stripe: Stripe;
  webhookSecret: string;
  /** Where Checkout pages live, for the Content-Security-Policy's form-action. */
  checkoutOrigin: string;
}

export function cardPaymentsOf(environment: Environment): CardPayments | undefined {
  const { STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET, STRIPE_API_URL } = environment;
  if (!STRIPE_SECRET_KEY || !STRIPE_WEBHOOK_SECRET) return undefined;
  const api = STRIPE_API_URL ? new URL(STRIPE_API_URL) : undefined;
  const stripe = new Stripe(STRIPE_SECRET_KEY, {
    maxNetworkRetries: 2,
    ...(api && { host: api.hostname, port: api.port, protocol: api.protocol.replace(':', '') as 'http' | 'https' }),
  });
  return { stripe, webhookSecret: STRIPE_WEBHOOK_SECRET, checkoutOrigin: api?.origin ?? 'https://checkout.stripe.com' };
}

export interface CheckoutRequest {
  reference: string;
  /** Whole đồng still to pay. */
  amount: bigint;
  description: string;
  locale: 'vi' | 'en';
  successUrl: string;
  cancelUrl: string;
}

/** Opens a Checkout session for what remains of a pledge; returns where to send the donor. */
export async function startCardCheckout(payments: CardPayments, request: CheckoutRequest): Promise<string> {
  const session = await payments.stripe.checkout.sessions.create(
    {
      mode: 'payment',
      locale: request.locale,
      client_reference_id: request.reference,
      metadata: { pledge_reference: request.reference },
      line_items: [
        {
          quantity: 1,
          price_data: {
            currency: 'vnd',
            unit_amount: Number(request.amount),
            product_data: { name: request.description },
          },
        },
      ],
      payment_intent_data: { metadata: { pledge_reference: request.reference } },
      success_url: request.successUrl,
      cancel_url: request.cancelUrl,
    },
    // One session per pledge and amount, however often the donor presses the button.
    { idempotencyKey: `checkout-${request.reference}-${request.amount}` },
  );
  if (!session.url) throw new Error('Stripe returned a Checkout session without a URL');
  return session.url;
}

/** A card payment that Stripe's webhook confirmed. */
export interface ConfirmedCardPayment {
  reference: string;
  paymentIntentId: string;
  amount: bigint;
  paidAt: Date;
}

/** What Stripe reports refunded of a card payment: the total so far, as `charge.refunded` gives it. */
export interface CardRefund {
  eventId: string;
  paymentIntentId: string;
  refundedTotal: bigint;
  refundedAt: Date;
}

/** What a verified webhook tells the fund: a payment, a refund, or nothing to record. */
export type StripeNews =
  { kind: 'payment'; payment: ConfirmedCardPayment } | { kind: 'refund'; refund: CardRefund } | { kind: 'nothing' };

/** Why a correctly signed event is not recorded; answered with 400 and shown in Stripe's dashboard. */
export type StripeEventProblem = AmountProblem | 'currencyNotVnd' | 'timeInFuture';

/** How far ahead of this server's clock Stripe's may run: Stripe's own tolerance for late events. */
const clockSkewSeconds = 300;

/**
 * Verifies a webhook's signature (throwing Stripe's error when it does not hold, or is more than
 * five minutes old or ahead) and reads what it reports: a completed Checkout session that is paid,
 * an asynchronous payment that later succeeded, or a charge refunded. Unpaid, failed or expired
 * sessions and other events report nothing. Amounts and currency are checked here, at the border:
 * VND in positive whole đồng up to the portal's maximum, or the event is refused.
 */
export async function readStripeEvent(
  payments: CardPayments,
  payload: string,
  signature: string,
  now = new Date(),
): Promise<Result<StripeNews, StripeEventProblem>> {
  const event = await payments.stripe.webhooks.constructEventAsync(payload, signature, payments.webhookSecret);
  const signedAt = Number(/(?:^|,)t=(\d+)/.exec(signature)?.[1]);
  const latest = now.getTime() / 1000 + clockSkewSeconds;
  if (signedAt > latest || event.created > latest) return refused('timeInFuture');
  const at = new Date(event.created * 1000);

  if (event.type === 'charge.refunded') {
    const charge = event.data.object;
    const paymentIntentId =
      typeof charge.payment_intent === 'string' ? charge.payment_intent : charge.payment_intent?.id;
    if (!paymentIntentId) return ok({ kind: 'nothing' });
    if (charge.currency !== 'vnd') return refused('currencyNotVnd');
    const refunded = amountFromNumber(charge.amount_refunded);
    if (!refunded.ok) return refunded;
    return ok({
      kind: 'refund',
      refund: { eventId: event.id, paymentIntentId, refundedTotal: refunded.value, refundedAt: at },
    });
  }

  if (event.type !== 'checkout.session.completed' && event.type !== 'checkout.session.async_payment_succeeded')
    return ok({ kind: 'nothing' });
  const session = event.data.object;
  const reference = session.client_reference_id ?? session.metadata?.pledge_reference;
  const paymentIntentId =
    typeof session.payment_intent === 'string' ? session.payment_intent : session.payment_intent?.id;
  if (session.payment_status !== 'paid' || !reference || !paymentIntentId) return ok({ kind: 'nothing' });
  if (session.currency !== 'vnd') return refused('currencyNotVnd');
  const amount = amountFromNumber(session.amount_total);
  if (!amount.ok) return amount;
  return ok({ kind: 'payment', payment: { reference, paymentIntentId, amount: amount.value, paidAt: at } });
}
