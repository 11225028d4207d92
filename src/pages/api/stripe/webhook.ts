import type { APIRoute } from 'astro';
import Stripe from 'stripe';
import { getDatabase } from '../../../../db/connection.ts';
import { recordCardPayment } from '../../../lib/payments/card-payment-store.ts';
import { recordCardRefund } from '../../../lib/payments/refund-store.ts';
import { readEnvironment } from '../../../lib/config/environment.ts';
import { readBody, webhookBytes } from '../../../lib/http/request-body.ts';
import { inEveryLanguage } from '../../../lib/i18n/messages.ts';
import { maximumAmount } from '../../../lib/money/whole-dong.ts';
import { cardPaymentsOf, readStripeEvent } from '../../../lib/payments/stripe.ts';

const cardPayments = cardPaymentsOf(readEnvironment());

/**
 * Stripe's webhook: the only way a card payment, or its refund, enters the fund's records. What
 * is not recorded is answered with its reason in both languages: Stripe's dashboard shows failed
 * deliveries, and their answers, to the fund's staff.
 */
export const POST: APIRoute = async ({ request }) => {
  // What was not recorded carries its reason as `error`, as every API problem of the portal does.
  const answer = (status: number, outcome: string, error?: Record<'vi' | 'en', string>) =>
    Response.json({ outcome, ...(error && { error }) }, { status });
  if (!cardPayments)
    return answer(
      404,
      'not_configured',
      inEveryLanguage((t) => t.stripe.notConfigured),
    );
  const payload = (await readBody(request, webhookBytes)).toString('utf8');
  let read;
  try {
    read = await readStripeEvent(cardPayments, payload, request.headers.get('stripe-signature') ?? '');
  } catch (error) {
    if (error instanceof Stripe.errors.StripeSignatureVerificationError)
      return answer(
        400,
        'bad_signature',
        inEveryLanguage((t) => t.stripe.badSignature),
      );
    throw error;
  }
  if (!read.ok) {
    const code = read.problems[0]!.code;
    return answer(
      400,
      'refused',
      inEveryLanguage((t) => {
        const message = t.stripe.eventProblem[code];
        return typeof message === 'function' ? message(maximumAmount) : message;
      }),
    );
  }
  const news = read.value;
  const db = await getDatabase();
  if (news.kind === 'payment') {
    const recorded = await recordCardPayment(db, news.payment);
    // A payment for an unknown pledge must be looked at: Stripe keeps retrying, and shows it.
    if (!recorded.ok)
      return answer(
        422,
        'unknown_pledge',
        inEveryLanguage((t) => t.stripe.unknownPledge),
      );
    return answer(200, recorded.value.alreadyRecorded ? 'already_recorded' : 'recorded');
  }
  if (news.kind === 'refund') {
    const recorded = await recordCardRefund(db, news.refund);
    // A refund that arrives before its payment is answered 422, so that Stripe delivers it again later.
    if (!recorded.ok) {
      const code = recorded.problems[0]!.code;
      return answer(
        422,
        'refund_refused',
        inEveryLanguage((t) => t.stripe.refundProblem[code]),
      );
    }
    return answer(200, recorded.value.recorded > 0n ? 'refund_recorded' : 'already_recorded');
  }
  return answer(200, 'nothing_to_record');
};
