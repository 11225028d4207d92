import type { APIRoute } from 'astro';
import { getDatabase } from '../../../../db/connection.ts';
import { provincesProgressTable } from '../../../lib/progress/open-data-store.ts';
import { progressColumns } from '../../../lib/open-data/columns.ts';
import { inEveryLanguage } from '../../../lib/i18n/messages.ts';
import { renderOpenData } from '../../../lib/open-data/render.ts';
import { openDataResponse, problemResponse } from '../../../lib/open-data/respond.ts';

/** Progress per province: /api/progress/provinces.{csv,json,geojson}[?era=pre2025][&campaign=<id>][&as_of=YYYY-MM-DD] */
export const GET: APIRoute = async ({ params, url, request }) => {
  const table = await provincesProgressTable(await getDatabase(), params.format, url.searchParams);
  if (!table.ok) {
    const code = table.problems[0]!.code;
    return problemResponse(
      400,
      inEveryLanguage((t) => t.openData.problem[code]),
    );
  }
  const { query, rows, asOf, topology } = table.value;
  const { format, era, campaignId, asOf: figuresAsOf } = query;
  const body = renderOpenData(format, rows, progressColumns, {
    asOf,
    dictionaryUrl: '/open-data#progress',
    topology,
    figuresAsOf,
  });
  return openDataResponse(
    request,
    body,
    format,
    `progress-provinces-${era}${campaignId ? `-${campaignId}` : ''}${figuresAsOf ? `-${figuresAsOf}` : ''}`,
  );
};
