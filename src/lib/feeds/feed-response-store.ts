import type { Database } from '../../../db/client.ts';
import { publicCacheControl } from '../config/http-headers.ts';
import { publicUrl } from '../config/public-url.ts';
import { localizedPath, languageTag, type Locale } from '../i18n/locales.ts';
import { findCurrentUnit } from '../units/store.ts';
import { isUnitCode } from '../units/unit-code.ts';
import { atomFeed, atomMediaType } from './atom.ts';
import { feedPath, type FeedPlace } from './feed-events.ts';
import { feedEvents } from './feed-store.ts';
import { feedEntries, type FeedWords } from './place-feed.ts';
import { hasDemoData } from '../pledges/demo-gift-store.ts';

/** The words a feed is titled in: the `feeds` and `common` messages of one language. */
export interface FeedDocumentWords extends FeedWords {
  feeds: FeedWords['feeds'] &
    Record<'ledgerTitle' | 'subtitle' | 'ledgerSubtitle', string> & {
      feedTitle: (place: string) => string;
    };
  common: { siteName: string; demoBanner: string };
}

/** A place's Atom feed in the reader's language; 404 for a code that is no commune or province of today. */
export async function feedResponse(
  db: Database,
  place: FeedPlace,
  locale: Locale,
  t: FeedDocumentWords,
  requestUrl: URL,
): Promise<Response> {
  let name = '';
  let page = localizedPath(locale, '/ledger');
  if (place !== 'country') {
    const unit = isUnitCode(place.code, place.kind) ? await findCurrentUnit(db, place.code) : undefined;
    if (!unit || unit.level !== place.kind) return new Response(null, { status: 404 });
    name = locale === 'en' ? unit.fullNameEn : unit.fullName;
    page = localizedPath(locale, `/${place.kind}/${place.code}`);
  }
  const absolute = (path: string) => publicUrl(path, requestUrl);
  const self = absolute(feedPath(locale, place));
  const events = await feedEvents(db, place);
  const subtitle = place === 'country' ? t.feeds.ledgerSubtitle : t.feeds.subtitle;
  // Demo data is labelled as on the pages: the feed says so, and each entry, as readers may show entries alone.
  const demo = await hasDemoData(db);
  const entries = feedEntries(events, t, locale, absolute, new URL(self).hostname);
  const body = atomFeed({
    id: self,
    title: place === 'country' ? t.feeds.ledgerTitle : t.feeds.feedTitle(name),
    subtitle: demo ? `${t.common.demoBanner} ${subtitle}` : subtitle,
    self,
    alternate: absolute(page),
    language: languageTag[locale],
    author: t.common.siteName,
    entries: demo ? entries.map((e) => ({ ...e, summary: `${t.common.demoBanner} ${e.summary}` })) : entries,
    // Nothing yet: dated by the national campaign's decision (539/QĐ-TTg, 19/6/2024), before any record.
    emptySince: new Date('2024-06-19T00:00:00+07:00'),
  });
  return new Response(body, {
    headers: { 'Content-Type': `${atomMediaType}; charset=utf-8`, 'Cache-Control': publicCacheControl },
  });
}
