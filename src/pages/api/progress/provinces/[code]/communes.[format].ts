import type { APIRoute } from 'astro';
import { getDatabase } from '../../../../../../db/connection.ts';
import { moneySpentByUnit } from '../../../../../lib/ledger/money-flow-store.ts';
import { listCampaigns } from '../../../../../lib/campaigns/store.ts';
import { progressByUnit, progressOf } from '../../../../../lib/progress/store.ts';
import { findBoundaryTopology, findUnit, listUnits } from '../../../../../lib/units/store.ts';
import { progressColumns } from '../../../../../lib/open-data/columns.ts';
import { progressRows } from '../../../../../lib/open-data/progress-rows.ts';
import { openDataQueryMessages, parseOpenDataQuery } from '../../../../../lib/open-data/query.ts';
import { renderOpenData } from '../../../../../lib/open-data/render.ts';
import { openDataResponse, problemResponse } from '../../../../../lib/open-data/respond.ts';
import { isUnitCode } from '../../../../../lib/units/unit-code.ts';

/** Progress per commune of a province: /api/progress/provinces/<code>/communes.{csv,json,geojson}[?era=…][&campaign=…] */
export const GET: APIRoute = async ({ params, url, request }) => {
  const db = await getDatabase();
  const campaigns = await listCampaigns(db);
  const parsed = parseOpenDataQuery(
    params.format,
    url.searchParams,
    campaigns.map((c) => c.id),
  );
  if (!parsed.ok) return problemResponse(400, openDataQueryMessages[parsed.problems[0]!.code]);
  const { format, era, campaignId } = parsed.value;
  const province = isUnitCode(params.code, 'province') ? await findUnit(db, era, params.code) : undefined;
  if (!province || province.level !== 'province') {
    return problemResponse(404, {
      vi: `Không có tỉnh, thành phố mang mã “${params.code}” trong thời kỳ ${era}.`,
      en: `No province has the code “${params.code}” in the ${era} era.`,
    });
  }
  const [units, figures, total, boundaries, spent] = await Promise.all([
    listUnits(db, { era, level: 'commune', provinceCode: province.code }),
    progressByUnit(db, { era, level: 'commune', within: province.code }, { campaignId }),
    progressOf(db, { level: 'province', era, code: province.code }, { campaignId }),
    format === 'geojson' ? findBoundaryTopology(db, `communes/${province.code}`) : undefined,
    era === '2025' && !campaignId ? moneySpentByUnit(db, 'commune') : undefined,
  ]);
  const body = renderOpenData(format, progressRows(units, figures, spent), progressColumns, {
    asOf: total.asOf,
    dictionaryUrl: '/open-data#progress',
    topology: boundaries?.topology,
  });
  const name = `progress-communes-${province.code}-${era}${campaignId ? `-${campaignId}` : ''}`;
  return openDataResponse(request, body, format, name);
};
