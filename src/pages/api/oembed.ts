import type { APIRoute } from 'astro';
import { getDatabase } from '../../../db/connection.ts';
import { embedAreaName } from '../../lib/progress/subject-map-store.ts';
import { publicUrl } from '../../lib/config/public-url.ts';
import { inEveryLanguage, messagesFor } from '../../lib/i18n/messages.ts';
import { problemResponse } from '../../lib/open-data/respond.ts';
import { embedCode, embeddableTarget } from '../../lib/progress/embed-code.ts';
import { publicCacheControl } from '../../lib/config/http-headers.ts';

/**
 * oEmbed (https://oembed.com) for the portal's maps: /api/oembed?url=<page>&format=json
 * [&maxwidth=…][&maxheight=…]. News platforms that support oEmbed turn a pasted link into the map.
 */
export const GET: APIRoute = async ({ url }) => {
  const format = url.searchParams.get('format') ?? 'json';
  if (format !== 'json') return new Response('Only format=json is supported', { status: 501 });
  let page: URL;
  try {
    page = new URL(url.searchParams.get('url') ?? '');
  } catch {
    return problemResponse(
      400,
      inEveryLanguage((t) => t.embed.problem.url),
    );
  }
  const target = page.origin === new URL(publicUrl('/', url)).origin ? embeddableTarget(page) : undefined;
  const locale = target?.embedPath.endsWith('lang=en') ? 'en' : 'vi';
  const t = messagesFor(locale);
  const area = target?.unit ? await embedAreaName(await getDatabase(), locale, t, target.unit) : undefined;
  if (!target || (target.unit && !area)) {
    return problemResponse(
      404,
      inEveryLanguage((t) => t.embed.problem.noMap),
    );
  }
  const maxWidth = Number(url.searchParams.get('maxwidth')) || undefined;
  const maxHeight = Number(url.searchParams.get('maxheight')) || undefined;
  const height = Math.min(maxHeight ?? 560, 560);
  const title = area ? t.embed.areaTitle(area) : t.embed.nationalTitle;
  return Response.json(
    {
      version: '1.0',
      type: 'rich',
      provider_name: t.common.siteName,
      provider_url: publicUrl('/', url),
      title,
      html: embedCode(publicUrl(target.embedPath, url), title, height),
      width: Math.min(maxWidth ?? 720, 720),
      height,
    },
    { headers: { 'Cache-Control': publicCacheControl, 'Access-Control-Allow-Origin': '*' } },
  );
};
