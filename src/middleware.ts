import { defineMiddleware } from 'astro:middleware';
import type { APIContext, MiddlewareNext } from 'astro';
import { getDatabase, readingFromPrimary } from '../db/connection.ts';
import { findSession } from './lib/officials/session-store.ts';
import { readEnvironment } from './lib/config/environment.ts';
import { publicCacheControl, securityHeaders } from './lib/config/http-headers.ts';
import { publicOrigin } from './lib/config/public-url.ts';
import { clientAddress, trustedProxies } from './lib/http/client-address.ts';
import { isCrossSiteWrite } from './lib/http/cross-site.ts';
import { isRefusalStatus, refusalAnswer } from './lib/http/refusal-page.ts';
import { isAcceptedAddress, RequestRefusal, type RefusalStatus } from './lib/http/request-body.ts';
import { publicAnswerKey } from './lib/http/memory-answers.ts';
import { publicAnswers } from './lib/http/public-answers-store.ts';
import { withOnlyPageParameters } from './lib/http/page-parameters.ts';
import { localizedPath } from './lib/i18n/locales.ts';
import { listsHouseholds } from './lib/privacy/list-retention.ts';
import { catalogues } from './lib/i18n/messages.ts';
import { isSignInPath, isWorkspacePath, sessionCookie } from './lib/officials/session-cookie.ts';
import { cardPaymentsOf } from './lib/payments/stripe.ts';

const environment = readEnvironment();
const { MAP_TILE_URL, PUBLIC_BASE_URL, TRUSTED_PROXIES } = environment;
const checkout = cardPaymentsOf(environment)?.checkoutOrigin;
const https = PUBLIC_BASE_URL?.startsWith('https:') === true;
const pageHeaders = securityHeaders(MAP_TILE_URL, 'self', checkout ? [checkout] : [], https);
const embedHeaders = securityHeaders(MAP_TILE_URL, 'anyone', [], https);
const proxies = trustedProxies(TRUSTED_PROXIES);
// Kept public answers, shared with scripts/start.ts, which sends them before the framework runs.
const memory = publicAnswers();
const refusalWords = { vi: catalogues.vi.common, en: catalogues.en.common };

// Addresses of someone's own records (a donor's private link, the workspace): read from the
// primary, like every request that writes or carries a cookie, so a change shows at once.
const ownRecords = /^\/(en\/)?(workspace|pledges)(\/|$)/;

export const onRequest = defineMiddleware(async (context, next) => {
  const { request } = context;
  const publicRead =
    request.method === 'GET' &&
    !request.headers.has('Cookie') &&
    !request.headers.has('Authorization') &&
    !ownRecords.test(context.url.pathname);
  let response: Response;
  try {
    response = await (publicRead ? answer(context, next) : readingFromPrimary(() => answer(context, next)));
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
  const origin = publicOrigin(context.url, PUBLIC_BASE_URL);
  if (!origin) return refuse(421, 'This server answers only on localhost until its PUBLIC_BASE_URL is set.');
  if (isCrossSiteWrite(request, origin))
    return refuse(403, `Cross-site ${request.method} form submissions are forbidden`);
  context.locals.clientAddress = clientAddress(context.clientAddress, request.headers.get('X-Forwarded-For'), proxies);
  if (isWorkspacePath(context.url.pathname)) {
    const session = await findSession(await getDatabase(), context.cookies.get(sessionCookie(context.url).name)?.value);
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
    memory && request.method === 'GET' && !request.headers.has('Cookie') && !request.headers.has('Authorization');
  // Parameters this page does not read are dropped: the page is rendered for the address without
  // them (so its own links name none) and answered from that address's kept answer.
  const address = shared ? withOnlyPageParameters(context.routePattern, context.url) : context.url;
  // The public origin is part of the key: without PUBLIC_BASE_URL, links use the request's (localhost) one.
  const key = shared ? publicAnswerKey(origin, address) : undefined;
  const render = async () => {
    const response = withSecurityHeaders(
      context.url.pathname,
      await (address === context.url ? next() : next(address)),
    );
    const cacheable = request.method === 'GET' && response.status === 200;
    if (!response.headers.has('Cache-Control'))
      response.headers.set('Cache-Control', cacheable ? publicCacheControl : 'no-store');
    return response;
  };
  // Changes written by other processes (imports, the seed, another server) show within a second.
  return memory && key ? memory.cache.answerOrRender(key, await memory.version(), request, render) : render();
}

function refuse(status: number, reason: string): Response {
  const headers = { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...pageHeaders };
  return new Response(reason, { status, headers });
}

function withSecurityHeaders(pathname: string, response: Response): Response {
  const headers = /^\/(en\/)?embed\//.test(pathname) ? embedHeaders : pageHeaders;
  if (listsHouseholds(pathname)) response.headers.set('X-Robots-Tag', 'noindex');
  for (const [name, value] of Object.entries(headers)) {
    const existing = response.headers.get(name);
    // Astro sends its own script-src and style-src (hashes of its inline code): add to them.
    if (name === 'Content-Security-Policy' && existing)
      response.headers.set(name, `${existing.replace(/;?\s*$/, ';')} ${value}`);
    else if (!existing) response.headers.set(name, value);
  }
  return response;
}
