import type { APIRoute } from 'astro';
import { getDatabase } from '../../../../db/connection.ts';
import { feedResponse } from '../../../lib/feeds/feed-response-store.ts';
import { localeFromSegment } from '../../../lib/i18n/locales.ts';
import { messagesFor } from '../../../lib/i18n/messages.ts';

/** The national ledger's Atom feed: money received, allocated and paid out. */
export const GET: APIRoute = async ({ params, url }) => {
  const locale = localeFromSegment(params.locale);
  if (!locale) return new Response(null, { status: 404 });
  return feedResponse(await getDatabase(), 'country', locale, messagesFor(locale), url);
};
