import { defineMiddleware } from 'astro:middleware';
import { readEnvironment } from './lib/config/environment.ts';
import { publicCacheControl, securityHeaders } from './lib/config/http-headers.ts';

const { MAP_TILE_URL } = readEnvironment();
const pageHeaders = securityHeaders(MAP_TILE_URL, 'self');
const embedHeaders = securityHeaders(MAP_TILE_URL, 'anyone');

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const headers = /^\/(en\/)?embed\//.test(context.url.pathname) ? embedHeaders : pageHeaders;
  for (const [name, value] of Object.entries(headers)) {
    const existing = response.headers.get(name);
    // Astro sends its own script-src and style-src (hashes of its inline code): add to them.
    if (name === 'Content-Security-Policy' && existing)
      response.headers.set(name, `${existing.replace(/;?\s*$/, ';')} ${value}`);
    else if (!existing) response.headers.set(name, value);
  }
  const cacheable = context.request.method === 'GET' && response.status === 200;
  if (!response.headers.has('Cache-Control'))
    response.headers.set('Cache-Control', cacheable ? publicCacheControl : 'no-store');
  return response;
});
