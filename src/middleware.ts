import { defineMiddleware } from 'astro:middleware';
import type { APIContext, MiddlewareNext } from 'astro';
import { getDatabase } from '../db/connection.ts';
import { findSession } from './lib/officials/session-store.ts';
import { publicDataVersionReader } from './lib/http/public-data-version-store.ts';
import { readEnvironment } from './lib/config/environment.ts';
import { publicCacheControl, securityHeaders } from './lib/config/http-headers.ts';
import { isRefusalStatus, refusalAnswer } from './lib/http/refusal-page.ts';
import { isAcceptedAddress, RequestRefusal, type RefusalStatus } from './lib/http/request-body.ts';
import { ResponseCache } from './lib/http/response-cache.ts';
import { localizedPath } from './lib/i18n/locales.ts';
import { catalogues } from './lib/i18n/messages.ts';
import { isSignInPath, isWorkspacePath, sessionCookieName } from './lib/officials/session-cookie.ts';
import { cardPaymentsOf } from './lib/payments/stripe.ts';

const environment = readEnvironment();
const { MAP_TILE_URL, RESPONSE_CACHE_MB } = environment;
const checkout = cardPaymentsOf(environment)?.checkoutOrigin;
const pageHeaders = securityHeaders(MAP_TILE_URL, 'self', checkout ? [checkout] : []);
const embedHeaders = securityHeaders(MAP_TILE_URL, 'anyone');
const cache = RESPONSE_CACHE_MB > 0 ? new ResponseCache(RESPONSE_CACHE_MB * 1024 * 1024) : undefined;
const refusalWords = { vi: catalogues.vi.common, en: catalogues.en.common };
// Changes written by other processes (imports, the seed) show within a second.
let readVersion: (() => Promise<string>) | undefined;

export const onRequest = defineMiddleware(async (context, next) => {
  let response: Response;
  try {
    response = await answer(context, next);
  } catch (error) {
    // A reader of the request refused it (src/lib/http/request-body.ts): say why, in the page's language.
    if (!(error instanceof RequestRefusal)) throw error;
    return refusal(context.url.pathname, error.status);
  }
  // An endpoint's bare status (a private link's 404) says why too, rather than an empty page.
  return response.body === null && isRefusalStatus(response.status)
    ? refusal(context.url.pathname, response.status)
    : response;
});

function refusal(pathname: string, status: RefusalStatus): Response {
  const { headers, body } = refusalAnswer(pathname, status, refusalWords);
  return withSecurityHeaders(pathname, new Response(body, { status, headers }));
}

async function answer(context: APIContext, next: MiddlewareNext): Promise<Response> {
  const { request } = context;
  // No address of the portal holds a NUL: refused here once, before any page or store reads it.
  if (!isAcceptedAddress(context.url)) throw new RequestRefusal(400);
  if (isWorkspacePath(context.url.pathname)) {
    const session = await findSession(await getDatabase(), context.cookies.get(sessionCookieName)?.value);
    if (!session?.signedIn && !isSignInPath(context.url.pathname)) {
      const locale = context.url.pathname.startsWith('/en/') ? 'en' : 'vi';
      return context.redirect(localizedPath(locale, '/workspace/sign-in'), 303);
    }
    context.locals.session = session;
    const response = withSecurityHeaders(context.url.pathname, await next());
    response.headers.set('Cache-Control', 'private, no-store');
    return response;
  }
  // Anything personal (a signed-in official, a donor's private link) is never answered from memory.
  const shared =
    cache && request.method === 'GET' && !request.headers.has('Cookie') && !request.headers.has('Authorization');
  // The origin is part of the key: without PUBLIC_BASE_URL, printed links use the request's host.
  const key = context.url.href;
  if (shared) readVersion ??= publicDataVersionReader(await getDatabase(), 1000);
  const version = shared && readVersion ? await readVersion() : '';
  const kept = shared ? cache.answer(key, version, request) : undefined;
  if (kept) return kept;

  const response = withSecurityHeaders(context.url.pathname, await next());
  const cacheable = context.request.method === 'GET' && response.status === 200;
  if (!response.headers.has('Cache-Control'))
    response.headers.set('Cache-Control', cacheable ? publicCacheControl : 'no-store');
  return shared ? cache.keep(key, version, response, request) : response;
}

function withSecurityHeaders(pathname: string, response: Response): Response {
  const headers = /^\/(en\/)?embed\//.test(pathname) ? embedHeaders : pageHeaders;
  for (const [name, value] of Object.entries(headers)) {
    const existing = response.headers.get(name);
    // Astro sends its own script-src and style-src (hashes of its inline code): add to them.
    if (name === 'Content-Security-Policy' && existing)
      response.headers.set(name, `${existing.replace(/;?\s*$/, ';')} ${value}`);
    else if (!existing) response.headers.set(name, value);
  }
  return response;
}
