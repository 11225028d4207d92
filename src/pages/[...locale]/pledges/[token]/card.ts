import type { APIRoute } from 'astro';
import { getDatabase } from '../../../../../db/connection.ts';
import { receivedForPledge } from '../../../../lib/payments/store.ts';
import { findPledgeByToken } from '../../../../lib/pledges/store.ts';
import { readEnvironment } from '../../../../lib/config/environment.ts';
import { publicUrl } from '../../../../lib/config/public-url.ts';
import { localeFromSegment, localizedPath } from '../../../../lib/i18n/locales.ts';
import { messagesFor } from '../../../../lib/i18n/messages.ts';
import { cardPaymentsOf, startCardCheckout } from '../../../../lib/payments/stripe.ts';
import { isSecretToken } from '../../../../lib/security/secret-token.ts';

const cardPayments = cardPaymentsOf(readEnvironment());

/** Sends a donor from their private page to Stripe Checkout for what remains of a money pledge. */
export const POST: APIRoute = async ({ params, url, redirect }) => {
  const locale = localeFromSegment(params.locale);
  const token = params.token ?? '';
  const db = await getDatabase();
  const pledge = locale && isSecretToken(token) ? await findPledgeByToken(db, token) : undefined;
  if (!locale || !pledge || pledge.kind !== 'money' || !pledge.amount || pledge.cancelledAt || !cardPayments)
    return new Response(null, { status: 404 });
  const page = localizedPath(locale, `/pledges/${token}`);
  const remaining = pledge.amount - (await receivedForPledge(db, pledge.id));
  if (remaining <= 0n) return redirect(page, 303);
  try {
    const checkout = await startCardCheckout(cardPayments, {
      reference: pledge.reference,
      amount: remaining,
      // The fund's statement shows the portal's Vietnamese name, whatever the donor's language.
      description: `${messagesFor('vi').common.siteName} · ${pledge.reference}`,
      locale,
      successUrl: publicUrl(`${page}?card=paid`, url),
      cancelUrl: publicUrl(page, url),
    });
    return redirect(checkout, 303);
  } catch (error) {
    console.error(`Stripe Checkout for ${pledge.reference} failed:`, error);
    return redirect(`${page}?card=unavailable`, 303);
  }
};
