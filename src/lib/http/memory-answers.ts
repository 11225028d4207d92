import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendableAnswer, type KeptAnswer, type ResponseCache } from './response-cache.ts';

/**
 * Query parameters a page or API reads (tests/unit/memory-answers.test.ts finds every one read).
 * Any other parameter is taken off a GET address before anything sees it (withoutUnreadParameters),
 * and an answer to an address that still holds one is never kept, so that random parameters can
 * neither fill the cache nor make the servers render one page over and over.
 */
export const knownQueryParameters: ReadonlySet<string> = new Set([
  ...['lang', 'campaign', 'era', 'format', 'page', 'q', 'area', 'date', 'after', 'target', 'commune', 'household'],
  ...['locality', 'village', 'category', 'stage', 'url', 'maxwidth', 'maxheight', 'card', 'cancelled'],
  ...['record', 'size', 'from', 'to', 'as_of', 'ref', 'number', 'reference'],
  // Read by private pages (a donor's link, the workspace), which are never kept: listed so that the list is whole.
  ...['not-cancelled', 'code', 'saved', 'new', 'edited', 'recorded', 'created', 'imported', 'matched'],
  ...['allocation', 'disbursement', 'reversal'],
]);

/**
 * `path?query` with only the parameters some page reads; the same string when it has no other.
 * A page answers the same with or without a parameter it does not read, so taking them off
 * changes no answer: a link shared with `fbclid` or `utm_…` (a spike from a post arrives with a
 * different `fbclid` on every visit), or an address with a random parameter, is answered from
 * memory like the plain one.
 */
export function withoutUnreadParameters(address: string): string {
  const queryAt = address.indexOf('?');
  if (queryAt < 0) return address;
  const params = new URLSearchParams(address.slice(queryAt + 1));
  const unread = [...new Set(params.keys())].filter((name) => !knownQueryParameters.has(name));
  if (unread.length === 0) return address;
  for (const name of unread) params.delete(name);
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
  version(): string | Promise<string>;
}

/**
 * Answers a request from memory before the framework sees it, when a public answer to it is
 * kept at the current data version: what src/middleware.ts would have sent from memory, headers
 * and all. False when it is not (the framework then renders, and keeps, the answer). Without a
 * promise when the data version is known: this runs for every request, so it parses nothing it
 * need not.
 */
export function answerFromMemory(
  answers: PublicAnswers | undefined,
  request: IncomingMessage,
  response: ServerResponse,
  baseUrl: string | undefined,
): boolean | Promise<boolean> {
  const { headers } = request;
  const address = request.url;
  if (!answers || request.method !== 'GET' || headers.cookie !== undefined || headers.authorization !== undefined)
    return false;
  if (!address?.startsWith('/') || headers.host === undefined) return false;
  // The key as the middleware makes it from the parsed address. An address not in the parser's
  // normal form (`/a/../b`, a raw space) is no key the middleware ever makes, so it simply misses.
  const origin = baseUrl ? originOf(baseUrl) : loopbackOrigin(headers.host);
  if (!origin) return false;
  // An address with a parameter no page reads has no kept answer (publicAnswerKey): it misses.
  const key = origin + address;
  const version = answers.version();
  return typeof version === 'string'
    ? send(answers, key, version, request, response)
    : version.then((known) => send(answers, key, known, request, response));
}

let parsedBase: [string, string] | undefined;
const originOf = (baseUrl: string) =>
  (parsedBase?.[0] === baseUrl ? parsedBase : (parsedBase = [baseUrl, new URL(baseUrl).origin]))[1];
const loopbackHost = /^(localhost|127(\.\d{1,3}){3}|\[::1\])(:\d{1,5})?$/;
const loopbackOrigin = (host: string) => (loopbackHost.test(host) ? `http://${host}` : undefined);

// The head of each kept answer as it goes out gzipped, made once.
const gzippedHeads = new WeakMap<KeptAnswer, Record<string, string | number>>();

function send(
  answers: PublicAnswers,
  key: string,
  version: string,
  request: IncomingMessage,
  response: ServerResponse,
): boolean {
  const entry = answers.cache.lookup(key, version);
  if (!entry) return false;
  const { headers } = request;
  if (headers['if-none-match'] === undefined && /\bgzip\b/.test(headers['accept-encoding'] ?? '')) {
    let head = gzippedHeads.get(entry);
    if (!head) {
      head = {
        ...Object.fromEntries(entry.headers),
        'content-encoding': 'gzip',
        'content-length': entry.gzipped.byteLength,
      };
      gzippedHeads.set(entry, head);
    }
    response.writeHead(entry.status, head).end(entry.gzipped);
    return true;
  }
  const sent = sendableAnswer(entry, headers['accept-encoding'], headers['if-none-match']);
  const head: Record<string, string | number> = Object.fromEntries(sent.headers);
  if (sent.body) head['content-length'] = sent.body.byteLength;
  response.writeHead(sent.status, head).end(sent.body ?? undefined);
  return true;
}
