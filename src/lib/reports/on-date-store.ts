import { and, desc, eq, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../../../db/client.ts';
import { adminUnits, households, householdStageEvents } from '../../../db/schema/index.ts';
import type { HouseholdStage, SupportProgramme, SupportType } from '../households/vocabulary.ts';
import { addCounts, emptyCounts, type ProgressCounts } from '../progress/progress-counts.ts';
import { currentUnitIs } from '../units/store.ts';
import { formerEra, type Era } from '../units/vocabulary.ts';

/**
 * Where figures as at a day are counted, in either era: the nation by province, a province by
 * commune, or one commune. In the 2025 era a household counts in today's commune (a pre-2025
 * record rolls up through the official succession, by its own address where the commune was
 * split); in the pre-2025 era, in the unit it was recorded in before 1 July 2025. A household
 * recorded against today's units is placed back in the former province its commune came from
 * (when that is one province), but in no former commune: there it counts under the code '', as it
 * does nationally when even the province cannot be told.
 */
export type OnDateArea = { era: Era; level: 'nation' } | { era: Era; level: 'province' | 'commune'; code: string };

export interface OnDateRow {
  /** The province (for the nation) or commune the households count in. */
  unitCode: string;
  supportProgramme: SupportProgramme;
  supportType: SupportType;
  counts: ProgressCounts;
}

/**
 * Households by unit, programme and kind of help as they stood at the end of a day, rebuilt
 * from the stage history: each at the last stage it had reached by then, and not at all if it
 * was not yet identified.
 */
export async function countsOnDate(
  db: Database,
  area: OnDateArea,
  date: string,
  filter: { campaignId?: string } = {},
): Promise<OnDateRow[]> {
  const recorded = alias(adminUnits, 'recorded');
  const former = area.era === formerEra;
  // Literals, not parameters: Postgres groups only by an expression it sees as the same.
  const recordedBefore = sql`${households.recordedEra} = ${sql.raw(`'${formerEra}'`)}`;
  /**
   * The former province of a household recorded against today's commune: the one province all the
   * commune's predecessors lay in (provinces merged whole, so nearly always one); else none.
   */
  const formerProvince = sql<
    string | null
  >`(select min(fu.province_code) from unit_successions us join admin_units fu on fu.era = ${sql.raw(`'${formerEra}'`)} and fu.code = us.old_code where us.new_commune_code = ${households.communeCode} having count(distinct fu.province_code) = 1)`;
  const unitKey: SQL<string> =
    area.level === 'nation'
      ? former
        ? sql<string>`case when ${recordedBefore} then ${recorded.provinceCode} else coalesce(${formerProvince}, '') end`
        : sql<string>`${adminUnits.provinceCode}`
      : former
        ? sql<string>`case when ${recordedBefore} then ${households.recordedCommuneCode} else '' end`
        : sql<string>`${households.communeCode}`;
  const inArea =
    area.level === 'nation'
      ? undefined
      : former
        ? area.level === 'province'
          ? or(
              and(recordedBefore, eq(recorded.provinceCode, area.code)),
              and(sql`not ${recordedBefore}`, sql`${formerProvince} = ${area.code}`),
            )
          : and(recordedBefore, eq(households.recordedCommuneCode, area.code))
        : area.level === 'province'
          ? eq(adminUnits.provinceCode, area.code)
          : eq(households.communeCode, area.code);
  const stageOnDate = db
    .selectDistinctOn([householdStageEvents.householdId], {
      householdId: householdStageEvents.householdId,
      stage: householdStageEvents.stage,
    })
    .from(householdStageEvents)
    .where(lte(householdStageEvents.occurredOn, date))
    .orderBy(householdStageEvents.householdId, desc(householdStageEvents.occurredOn), desc(householdStageEvents.id))
    .as('stage_on_date');
  const count = (condition: SQL | undefined) => sql<number>`count(*) filter (where ${condition})`.mapWith(Number);
  const atStage = (stage: HouseholdStage) => count(sql`${stageOnDate.stage} = ${stage}`);
  const inScope = sql`${stageOnDate.stage} <> 'withdrawn'`;
  const rows = await db
    .select({
      unitCode: unitKey,
      supportProgramme: households.supportProgramme,
      supportType: households.supportType,
      households: sql<number>`count(*)`.mapWith(Number),
      withdrawn: atStage('withdrawn'),
      identified: atStage('identified'),
      approved: atStage('approved'),
      started: atStage('started'),
      completed: atStage('completed'),
      handedOver: atStage('handed_over'),
      validated: atStage('validated'),
      newBuild: count(and(eq(households.supportType, 'new_build'), inScope)),
      repair: count(and(eq(households.supportType, 'repair'), inScope)),
      supportAmount: sql<bigint>`coalesce(sum(${households.supportAmount}) filter (where ${inScope}), 0)`.mapWith(
        BigInt,
      ),
    })
    .from(stageOnDate)
    .innerJoin(households, eq(households.id, stageOnDate.householdId))
    .innerJoin(adminUnits, currentUnitIs(households.communeCode))
    .leftJoin(
      recorded,
      and(eq(recorded.era, households.recordedEra), eq(recorded.code, households.recordedCommuneCode)),
    )
    .where(and(inArea, filter.campaignId ? eq(households.campaignId, filter.campaignId) : undefined))
    .groupBy(unitKey, households.supportProgramme, households.supportType);
  return rows.map(({ unitCode, supportProgramme, supportType, ...counts }) => ({
    unitCode,
    supportProgramme,
    supportType,
    counts,
  }));
}

/** Rows summed by unit, with the units' names in their era, in code order. */
export async function countsByUnitOnDate(
  db: Database,
  area: OnDateArea,
  date: string,
  filter: { campaignId?: string } = {},
): Promise<{ code: string; name: string; nameEn: string; counts: ProgressCounts }[]> {
  const rows = await countsOnDate(db, area, date, filter);
  const byUnit = new Map<string, ProgressCounts>();
  for (const row of rows) byUnit.set(row.unitCode, addCounts(byUnit.get(row.unitCode) ?? emptyCounts, row.counts));
  const codes = [...byUnit.keys()].filter((code) => code !== '');
  const names =
    codes.length === 0
      ? []
      : await db
          .select({ code: adminUnits.code, name: adminUnits.fullName, nameEn: adminUnits.fullNameEn })
          .from(adminUnits)
          .where(and(eq(adminUnits.era, area.era), inArray(adminUnits.code, codes)));
  const nameOf = new Map(names.map((unit) => [unit.code, unit]));
  return [...byUnit.entries()]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)))
    .map(([code, counts]) => ({
      code,
      name: nameOf.get(code)?.name ?? '',
      nameEn: nameOf.get(code)?.nameEn ?? '',
      counts,
    }));
}
