import { languageTag, localizedPath, type Locale } from '../i18n/locales.ts';
import type { RefusalStatus } from './request-body.ts';

/** What a refusal says, in one language: from the catalogue's `common.refusal`. */
export interface RefusalWords {
  siteName: string;
  backHome: string;
  refusal: Record<RefusalStatus, { title: string; text: string }>;
}

/** An answer built without the page it was meant for: its status, headers and body. */
export interface RefusalAnswer {
  status: RefusalStatus;
  headers: Record<string, string>;
  body: string;
}

/**
 * The answer to a request refused before any page read it (src/middleware.ts, and the server
 * itself for addresses it cannot decode, scripts/start.ts): a short page in the address's
 * language, or for /api/ a JSON problem in both languages, as the open data answers. It repeats
 * nothing of the request.
 */
export function refusalAnswer(
  pathname: string,
  status: RefusalStatus,
  words: Record<Locale, RefusalWords>,
): RefusalAnswer {
  const headers = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
  if (/^\/api(\/|$)/.test(pathname)) {
    const error = { vi: words.vi.refusal[status].text, en: words.en.refusal[status].text };
    return {
      status,
      headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8', 'Access-Control-Allow-Origin': '*' },
      body: JSON.stringify({ error }),
    };
  }
  const locale: Locale = /^\/en(\/|$)/.test(pathname) ? 'en' : 'vi';
  const { siteName, backHome, refusal } = words[locale];
  const { title, text } = refusal[status];
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
