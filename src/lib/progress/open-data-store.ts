import type { Database } from '../../../db/client.ts';
import { listCampaigns } from '../campaigns/store.ts';
import { ok, refused, type Result } from '../forms/result.ts';
import { moneySpentByUnit } from '../ledger/money-flow-store.ts';
import type { ProgressRow } from '../open-data/columns.ts';
import { progressRows } from '../open-data/progress-rows.ts';
import { parseOpenDataQuery, type OpenDataQuery, type OpenDataQueryProblem } from '../open-data/query.ts';
import { findBoundaryTopology, findUnit, listUnits } from '../units/store.ts';
import { currentEra } from '../units/vocabulary.ts';
import { isUnitCode } from '../units/unit-code.ts';
import { progressByUnit, progressOf } from './store.ts';
import type { ProgressCounts } from './progress-counts.ts';
import { dayInVietnam } from '../i18n/format.ts';
import { countsByUnitOnDate, type OnDateArea } from '../reports/on-date-store.ts';

/** A progress file's content: one row per unit, the figures' time, and the boundaries for GeoJSON. */
export interface ProgressTable {
  query: OpenDataQuery;
  rows: ProgressRow[];
  asOf: Date | null;
  topology: string | undefined;
}

/** The request's format and query read against the campaigns there are (src/lib/open-data/query.ts). */
async function readQuery(
  db: Database,
  format: string | undefined,
  params: URLSearchParams,
): Promise<Result<OpenDataQuery, OpenDataQueryProblem>> {
  const campaigns = await listCampaigns(db);
  return parseOpenDataQuery(
    format,
    params,
    campaigns.map((campaign) => campaign.id),
    dayInVietnam(new Date()),
  );
}

/** Figures by unit as at the end of a day (reports/on-date-store.ts), keyed as progressByUnit's. */
async function figuresOnDate(
  db: Database,
  area: OnDateArea,
  asOf: string,
  campaignId: string | undefined,
): Promise<Map<string, ProgressCounts>> {
  const units = await countsByUnitOnDate(db, area, asOf, { campaignId });
  return new Map(units.map((unit) => [unit.code, unit.counts]));
}

/** Progress per province, as /api/progress/provinces.{csv,json,geojson} asks for it. */
export async function provincesProgressTable(
  db: Database,
  format: string | undefined,
  params: URLSearchParams,
): Promise<Result<ProgressTable, OpenDataQueryProblem>> {
  const read = await readQuery(db, format, params);
  if (!read.ok) return read;
  const query = read.value;
  const { era, campaignId } = query;
  const [units, figures, nation, boundaries, spent] = await Promise.all([
    listUnits(db, { era, level: 'province' }),
    query.asOf
      ? figuresOnDate(db, { era, level: 'nation' }, query.asOf, campaignId)
      : progressByUnit(db, { era, level: 'province' }, { campaignId }),
    progressOf(db, { level: 'nation' }, { campaignId }),
    query.format === 'geojson' ? findBoundaryTopology(db, 'provinces') : undefined,
    era === currentEra && !campaignId && !query.asOf ? moneySpentByUnit(db, 'province') : undefined,
  ]);
  return ok({ query, rows: progressRows(units, figures, spent), asOf: nation.asOf, topology: boundaries?.topology });
}

/**
 * Progress per commune of a province, as /api/progress/provinces/<code>/communes.{csv,json,geojson}
 * asks for it; `provinceUnknown` (with the era asked for) when the era has no such province.
 */
export async function communesProgressTable(
  db: Database,
  provinceCode: string | undefined,
  format: string | undefined,
  params: URLSearchParams,
): Promise<Result<ProgressTable, OpenDataQueryProblem | 'provinceUnknown'>> {
  const read = await readQuery(db, format, params);
  if (!read.ok) return read;
  const query = read.value;
  const { era, campaignId } = query;
  const province = isUnitCode(provinceCode, 'province') ? await findUnit(db, era, provinceCode) : undefined;
  if (!province || province.level !== 'province') return refused('provinceUnknown', { values: { era } });
  const [units, figures, total, boundaries, spent] = await Promise.all([
    listUnits(db, { era, level: 'commune', provinceCode: province.code }),
    query.asOf
      ? figuresOnDate(db, { era, level: 'province', code: province.code }, query.asOf, campaignId)
      : progressByUnit(db, { era, level: 'commune', within: province.code }, { campaignId }),
    progressOf(db, { level: 'province', era, code: province.code }, { campaignId }),
    query.format === 'geojson' ? findBoundaryTopology(db, `communes/${province.code}`) : undefined,
    era === currentEra && !campaignId && !query.asOf ? moneySpentByUnit(db, 'commune') : undefined,
  ]);
  return ok({ query, rows: progressRows(units, figures, spent), asOf: total.asOf, topology: boundaries?.topology });
}
