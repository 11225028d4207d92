import { languageTag, localizedPath, type Locale } from '../i18n/locales.ts';
import type { RefusalStatus } from './request-body.ts';

/** What a refusal says, in one language: the catalogue's `common` (a 404 says what any unknown address does). */
export interface RefusalWords {
  siteName: string;
  backHome: string;
  notFoundTitle: string;
  notFoundPage: string;
  refusal: Record<Exclude<RefusalStatus, 404>, { title: string; text: string }>;
}

function wording(words: RefusalWords, status: RefusalStatus): { title: string; text: string } {
  return status === 404 ? { title: words.notFoundTitle, text: words.notFoundPage } : words.refusal[status];
}

/** Whether a status is one `refusalAnswer` words. */
export function isRefusalStatus(status: number): status is RefusalStatus {
  return status === 400 || status === 404 || status === 405 || status === 413 || status === 431;
}

/** An answer built without the page it was meant for: its status, headers and body. */
export interface RefusalAnswer {
  status: RefusalStatus;
  headers: Record<string, string>;
  body: string;
}

/**
 * The answer to a request refused before any page read it (src/middleware.ts, and the server
 * itself for addresses it cannot decode, scripts/start.ts), or answered by a route with a bare
 * status (an endpoint's 404): a short page in the address's language, or for /api/ a JSON problem
 * in both languages, as the open data answers. It repeats nothing of the request.
 */
export function refusalAnswer(
  pathname: string,
  status: RefusalStatus,
  words: Record<Locale, RefusalWords>,
): RefusalAnswer {
  const headers = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
  if (/^\/api(\/|$)/.test(pathname)) {
    const error = { vi: wording(words.vi, status).text, en: wording(words.en, status).text };
    return {
      status,
      headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8', 'Access-Control-Allow-Origin': '*' },
      body: JSON.stringify({ error }),
    };
  }
  const locale: Locale = /^\/en(\/|$)/.test(pathname) ? 'en' : 'vi';
  const { siteName, backHome } = words[locale];
  const { title, text } = wording(words[locale], status);
  const body = `<!doctype html>
<html lang="${languageTag[locale]}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title} · ${siteName}</title>
  </head>
  <body>
    <main>
      <h1>${title}</h1>
      <p>${text}</p>
      <p><a href="${localizedPath(locale, '/')}">${backHome}</a></p>
    </main>
  </body>
</html>
`;
  return { status, headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' }, body };
}
