import { and, asc, desc, eq, lte, sql, type SQL } from 'drizzle-orm';
import type { HouseholdStage } from '../households/vocabulary.ts';
import type { ProgressCounts } from '../progress/progress-counts.ts';
import type { Database } from '../../../db/client.ts';
import { adminUnits, households, householdStageEvents } from '../../../db/schema/index.ts';
import { currentUnitIs } from '../units/store.ts';

export interface CommuneOnDate {
  communeCode: string;
  communeName: string;
  counts: ProgressCounts;
}

/**
 * Each commune's figures as they stood at the end of a day, rebuilt from the stage history: a
 * household counts at the last stage it had reached by that day, and not at all if it was not
 * yet identified. For officials' periodic reports, so it reads households directly rather than
 * the published figures, which only hold today's.
 */
export async function progressOnDate(
  db: Database,
  area: { level: 'province' | 'commune'; code: string },
  date: string,
): Promise<CommuneOnDate[]> {
  const inArea =
    area.level === 'province' ? eq(adminUnits.provinceCode, area.code) : eq(households.communeCode, area.code);
  const stageOnDate = db
    .selectDistinctOn([householdStageEvents.householdId], {
      householdId: householdStageEvents.householdId,
      stage: householdStageEvents.stage,
    })
    .from(householdStageEvents)
    .innerJoin(households, eq(households.id, householdStageEvents.householdId))
    .innerJoin(adminUnits, currentUnitIs(households.communeCode))
    .where(and(inArea, lte(householdStageEvents.occurredOn, date)))
    .orderBy(householdStageEvents.householdId, desc(householdStageEvents.occurredOn), desc(householdStageEvents.id))
    .as('stage_on_date');
  const count = (condition: SQL | undefined) => sql<number>`count(*) filter (where ${condition})`.mapWith(Number);
  const atStage = (stage: HouseholdStage) => count(sql`${stageOnDate.stage} = ${stage}`);
  const rows = await db
    .select({
      communeCode: adminUnits.code,
      communeName: adminUnits.fullName,
      households: sql<number>`count(*)`.mapWith(Number),
      withdrawn: atStage('withdrawn'),
      identified: atStage('identified'),
      approved: atStage('approved'),
      started: atStage('started'),
      completed: atStage('completed'),
      handedOver: atStage('handed_over'),
      validated: atStage('validated'),
      newBuild: count(and(eq(households.supportType, 'new_build'), sql`${stageOnDate.stage} <> 'withdrawn'`)),
      repair: count(and(eq(households.supportType, 'repair'), sql`${stageOnDate.stage} <> 'withdrawn'`)),
      supportAmount:
        sql<bigint>`coalesce(sum(${households.supportAmount}) filter (where ${stageOnDate.stage} <> 'withdrawn'), 0)`.mapWith(
          BigInt,
        ),
    })
    .from(stageOnDate)
    .innerJoin(households, eq(households.id, stageOnDate.householdId))
    .innerJoin(adminUnits, currentUnitIs(households.communeCode))
    .groupBy(adminUnits.code, adminUnits.fullName)
    .orderBy(asc(adminUnits.code));
  return rows.map(({ communeCode, communeName, ...counts }) => ({ communeCode, communeName, counts }));
}
