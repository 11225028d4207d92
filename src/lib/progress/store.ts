import { and, asc, eq, inArray, max, ne, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import {
  doneStages,
  type BeneficiaryCategory,
  type SupportProgramme,
  type SupportType,
} from '../households/vocabulary.ts';
import { emptyCounts, type ProgressCounts } from './progress-counts.ts';
import { type Era, currentEra, formerEra } from '../units/vocabulary.ts';
import type { Database, Queryable } from '../../../db/client.ts';
import { markPublicDataChanged } from '../http/public-data-version-store.ts';
import {
  adminUnits,
  householdStageEvents,
  households,
  progressFacts,
  progressMonths,
} from '../../../db/schema/index.ts';

/**
 * Recomputes the progress facts and monthly deliveries of the given 2025 communes (all when
 * omitted) from their households. Called after every write to households, in the same transaction.
 */
export async function refreshProgressFacts(db: Queryable, communeCodes?: string[]): Promise<void> {
  await refreshFacts(db, communeCodes);
  await refreshMonths(db, communeCodes);
  await markPublicDataChanged(db);
}

async function refreshMonths(db: Queryable, communeCodes?: string[]): Promise<void> {
  await db.delete(progressMonths).where(communeCodes ? inArray(progressMonths.communeCode, communeCodes) : undefined);
  const firstDelivered = db
    .select({
      campaignId: households.campaignId,
      communeCode: households.communeCode,
      deliveredOn: sql<string>`min(${householdStageEvents.occurredOn})`.as('delivered_on'),
    })
    .from(households)
    .innerJoin(householdStageEvents, eq(householdStageEvents.householdId, households.id))
    .where(
      and(
        inArray(householdStageEvents.stage, doneStages),
        ne(households.stage, 'withdrawn'),
        communeCodes ? inArray(households.communeCode, communeCodes) : undefined,
      ),
    )
    .groupBy(households.id, households.campaignId, households.communeCode)
    .as('first_delivered');
  const month = sql<string>`date_trunc('month', ${firstDelivered.deliveredOn})::date`;
  await db.insert(progressMonths).select(
    db
      .select({
        campaignId: firstDelivered.campaignId,
        communeCode: firstDelivered.communeCode,
        provinceCode: adminUnits.provinceCode,
        month: month.as('month'),
        delivered: sql<number>`count(*)`.as('delivered'),
      })
      .from(firstDelivered)
      .innerJoin(
        adminUnits,
        sql`${adminUnits.era} = ${currentEra} and ${adminUnits.code} = ${firstDelivered.communeCode}`,
      )
      .groupBy(firstDelivered.campaignId, firstDelivered.communeCode, adminUnits.provinceCode, month),
  );
}

async function refreshFacts(db: Queryable, communeCodes?: string[]): Promise<void> {
  const recorded = sql`recorded`;
  const countStage = (stage: string) => sql<number>`count(*) filter (where ${households.stage} = ${stage})`;
  await db.delete(progressFacts).where(communeCodes ? inArray(progressFacts.communeCode, communeCodes) : undefined);
  await db.insert(progressFacts).select(
    db
      .select({
        campaignId: households.campaignId,
        communeCode: households.communeCode,
        provinceCode: adminUnits.provinceCode,
        recordedEra: households.recordedEra,
        recordedCommuneCode: households.recordedCommuneCode,
        recordedProvinceCode: sql<string>`${recorded}.province_code`.as('recorded_province_code'),
        category: households.category,
        supportType: households.supportType,
        supportProgramme: households.supportProgramme,
        households: sql<number>`count(*)`.as('households'),
        withdrawn: countStage('withdrawn').as('withdrawn'),
        identified: countStage('identified').as('identified'),
        approved: countStage('approved').as('approved'),
        started: countStage('started').as('started'),
        completed: countStage('completed').as('completed'),
        handedOver: countStage('handed_over').as('handed_over'),
        validated: countStage('validated').as('validated'),
        supportAmount:
          sql<bigint>`coalesce(sum(${households.supportAmount}) filter (where ${households.stage} <> 'withdrawn'), 0)`.as(
            'support_amount',
          ),
        refreshedAt: sql<Date>`now()`.as('refreshed_at'),
      })
      .from(households)
      .innerJoin(adminUnits, sql`${adminUnits.era} = ${currentEra} and ${adminUnits.code} = ${households.communeCode}`)
      .innerJoin(
        sql`admin_units ${recorded}`,
        sql`${recorded}.era = ${households.recordedEra} and ${recorded}.code = ${households.recordedCommuneCode}`,
      )
      .where(communeCodes ? inArray(households.communeCode, communeCodes) : undefined)
      .groupBy(
        households.campaignId,
        households.communeCode,
        adminUnits.provinceCode,
        households.recordedEra,
        households.recordedCommuneCode,
        sql`${recorded}.province_code`,
        households.category,
        households.supportType,
        households.supportProgramme,
      ),
  );
}

function sumOf(column: AnyPgColumn): SQL<number> {
  return sql<number>`coalesce(sum(${column}), 0)::integer`.mapWith(Number);
}

const inScopeOf = (supportType: SupportType) =>
  sql<number>`coalesce(sum(${progressFacts.households} - ${progressFacts.withdrawn}) filter (where ${progressFacts.supportType} = ${supportType}), 0)::integer`.mapWith(
    Number,
  );

const summedCounts = {
  households: sumOf(progressFacts.households),
  withdrawn: sumOf(progressFacts.withdrawn),
  identified: sumOf(progressFacts.identified),
  approved: sumOf(progressFacts.approved),
  started: sumOf(progressFacts.started),
  completed: sumOf(progressFacts.completed),
  handedOver: sumOf(progressFacts.handedOver),
  validated: sumOf(progressFacts.validated),
  newBuild: inScopeOf('new_build'),
  repair: inScopeOf('repair'),
  supportAmount: sql<bigint>`coalesce(sum(${progressFacts.supportAmount}), 0)::bigint`.mapWith(BigInt),
};

/**
 * An area whose figures are asked for. In the 2025 era an area holds the households placed in
 * its communes today; in the pre-2025 era, those recorded in its units before 1 July 2025
 * (households recorded since then belong to no pre-2025 unit).
 */
export type ProgressArea = { level: 'nation' } | { level: 'province' | 'commune'; era: Era; code: string };

export interface ProgressFilter {
  campaignId?: string;
}

function whereArea(area: ProgressArea, filter: ProgressFilter): SQL | undefined {
  const campaign = filter.campaignId ? eq(progressFacts.campaignId, filter.campaignId) : undefined;
  if (area.level === 'nation') return campaign;
  if (area.era === currentEra) {
    const column = area.level === 'province' ? progressFacts.provinceCode : progressFacts.communeCode;
    return and(eq(column, area.code), campaign);
  }
  const column = area.level === 'province' ? progressFacts.recordedProvinceCode : progressFacts.recordedCommuneCode;
  return and(eq(progressFacts.recordedEra, formerEra), eq(column, area.code), campaign);
}

export interface ProgressFigures {
  counts: ProgressCounts;
  /** When the figures were last recomputed; null when there is nothing yet. */
  asOf: Date | null;
}

export async function progressOf(
  db: Database,
  area: ProgressArea,
  filter: ProgressFilter = {},
): Promise<ProgressFigures> {
  const [row] = await db
    .select({ ...summedCounts, asOf: max(progressFacts.refreshedAt) })
    .from(progressFacts)
    .where(whereArea(area, filter));
  if (!row) return { counts: emptyCounts, asOf: null };
  const { asOf, ...counts } = row;
  return { counts, asOf: asOf ? new Date(asOf) : null };
}

/**
 * Figures for each unit of one level, keyed by unit code; units without households are absent.
 * `within` narrows communes to one province (of the same era).
 */
export async function progressByUnit(
  db: Database,
  units: { era: Era; level: 'province' } | { era: Era; level: 'commune'; within: string },
  filter: ProgressFilter = {},
): Promise<Map<string, ProgressCounts>> {
  const current = units.era === currentEra;
  const key =
    units.level === 'province'
      ? current
        ? progressFacts.provinceCode
        : progressFacts.recordedProvinceCode
      : current
        ? progressFacts.communeCode
        : progressFacts.recordedCommuneCode;
  const conditions = [
    current ? undefined : eq(progressFacts.recordedEra, formerEra),
    units.level === 'commune'
      ? eq(current ? progressFacts.provinceCode : progressFacts.recordedProvinceCode, units.within)
      : undefined,
    filter.campaignId ? eq(progressFacts.campaignId, filter.campaignId) : undefined,
  ];
  const rows = await db
    .select({ code: key, ...summedCounts })
    .from(progressFacts)
    .where(and(...conditions))
    .groupBy(key);
  return new Map(rows.map(({ code, ...counts }) => [code, counts]));
}

/**
 * Figures for the households recorded in a pre-2025 unit (province, district or commune), or of
 * one campaign, keyed by the 2025 commune they are placed in today: what a former area's map
 * colours its successor communes by. With a campaign, its households wherever recorded.
 */
export async function progressByTodaysCommuneOf(
  db: Database,
  source: { formerArea: string } | { campaignId: string },
): Promise<{ byCommune: Map<string, ProgressCounts>; asOf: Date | null }> {
  const where =
    'campaignId' in source
      ? eq(progressFacts.campaignId, source.campaignId)
      : and(
          eq(progressFacts.recordedEra, formerEra),
          sql`${progressFacts.recordedCommuneCode} in (select code from ${adminUnits} where ${adminUnits.era} = ${formerEra}
            and ${source.formerArea} in (${adminUnits.code}, ${adminUnits.parentCode}, ${adminUnits.provinceCode}))`,
        );
  const rows = await db
    .select({ code: progressFacts.communeCode, asOf: max(progressFacts.refreshedAt), ...summedCounts })
    .from(progressFacts)
    .where(where)
    .groupBy(progressFacts.communeCode);
  const stamps = rows.flatMap((r) => (r.asOf ? [new Date(r.asOf).getTime()] : []));
  return {
    byCommune: new Map(rows.map(({ code, asOf: _, ...counts }) => [code, counts])),
    asOf: stamps.length > 0 ? new Date(Math.max(...stamps)) : null,
  };
}

export interface ProgressBreakdownRow {
  category: BeneficiaryCategory;
  supportType: SupportType;
  supportProgramme: SupportProgramme;
  counts: ProgressCounts;
}

/** An area's figures split by beneficiary category, support type and support programme. */
export async function progressBreakdown(
  db: Database,
  area: ProgressArea,
  filter: ProgressFilter = {},
): Promise<ProgressBreakdownRow[]> {
  const rows = await db
    .select({
      category: progressFacts.category,
      supportType: progressFacts.supportType,
      supportProgramme: progressFacts.supportProgramme,
      ...summedCounts,
    })
    .from(progressFacts)
    .where(whereArea(area, filter))
    .groupBy(progressFacts.category, progressFacts.supportType, progressFacts.supportProgramme);
  return rows.map(({ category, supportType, supportProgramme, ...counts }) => ({
    category,
    supportType,
    supportProgramme,
    counts,
  }));
}

/** Homes delivered per month in today's nation, province or commune, oldest month first. */
export async function deliveriesByMonth(
  db: Database,
  area: { level: 'nation' } | { level: 'province' | 'commune'; code: string },
  filter: ProgressFilter = {},
): Promise<{ month: string; delivered: number }[]> {
  const where = and(
    area.level === 'province' ? eq(progressMonths.provinceCode, area.code) : undefined,
    area.level === 'commune' ? eq(progressMonths.communeCode, area.code) : undefined,
    filter.campaignId ? eq(progressMonths.campaignId, filter.campaignId) : undefined,
  );
  return db
    .select({ month: progressMonths.month, delivered: sumOf(progressMonths.delivered) })
    .from(progressMonths)
    .where(where)
    .groupBy(progressMonths.month)
    .orderBy(asc(progressMonths.month));
}
