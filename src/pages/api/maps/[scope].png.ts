import type { APIRoute } from 'astro';
import { getDatabase } from '../../../../db/connection.ts';
import { publicCacheControl } from '../../../lib/config/http-headers.ts';
import { inEveryLanguage } from '../../../lib/i18n/messages.ts';
import { problemResponse } from '../../../lib/open-data/respond.ts';
import { mapPicture } from '../../../lib/sharing/map-picture-store.ts';
import { findCurrentUnit } from '../../../lib/units/store.ts';
import { isUnitCode } from '../../../lib/units/unit-code.ts';

/**
 * The share preview's picture (`og:image`): `/api/maps/vietnam.png` for the country,
 * `/api/maps/<province code>.png` for a province, drawn on the server from the simplified boundaries.
 */
export const GET: APIRoute = async ({ params, request }) => {
  const db = await getDatabase();
  const scope = params.scope ?? '';
  const province =
    scope !== 'vietnam' && isUnitCode(scope, 'province') && (await findCurrentUnit(db, scope))?.level === 'province'
      ? scope
      : undefined;
  const picture = scope === 'vietnam' || province ? await mapPicture(db, province) : undefined;
  if (!picture)
    return problemResponse(
      404,
      inEveryLanguage((t) => t.map.noBoundary),
    );
  const etag = `"${picture.version}"`;
  const headers = { ETag: etag, 'Cache-Control': publicCacheControl };
  if (request.headers.get('If-None-Match') === etag) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(picture.png), { headers: { ...headers, 'Content-Type': 'image/png' } });
};
