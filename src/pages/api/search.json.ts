import type { APIRoute } from 'astro';
import { getDatabase } from '../../../db/connection.ts';
import { publicCacheControl } from '../../lib/config/http-headers.ts';
import { localeFromQuery } from '../../lib/i18n/locales.ts';
import { inEveryLanguage, messagesFor } from '../../lib/i18n/messages.ts';
import { problemResponse } from '../../lib/open-data/respond.ts';
import { searchResultLines, unitPagePath } from '../../lib/units/search-result-label.ts';
import { searchUnits } from '../../lib/units/search-store.ts';
import { parseSearchQuery } from '../../lib/units/search-query.ts';

/** Suggestions while typing: /api/search.json?q=van+quan&lang=vi[&level=commune] → the first results as lines. */
export const GET: APIRoute = async ({ url }) => {
  const locale = localeFromQuery(url.searchParams.get('lang')) ?? 'vi';
  const search = parseSearchQuery(url.searchParams.get('q') ?? '');
  if (!search?.ok) {
    const problem = search?.problems[0]?.code === 'tooLong' ? 'tooLong' : 'tooShort';
    return problemResponse(
      400,
      inEveryLanguage((t) => t.search[problem]),
    );
  }
  // The pledge form asks only for places that receive gifts: today's provinces and communes.
  const current = url.searchParams.get('era') === '2025';
  const results = (await searchUnits(await getDatabase(), search.value, current ? 50 : 8))
    .filter((r) => !current || r.era === '2025')
    .slice(0, 8);
  const t = messagesFor(locale);
  const body = JSON.stringify({
    query: search.value,
    label: t.search.suggestions,
    results: searchResultLines(t, results, locale, (r) => unitPagePath(locale, r)),
  });
  // `<` as \u003c: the same JSON, and never markup, whatever the query held.
  return new Response(body.replaceAll('<', '\\u003c'), {
    headers: { 'Content-Type': 'application/json', 'Cache-Control': publicCacheControl },
  });
};
