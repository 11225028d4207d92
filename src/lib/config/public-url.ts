import { readEnvironment } from './environment.ts';

// Names that reach only the machine itself: what a trial on one's own computer, and the tests, use.
const loopbackHost = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

/**
 * Where visitors reach the portal, as their browsers name it (`https://chungtay.example.vn`):
 * PUBLIC_BASE_URL when set, whatever Host a request carries. Without it, the request's own origin,
 * and only on localhost, so that no link, and no check of where a form came from, is ever built
 * from a Host header a stranger chose: undefined for any other host, which src/middleware.ts
 * then refuses to answer.
 *
 * @example publicOrigin(new URL('http://attacker.example/'), undefined) // undefined
 */
export function publicOrigin(
  requestUrl: URL,
  baseUrl: string | undefined = readEnvironment().PUBLIC_BASE_URL,
): string | undefined {
  if (baseUrl) return new URL(baseUrl).origin;
  return loopbackHost.test(requestUrl.hostname) ? requestUrl.origin : undefined;
}

/**
 * The absolute address of a portal path, for links that leave the site (embed codes, QR codes,
 * oEmbed, card payment returns), at the public origin.
 */
export function publicUrl(path: string, requestUrl: URL): string {
  const origin = publicOrigin(requestUrl);
  // Unreachable from a page: src/middleware.ts answers no request without a public origin.
  if (!origin) throw new Error(`No public address for a request to ${requestUrl.host}`);
  return new URL(path, origin).href;
}
