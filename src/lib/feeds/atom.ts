/**
 * Atom 1.0 feeds (RFC 4287) for people who follow a place: built as text, every value escaped.
 * A feed has its id, title, updated time, author and self link; each entry its id, title,
 * updated time, link and summary, as the RFC requires.
 *
 * @example atomFeed({ id: 'https://…/commune/18229/feed.atom', title: 'Xã Đức Thọ', … })
 */

export interface AtomEntry {
  /** A permanent, unique IRI, e.g. `tag:chungtay.example.vn,2025:stage-event-17`. */
  id: string;
  title: string;
  /** When the event happened: the entry's `published` and `updated` both. */
  updated: Date;
  /** The page the entry is about. */
  link: string;
  summary: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** The feed's own address (rel="self") and the page it follows (rel="alternate"). */
  self: string;
  alternate: string;
  language: string;
  author: string;
  entries: readonly AtomEntry[];
  /** When nothing has happened yet: the feed is still dated (`updated` is required). */
  emptySince: Date;
}

/** The media type a feed is served and linked with. */
export const atomMediaType = 'application/atom+xml';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

// The characters XML 1.0 forbids, control characters among them.
// eslint-disable-next-line no-control-regex
const notInXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text safe inside an XML element or attribute; characters XML 1.0 forbids are dropped. */
export function xmlText(text: string): string {
  return text.replace(notInXml, '').replace(/[&<>"']/g, (c) => escapes[c]!);
}

/** An IRI for a feed entry that never changes: a tag URI (RFC 4151) under the portal's host. */
export function tagUri(host: string, specific: string): string {
  return `tag:${host},2025:${specific}`;
}

/** The feed, newest entry first (as readers show it); it was last updated when its newest entry was. */
export function atomFeed(feed: AtomFeed): string {
  const newestFirst = [...feed.entries].sort((a, b) => b.updated.getTime() - a.updated.getTime());
  const updated = newestFirst[0]?.updated ?? feed.emptySince;
  const entries = newestFirst.map(
    (entry) => `  <entry>
    <id>${xmlText(entry.id)}</id>
    <title>${xmlText(entry.title)}</title>
    <published>${entry.updated.toISOString()}</published>
    <updated>${entry.updated.toISOString()}</updated>
    <link rel="alternate" type="text/html" href="${xmlText(entry.link)}"/>
    <summary>${xmlText(entry.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlText(feed.language)}">
  <id>${xmlText(feed.id)}</id>
  <title>${xmlText(feed.title)}</title>
${feed.subtitle ? `  <subtitle>${xmlText(feed.subtitle)}</subtitle>\n` : ''}  <updated>${updated.toISOString()}</updated>
  <author><name>${xmlText(feed.author)}</name></author>
  <link rel="self" type="${atomMediaType}" href="${xmlText(feed.self)}"/>
  <link rel="alternate" type="text/html" href="${xmlText(feed.alternate)}"/>
${entries.join('\n')}
</feed>
`;
}
