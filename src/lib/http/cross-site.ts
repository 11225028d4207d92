const safeMethods = ['GET', 'HEAD', 'OPTIONS'];
// What a form on another site can send without asking first (a CORS "simple" request).
const formTypes = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

/**
 * Whether a request that changes something was sent by a page of another site: a form there,
 * posted here, with the visitor's cookies. Browsers name the page's origin in every such request;
 * it must be the portal's public origin, which, behind a proxy that terminates TLS, is not the
 * address the server itself was reached at. Other bodies (JSON, as Stripe's webhook sends) cannot
 * be sent across sites without the portal's consent, which it never gives.
 */
export function isCrossSiteWrite(request: Request, publicOrigin: string): boolean {
  if (safeMethods.includes(request.method) || request.headers.get('origin') === publicOrigin) return false;
  const type = request.headers.get('content-type')?.toLowerCase();
  return type === undefined || formTypes.some((form) => type.includes(form));
}
