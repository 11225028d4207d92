import { asc, eq, inArray, max, sql, type SQL } from 'drizzle-orm';
import { emptyCounts, type ProgressCounts } from '../../src/lib/progress/progress-counts.ts';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Database, Queryable } from '../client.ts';
import { adminUnits, communeProgress, households } from '../schema/index.ts';

/**
 * Recomputes the precomputed progress of the given 2025 communes (all when omitted) from
 * their households. Called after every write to households, in the same transaction.
 */
export async function refreshCommuneProgress(db: Queryable, communeCodes?: string[]): Promise<void> {
  const onlyProgress = communeCodes ? inArray(communeProgress.communeCode, communeCodes) : undefined;
  const onlyHouseholds = communeCodes ? inArray(households.communeCode, communeCodes) : undefined;
  const countStage = (stage: string) => sql<number>`count(*) filter (where ${households.stage} = ${stage})`;
  await db.delete(communeProgress).where(onlyProgress);
  await db.insert(communeProgress).select(
    db
      .select({
        campaignId: households.campaignId,
        communeCode: households.communeCode,
        provinceCode: adminUnits.provinceCode,
        households: sql<number>`count(*)`.as('households'),
        withdrawn: countStage('withdrawn').as('withdrawn'),
        identified: countStage('identified').as('identified'),
        approved: countStage('approved').as('approved'),
        started: countStage('started').as('started'),
        completed: countStage('completed').as('completed'),
        handedOver: countStage('handed_over').as('handed_over'),
        validated: countStage('validated').as('validated'),
        newBuild:
          sql<number>`count(*) filter (where ${households.supportType} = 'new_build' and ${households.stage} <> 'withdrawn')`.as(
            'new_build',
          ),
        repair:
          sql<number>`count(*) filter (where ${households.supportType} = 'repair' and ${households.stage} <> 'withdrawn')`.as(
            'repair',
          ),
        supportAmount:
          sql<bigint>`coalesce(sum(${households.supportAmount}) filter (where ${households.stage} <> 'withdrawn'), 0)`.as(
            'support_amount',
          ),
        refreshedAt: sql<Date>`now()`.as('refreshed_at'),
      })
      .from(households)
      .innerJoin(adminUnits, sql`${adminUnits.era} = '2025' and ${adminUnits.code} = ${households.communeCode}`)
      .where(onlyHouseholds)
      .groupBy(households.campaignId, households.communeCode, adminUnits.provinceCode),
  );
}

const summedCounts = {
  households: sumOf(communeProgress.households),
  withdrawn: sumOf(communeProgress.withdrawn),
  identified: sumOf(communeProgress.identified),
  approved: sumOf(communeProgress.approved),
  started: sumOf(communeProgress.started),
  completed: sumOf(communeProgress.completed),
  handedOver: sumOf(communeProgress.handedOver),
  validated: sumOf(communeProgress.validated),
  newBuild: sumOf(communeProgress.newBuild),
  repair: sumOf(communeProgress.repair),
  supportAmount: sql<bigint>`coalesce(sum(${communeProgress.supportAmount}), 0)::bigint`.mapWith(BigInt),
};

function sumOf(column: AnyPgColumn): SQL<number> {
  return sql<number>`coalesce(sum(${column}), 0)::integer`.mapWith(Number);
}

export interface ProgressFigures {
  counts: ProgressCounts;
  /** When the figures were last recomputed; null when there is nothing yet. */
  asOf: Date | null;
}

/** Figures for the nation, or for one 2025 province or commune. */
export async function progressOf(
  db: Database,
  area: { provinceCode: string } | { communeCode: string } | 'nation',
): Promise<ProgressFigures> {
  const where =
    area === 'nation'
      ? undefined
      : 'provinceCode' in area
        ? eq(communeProgress.provinceCode, area.provinceCode)
        : eq(communeProgress.communeCode, area.communeCode);
  const [row] = await db
    .select({ ...summedCounts, asOf: max(communeProgress.refreshedAt) })
    .from(communeProgress)
    .where(where);
  if (!row) return { counts: emptyCounts, asOf: null };
  const { asOf, ...counts } = row;
  return { counts, asOf: asOf ? new Date(asOf) : null };
}

/** Figures per 2025 province, keyed by province code (provinces without households are absent). */
export async function progressByProvince(db: Database): Promise<Map<string, ProgressCounts>> {
  const rows = await db
    .select({ code: communeProgress.provinceCode, ...summedCounts })
    .from(communeProgress)
    .groupBy(communeProgress.provinceCode)
    .orderBy(asc(communeProgress.provinceCode));
  return new Map(rows.map(({ code, ...counts }) => [code, counts]));
}

/** Figures per commune of one 2025 province, keyed by commune code. */
export async function progressByCommune(db: Database, provinceCode: string): Promise<Map<string, ProgressCounts>> {
  const rows = await db
    .select({ code: communeProgress.communeCode, ...summedCounts })
    .from(communeProgress)
    .where(eq(communeProgress.provinceCode, provinceCode))
    .groupBy(communeProgress.communeCode);
  return new Map(rows.map(({ code, ...counts }) => [code, counts]));
}
