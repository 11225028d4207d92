import type { Database } from '../../../db/client.ts';
import { listCampaignsWithTerms, type CampaignWithTerms } from '../campaigns/store.ts';
import type { MapPlace } from './map-figures.ts';
import { archipelagoPlaces } from './map-store.ts';
import { listPublicComplaintsOfCommune, type PublicComplaint } from '../complaints/store.ts';
import type { HouseholdListFilter } from '../households/list-filter.ts';
import {
  countHouseholdsShownAsAggregates,
  hasDemoHouseholds,
  listPublicHouseholdsOfCommune,
  listVillagesOfCommune,
} from '../households/store.ts';
import type { PublicHousehold } from '../households/store.ts';
import { moneySpent } from '../ledger/money-flow-store.ts';
import { moneyForArea } from '../ledger/public-ledger-store.ts';
import type { ProgressCounts } from './progress-counts.ts';
import {
  deliveriesByMonth,
  progressBreakdown,
  progressByUnit,
  progressOf,
  type ProgressBreakdownRow,
  type ProgressFigures,
} from './store.ts';
import { findCurrentUnit, listChildren, listUnits, predecessorsOf, type AdminUnit } from '../units/store.ts';
import { currentEra } from '../units/vocabulary.ts';
import { listOfficialReports, listSupportLevels, type OfficialReport } from '../official/store.ts';
import type { SupportLevel } from '../official/support-levels.ts';
import { topUpsOfCommune } from '../official/top-up-store.ts';
import type { CommuneTopUps } from '../official/top-ups.ts';

/** Money pledged, received and spent on homes in a place. */
export interface PlaceMoney {
  pledged: bigint;
  received: bigint;
  spent: bigint;
}

/** What a place's public page shows of its progress. */
interface PlaceProgress {
  figures: ProgressFigures;
  breakdown: ProgressBreakdownRow[];
  /** Homes delivered each month, for the chart over time. */
  months: { month: string; delivered: number }[];
  money: PlaceMoney;
}

export interface CommunePageView extends PlaceProgress {
  commune: AdminUnit;
  province: AdminUnit;
  /** The public list, narrowed by the citizen's filter. */
  households: PublicHousehold[];
  /** The villages of the whole list, for the filter's choices. */
  villages: string[];
  /** The pre-2025 communes it was made from. */
  predecessors: Awaited<ReturnType<typeof predecessorsOf>>;
  complaints: PublicComplaint[];
  /** Households of campaigns long ended, counted in the figures but no longer listed. */
  shownAsAggregates: Awaited<ReturnType<typeof countHouseholdsShownAsAggregates>>;
  /** The national support levels the households' amounts are shown against. */
  supportLevels: SupportLevel[];
  /** The local top-ups entered for the commune, its province and the units its homes were recorded in. */
  topUps: CommuneTopUps;
}

/**
 * Everything a 2025 commune's public page shows, read at once; undefined when no commune has
 * this code.
 */
export async function communePageView(
  db: Database,
  code: string,
  filter: HouseholdListFilter = {},
  /** Households of campaigns that ended before this day are shown only in aggregate. */
  listedIfEndedOnOrAfter?: string,
): Promise<CommunePageView | undefined> {
  const commune = await findCurrentUnit(db, code);
  if (commune?.level !== 'commune') return undefined;
  const area = { level: 'commune', era: currentEra, code: commune.code } as const;
  const place = { kind: 'commune', code: commune.code } as const;
  const [
    province,
    figures,
    breakdown,
    months,
    households,
    predecessors,
    villages,
    money,
    spent,
    complaints,
    aggregated,
    supportLevels,
    topUps,
  ] = await Promise.all([
    findCurrentUnit(db, commune.provinceCode),
    progressOf(db, area),
    progressBreakdown(db, area),
    deliveriesByMonth(db, { level: 'commune', code: commune.code }),
    listPublicHouseholdsOfCommune(db, commune.code, filter, listedIfEndedOnOrAfter),
    predecessorsOf(db, commune.code),
    listVillagesOfCommune(db, commune.code),
    moneyForArea(db, place),
    moneySpent(db, place),
    listPublicComplaintsOfCommune(db, commune.code),
    listedIfEndedOnOrAfter ? countHouseholdsShownAsAggregates(db, commune.code, listedIfEndedOnOrAfter) : [],
    listSupportLevels(db),
    topUpsOfCommune(db, commune),
  ]);
  if (!province) return undefined;
  return {
    commune,
    province,
    figures,
    breakdown,
    months,
    households,
    predecessors,
    villages,
    money: { ...money, spent },
    complaints,
    shownAsAggregates: aggregated,
    supportLevels,
    topUps,
  };
}

export interface ProvincePageView extends PlaceProgress {
  province: AdminUnit;
  communes: AdminUnit[];
  /** Each commune's figures, by code; a commune without households has none. */
  byCommune: Map<string, ProgressCounts>;
  /** Whether any figures shown are the demo's. */
  demo: boolean;
  /** Figures published by others about the province or the former provinces merged into it. */
  official: OfficialReport[];
}

/** Everything a 2025 province's public page shows, read at once; undefined when no province has this code. */
export async function provincePageView(db: Database, code: string): Promise<ProvincePageView | undefined> {
  const province = await findCurrentUnit(db, code);
  if (province?.level !== 'province') return undefined;
  const area = { level: 'province', era: currentEra, code: province.code } as const;
  const place = { kind: 'province', code: province.code } as const;
  const [figures, breakdown, months, byCommune, communes, demo, money, spent, official] = await Promise.all([
    progressOf(db, area),
    progressBreakdown(db, area),
    deliveriesByMonth(db, { level: 'province', code: province.code }),
    progressByUnit(db, { era: currentEra, level: 'commune', within: province.code }),
    listChildren(db, province),
    hasDemoHouseholds(db),
    moneyForArea(db, place),
    moneySpent(db, place),
    listOfficialReports(db, { level: 'province', code: province.code }),
  ]);
  return { province, figures, breakdown, months, byCommune, communes, demo, money: { ...money, spent }, official };
}

export interface NationalPageView {
  figures: ProgressFigures;
  breakdown: ProgressBreakdownRow[];
  months: { month: string; delivered: number }[];
  /** Money paid out to homes across the country. */
  spent: bigint;
  provinces: AdminUnit[];
  byProvince: Map<string, ProgressCounts>;
  campaigns: CampaignWithTerms[];
  demo: boolean;
  /** The archipelagos every national map shows, named as the page's language names them. */
  places: MapPlace[];
  /** Figures published by others, shown beside the portal's own. */
  official: OfficialReport[];
}

/** Everything the national page shows, read at once. */
export async function nationalPageView(
  db: Database,
  archipelagoNames: { hoangSa: string; truongSa: string },
): Promise<NationalPageView> {
  const nation = { level: 'nation' } as const;
  const [figures, breakdown, months, byProvince, provinces, campaigns, demo, places, spent, official] =
    await Promise.all([
      progressOf(db, nation),
      progressBreakdown(db, nation),
      deliveriesByMonth(db, nation),
      progressByUnit(db, { era: currentEra, level: 'province' }),
      listUnits(db, { era: currentEra, level: 'province' }),
      listCampaignsWithTerms(db),
      hasDemoHouseholds(db),
      archipelagoPlaces(db, archipelagoNames),
      moneySpent(db, 'country'),
      listOfficialReports(db, nation),
    ]);
  return { figures, breakdown, months, spent, provinces, byProvince, campaigns, demo, places, official };
}
