/**
 * Response headers shared by every page. Public pages are the same for everyone, so a CDN may
 * keep them briefly and serve a stale copy while it fetches a fresh one.
 */
export const publicCacheControl = 'public, max-age=60, s-maxage=300, stale-while-revalidate=600';

export const securityHeaders: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // Script and style sources are set by Astro's own policy (astro.config.mjs); these directives
  // cannot be set from a <meta> tag, so they travel as a header.
  'Content-Security-Policy': "frame-ancestors 'self'; base-uri 'self'; object-src 'none'; form-action 'self'",
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};
