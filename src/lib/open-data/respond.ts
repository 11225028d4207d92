import { createHash } from 'node:crypto';
import { publicCacheControl } from '../config/http-headers.ts';
import type { OpenDataFormat } from './formats.ts';

const contentTypes: Record<OpenDataFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
};

/**
 * An open data file: cacheable by CDNs, revalidated by ETag (a 304 costs no body), readable from
 * any web page (CORS), and saved under a meaningful name when downloaded.
 */
export function openDataResponse(request: Request, body: string, format: OpenDataFormat, fileName: string): Response {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
  const headers: Record<string, string> = {
    ETag: etag,
    'Cache-Control': publicCacheControl,
    'Access-Control-Allow-Origin': '*',
    Vary: 'Accept-Encoding',
  };
  if (request.headers.get('If-None-Match') === etag) return new Response(null, { status: 304, headers });
  return new Response(body, {
    headers: {
      ...headers,
      'Content-Type': contentTypes[format],
      'Content-Disposition': `${format === 'csv' ? 'attachment' : 'inline'}; filename="${fileName}.${format}"`,
    },
  });
}

/** A problem with the request, explained in both languages. */
export function problemResponse(status: 400 | 404, message: { vi: string; en: string }): Response {
  return Response.json({ error: message }, { status, headers: { 'Access-Control-Allow-Origin': '*' } });
}
