import type { APIRoute } from 'astro';
import { getDatabase } from '../../../../../../db/connection.ts';
import { communesProgressTable } from '../../../../../lib/progress/open-data-store.ts';
import { progressColumns } from '../../../../../lib/open-data/columns.ts';
import { inEveryLanguage } from '../../../../../lib/i18n/messages.ts';
import { renderOpenData } from '../../../../../lib/open-data/render.ts';
import { openDataResponse, problemResponse } from '../../../../../lib/open-data/respond.ts';

/** Progress per commune of a province: /api/progress/provinces/<code>/communes.{csv,json,geojson}[?era=…][&campaign=…] */
export const GET: APIRoute = async ({ params, url, request }) => {
  const table = await communesProgressTable(await getDatabase(), params.code, params.format, url.searchParams);
  if (!table.ok) {
    const { code, values } = table.problems[0]!;
    if (code !== 'provinceUnknown')
      return problemResponse(
        400,
        inEveryLanguage((t) => t.openData.problem[code]),
      );
    const era = String(values?.era ?? '');
    return problemResponse(
      404,
      inEveryLanguage((t) => t.openData.problem.provinceUnknown(params.code ?? '', era)),
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
  const name = `progress-communes-${params.code}-${era}${campaignId ? `-${campaignId}` : ''}${figuresAsOf ? `-${figuresAsOf}` : ''}`;
  return openDataResponse(request, body, format, name);
};
