import { defineMiddleware } from 'astro:middleware';
import { readEnvironment } from './lib/config/environment.ts';
import { publicCacheControl, securityHeaders } from './lib/config/http-headers.ts';

const headers = securityHeaders(readEnvironment().MAP_TILE_URL);

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  for (const [name, value] of Object.entries(headers)) {
    if (!response.headers.has(name)) response.headers.set(name, value);
  }
  const cacheable = context.request.method === 'GET' && response.status === 200;
  if (!response.headers.has('Cache-Control'))
    response.headers.set('Cache-Control', cacheable ? publicCacheControl : 'no-store');
  return response;
});
