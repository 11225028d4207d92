import { readEnvironment } from './environment.ts';

/**
 * Response headers shared by every page. Public pages are the same for everyone, so a CDN may
 * keep them briefly, serve a stale copy while it fetches a fresh one, and keep serving it for a
 * day while no portal server answers (deploy/nginx/chung-tay-proxy.conf does all three).
 */
export const publicCacheControl = publicCacheControlFor(readEnvironment().PUBLIC_CACHE_SECONDS);

/** Browsers keep a public answer a minute (or less); shared caches `seconds`, this server's memory too. */
export function publicCacheControlFor(seconds: number): string {
  return `public, max-age=${Math.min(60, seconds)}, s-maxage=${seconds}, stale-while-revalidate=600, stale-if-error=86400`;
}

/**
 * Security headers. Script and style sources are set by Astro's own policy (hashes of its inline
 * code); everything else is here, because a `<meta>` policy cannot carry frame-ancestors and the
 * optional map tile server is only known at run time.
 */
export function securityHeaders(
  tileUrl: string | undefined,
  framing: 'self' | 'anyone',
  /** Other sites a form may lead to, e.g. Stripe Checkout after the card form's redirect. */
  formTargets: string[] = [],
  /** Whether the public address is HTTPS: browsers are then told never to use plain HTTP here. */
  https = false,
): Record<string, string> {
  const tileOrigin = tileUrl ? ` ${new URL(tileUrl.replace(/\{[a-z]\}/g, '0')).origin}` : '';
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Content-Security-Policy': [
      "default-src 'self'",
      `img-src 'self' data:${tileOrigin}`,
      "connect-src 'self'",
      // Embeds (/embed/…) are made to be framed by news sites; nothing else is.
      framing === 'anyone' ? 'frame-ancestors *' : "frame-ancestors 'self'",
      "base-uri 'self'",
      "object-src 'none'",
      ["form-action 'self'", ...formTargets].join(' '),
    ].join('; '),
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    // A year, as browsers' preload lists ask; subdomains are not the portal's to speak for.
    ...(https && { 'Strict-Transport-Security': 'max-age=31536000' }),
  };
}
