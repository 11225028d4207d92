import type { APIRoute } from 'astro';
import { getDatabase } from '../../../../../../db/connection.ts';
import { moneySpentByUnit } from '../../../../../lib/ledger/money-flow-store.ts';
import { listCampaigns } from '../../../../../lib/campaigns/store.ts';
import { inEveryLanguage } from '../../../../../lib/i18n/messages.ts';
import { progressByUnit, progressOf } from '../../../../../lib/progress/store.ts';
import { findBoundaryTopology, findUnit, listUnits } from '../../../../../lib/units/store.ts';
import { progressColumns } from '../../../../../lib/open-data/columns.ts';
import { progressRows } from '../../../../../lib/open-data/progress-rows.ts';
import { parseOpenDataQuery } from '../../../../../lib/open-data/query.ts';
import { renderOpenData } from '../../../../../lib/open-data/render.ts';
import { openDataResponse, problemResponse } from '../../../../../lib/open-data/respond.ts';
import { isUnitCode } from '../../../../../lib/units/unit-code.ts';
import { currentEra } from '../../../../../lib/units/vocabulary.ts';

/** Progress per commune of a province: /api/progress/provinces/<code>/communes.{csv,json,geojson}[?era=…][&campaign=…] */
export const GET: APIRoute = async ({ params, url, request }) => {
  const db = await getDatabase();
  const campaigns = await listCampaigns(db);
  const parsed = parseOpenDataQuery(
    params.format,
    url.searchParams,
    campaigns.map((c) => c.id),
  );
  if (!parsed.ok) {
    const code = parsed.problems[0]!.code;
    return problemResponse(
      400,
      inEveryLanguage((t) => t.openData.problem[code]),
    );
  }
  const { format, era, campaignId } = parsed.value;
  const province = isUnitCode(params.code, 'province') ? await findUnit(db, era, params.code) : undefined;
  if (!province || province.level !== 'province') {
    return problemResponse(
      404,
      inEveryLanguage((t) => t.openData.problem.provinceUnknown(params.code ?? '', era)),
    );
  }
  const [units, figures, total, boundaries, spent] = await Promise.all([
    listUnits(db, { era, level: 'commune', provinceCode: province.code }),
    progressByUnit(db, { era, level: 'commune', within: province.code }, { campaignId }),
    progressOf(db, { level: 'province', era, code: province.code }, { campaignId }),
    format === 'geojson' ? findBoundaryTopology(db, `communes/${province.code}`) : undefined,
    era === currentEra && !campaignId ? moneySpentByUnit(db, 'commune') : undefined,
  ]);
  const body = renderOpenData(format, progressRows(units, figures, spent), progressColumns, {
    asOf: total.asOf,
    dictionaryUrl: '/open-data#progress',
    topology: boundaries?.topology,
  });
  const name = `progress-communes-${province.code}-${era}${campaignId ? `-${campaignId}` : ''}`;
  return openDataResponse(request, body, format, name);
};
