import type { IncomingMessage, ServerResponse } from 'node:http';
import { publicOrigin } from '../config/public-url.ts';
import { sendableAnswer, type ResponseCache } from './response-cache.ts';

/**
 * Query parameters a public page or API reads. An answer to an address with any other parameter
 * is rendered but never kept, so that random parameters cannot fill the cache (and push out the
 * pages everyone asks for). A parameter missing here only costs its pages their caching.
 */
export const knownQueryParameters: ReadonlySet<string> = new Set([
  ...['lang', 'campaign', 'era', 'format', 'page', 'q', 'area', 'date', 'after', 'target', 'commune', 'household'],
  ...['locality', 'village', 'category', 'stage', 'url', 'maxwidth', 'maxheight', 'card', 'cancelled'],
  // Read by private pages (a donor's link, the workspace), which are never kept: listed so that the list is whole.
  ...['not-cancelled', 'code', 'saved', 'new', 'edited', 'recorded', 'created', 'imported', 'matched'],
]);

/**
 * Parameters that sharing adds to a link (Facebook, Zalo, Google, newsletters) and that no page
 * reads: taken off the address before anything sees it, so a shared link is answered from memory
 * like the plain one. A spike from a post arrives with a different `fbclid` on every visit.
 */
export const sharingQueryParameters: ReadonlySet<string> = new Set([
  ...['fbclid', 'gclid', 'zarsrc', 'utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'],
]);

/** `path?query` without the sharing parameters; the same string when it has none. */
export function withoutSharingParameters(address: string): string {
  const queryAt = address.indexOf('?');
  if (queryAt < 0) return address;
  const params = new URLSearchParams(address.slice(queryAt + 1));
  if (![...params.keys()].some((name) => sharingQueryParameters.has(name))) return address;
  for (const name of sharingQueryParameters) params.delete(name);
  const query = params.toString();
  return address.slice(0, queryAt) + (query ? `?${query}` : '');
}

/** The cache key of a public answer, or undefined when the address must not create an entry. */
export function publicAnswerKey(origin: string, url: URL): string | undefined {
  for (const name of url.searchParams.keys()) if (!knownQueryParameters.has(name)) return undefined;
  return `${origin}${url.pathname}${url.search}`;
}

export interface PublicAnswers {
  cache: ResponseCache;
  /** The published data's version as this process knows it (another server's change within a second). */
  version(): Promise<string>;
}

/**
 * Answers a request from memory before the framework sees it, when a public answer to it is
 * kept at the current data version: what src/middleware.ts would have sent from memory, headers
 * and all. False when it is not (the framework then renders, and keeps, the answer).
 */
export async function answerFromMemory(
  answers: PublicAnswers | undefined,
  request: IncomingMessage,
  response: ServerResponse,
  baseUrl: string | undefined,
): Promise<boolean> {
  const { headers } = request;
  if (!answers || request.method !== 'GET' || headers.cookie !== undefined || headers.authorization !== undefined)
    return false;
  // The address as the Node adapter builds it (http: this server speaks plain HTTP).
  if (!URL.canParse(`http://${headers.host}${request.url}`)) return false;
  const url = new URL(`http://${headers.host}${request.url}`);
  const origin = publicOrigin(url, baseUrl);
  const key = origin && publicAnswerKey(origin, url);
  if (!key) return false;
  const entry = answers.cache.lookup(key, await answers.version());
  if (!entry) return false;
  const sent = sendableAnswer(entry, headers['accept-encoding'], headers['if-none-match']);
  const head: Record<string, string | number> = Object.fromEntries(sent.headers);
  if (sent.body) head['content-length'] = sent.body.byteLength;
  response.writeHead(sent.status, head).end(sent.body ?? undefined);
  return true;
}
