import type { APIRoute } from 'astro';
import { getDatabase } from '../../../../../db/connection.ts';
import { feedResponse } from '../../../../lib/feeds/feed-response-store.ts';
import { localeFromSegment } from '../../../../lib/i18n/locales.ts';
import { messagesFor } from '../../../../lib/i18n/messages.ts';

/** A commune's Atom feed: homes completed and handed over, money in and out. */
export const GET: APIRoute = async ({ params, url }) => {
  const locale = localeFromSegment(params.locale);
  if (!locale) return new Response(null, { status: 404 });
  return feedResponse(
    await getDatabase(),
    { kind: 'commune', code: params.code ?? '' },
    locale,
    messagesFor(locale),
    url,
  );
};
