import type { APIRoute } from 'astro';
import Stripe from 'stripe';
import { getDatabase } from '../../../../db/connection.ts';
import { recordCardPayment } from '../../../lib/payments/card-payment-store.ts';
import { readEnvironment } from '../../../lib/config/environment.ts';
import { readBody, webhookBytes } from '../../../lib/http/request-body.ts';
import { cardPaymentsOf, confirmedCardPayment } from '../../../lib/payments/stripe.ts';

const cardPayments = cardPaymentsOf(readEnvironment());

/** Stripe's webhook: the only way a card payment enters the fund's records. */
export const POST: APIRoute = async ({ request }) => {
  if (!cardPayments) return new Response('Card payments are not configured here.', { status: 404 });
  const payload = (await readBody(request, webhookBytes)).toString('utf8');
  let confirmed;
  try {
    confirmed = await confirmedCardPayment(cardPayments, payload, request.headers.get('stripe-signature') ?? '');
  } catch (error) {
    if (error instanceof Stripe.errors.StripeSignatureVerificationError)
      return new Response('The signature does not match this endpoint’s secret.', { status: 400 });
    throw error;
  }
  if (!confirmed) return Response.json({ outcome: 'nothing_to_record' });
  const recorded = await recordCardPayment(await getDatabase(), confirmed);
  // Stripe shows failed deliveries to the fund's staff: a payment for an unknown pledge must be looked at.
  if (!recorded.ok) {
    console.error(`Stripe payment ${confirmed.paymentIntentId} names no known pledge`);
    return Response.json({ outcome: 'unknown_pledge' }, { status: 422 });
  }
  return Response.json({ outcome: recorded.value.alreadyRecorded ? 'already_recorded' : 'recorded' });
};
