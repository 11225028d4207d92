import Stripe from 'stripe';
import type { Environment } from '../config/environment.ts';

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

/**
 * Verifies a webhook's signature and reads the payment it confirms, if any: a completed Checkout
 * session that is paid (cards), or an asynchronous payment that later succeeded. Anything else —
 * unpaid, failed, expired, other events — confirms nothing.
 */
export async function confirmedCardPayment(
  payments: CardPayments,
  payload: string,
  signature: string,
): Promise<ConfirmedCardPayment | undefined> {
  const event = await payments.stripe.webhooks.constructEventAsync(payload, signature, payments.webhookSecret);
  if (event.type !== 'checkout.session.completed' && event.type !== 'checkout.session.async_payment_succeeded')
    return undefined;
  const session = event.data.object;
  const reference = session.client_reference_id ?? session.metadata?.pledge_reference;
  const paymentIntent =
    typeof session.payment_intent === 'string' ? session.payment_intent : session.payment_intent?.id;
  if (session.payment_status !== 'paid' || session.currency !== 'vnd' || !reference || !paymentIntent) return undefined;
  return {
    reference,
    paymentIntentId: paymentIntent,
    amount: BigInt(session.amount_total ?? 0),
    paidAt: new Date(event.created * 1000),
  };
}
