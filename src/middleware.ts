import { defineMiddleware } from 'astro:middleware';
import { publicCacheControl, securityHeaders } from './lib/config/http-headers.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  for (const [name, value] of Object.entries(securityHeaders)) {
    if (!response.headers.has(name)) response.headers.set(name, value);
  }
  const cacheable = context.request.method === 'GET' && response.status === 200;
  if (cacheable && !response.headers.has('Cache-Control')) response.headers.set('Cache-Control', publicCacheControl);
  if (!cacheable && !response.headers.has('Cache-Control')) response.headers.set('Cache-Control', 'no-store');
  return response;
});
