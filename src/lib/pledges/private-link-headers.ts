/**
 * The headers of every answer behind a donor's private link (its page, its confirmation, its
 * VietQR image): never kept by a shared cache, never indexed, and its address never sent to
 * another site as a referrer.
 */
export const privateLinkHeaders = {
  'Cache-Control': 'private, no-store',
  'Referrer-Policy': 'same-origin',
  'X-Robots-Tag': 'noindex',
} as const;
