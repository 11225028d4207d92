import type { APIRoute } from 'astro';
import { getDatabase } from '../../../../db/connection.ts';
import { moneySpentByUnit } from '../../../lib/ledger/money-flow-store.ts';
import { listCampaigns } from '../../../lib/campaigns/store.ts';
import { inEveryLanguage } from '../../../lib/i18n/messages.ts';
import { progressByUnit, progressOf } from '../../../lib/progress/store.ts';
import { findBoundaryTopology, listUnits } from '../../../lib/units/store.ts';
import { progressColumns } from '../../../lib/open-data/columns.ts';
import { progressRows } from '../../../lib/open-data/progress-rows.ts';
import { parseOpenDataQuery } from '../../../lib/open-data/query.ts';
import { renderOpenData } from '../../../lib/open-data/render.ts';
import { openDataResponse, problemResponse } from '../../../lib/open-data/respond.ts';
import { currentEra } from '../../../lib/units/vocabulary.ts';

/** Progress per province: /api/progress/provinces.{csv,json,geojson}[?era=pre2025][&campaign=<id>] */
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
  const [units, figures, nation, boundaries, spent] = await Promise.all([
    listUnits(db, { era, level: 'province' }),
    progressByUnit(db, { era, level: 'province' }, { campaignId }),
    progressOf(db, { level: 'nation' }, { campaignId }),
    format === 'geojson' ? findBoundaryTopology(db, 'provinces') : undefined,
    era === currentEra && !campaignId ? moneySpentByUnit(db, 'province') : undefined,
  ]);
  const body = renderOpenData(format, progressRows(units, figures, spent), progressColumns, {
    asOf: nation.asOf,
    dictionaryUrl: '/open-data#progress',
    topology: boundaries?.topology,
  });
  return openDataResponse(request, body, format, `progress-provinces-${era}${campaignId ? `-${campaignId}` : ''}`);
};
