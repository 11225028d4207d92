import type { APIRoute } from 'astro';
import { getDatabase } from '../../../../db/connection.ts';
import { findBoundaryTopology } from '../../../lib/units/store.ts';
import { formerAreaTopology } from '../../../lib/units/former-area-store.ts';
import { publicCacheControl } from '../../../lib/config/http-headers.ts';
import { inEveryLanguage } from '../../../lib/i18n/messages.ts';
import { problemResponse } from '../../../lib/open-data/respond.ts';

/**
 * Simplified 2025 boundaries as TopoJSON: `/api/boundaries/provinces.topo.json`,
 * `/api/boundaries/communes.topo.json` and `/api/boundaries/communes/<province>.topo.json`; a
 * pre-2025 unit's successor communes at `/api/boundaries/old/<code>.topo.json`.
 */
export const GET: APIRoute = async ({ params, request }) => {
  const match = /^(?:(provinces|communes(?:\/\d{2})?)|old\/(\d{2}|\d{3}|\d{5}))\.topo\.json$/.exec(params.scope ?? '');
  const db = await getDatabase();
  const boundary = match?.[1]
    ? await findBoundaryTopology(db, match[1])
    : match?.[2]
      ? await formerAreaTopology(db, match[2])
      : undefined;
  // Said in both languages, as every open data problem; the address asked for is not repeated.
  if (!boundary)
    return problemResponse(
      404,
      inEveryLanguage((t) => t.map.noBoundary),
    );
  const etag = `"${boundary.sha256}"`;
  const headers = { ETag: etag, 'Cache-Control': publicCacheControl, Vary: 'Accept-Encoding' };
  if (request.headers.get('If-None-Match') === etag) return new Response(null, { status: 304, headers });
  return new Response(boundary.topology, {
    headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' },
  });
};
