import type { APIRoute } from 'astro';
import { getDatabase } from '../../../db/connection.ts';
import { publicCacheControl } from '../../lib/config/http-headers.ts';
import { localeFromQuery } from '../../lib/i18n/locales.ts';
import { inEveryLanguage, messagesFor } from '../../lib/i18n/messages.ts';
import { problemResponse } from '../../lib/open-data/respond.ts';
import {
  receivesForLine,
  searchResultLines,
  unitPagePath,
  type SearchResultLine,
} from '../../lib/units/search-result-label.ts';
import { searchReceivingUnits } from '../../lib/units/receiving-units-store.ts';
import type { UnitSearchResult } from '../../lib/units/unit-search.ts';
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
  const t = messagesFor(locale);
  const pathOf = (r: UnitSearchResult) => unitPagePath(locale, r);
  let results: SearchResultLine[];
  // The pledge form asks only for places that receive gifts: today's provinces and communes, a
  // former unit's name leading to those that receive for it.
  if (url.searchParams.get('era') === '2025') {
    const found = await searchReceivingUnits(await getDatabase(), search.value, undefined, 8);
    results = searchResultLines(
      t,
      found.map((f) => f.unit),
      locale,
      pathOf,
    ).map((line, i) => ({ ...line, receivesFor: receivesForLine(t, locale, found[i]!.formerly) }));
  } else {
    results = searchResultLines(t, await searchUnits(await getDatabase(), search.value, 8), locale, pathOf);
  }
  const body = JSON.stringify({ query: search.value, label: t.search.suggestions, results });
  // `<` as \u003c: the same JSON, and never markup, whatever the query held.
  return new Response(body.replaceAll('<', '\\u003c'), {
    headers: { 'Content-Type': 'application/json', 'Cache-Control': publicCacheControl },
  });
};
