import { and, asc, count, eq, gte, ilike, inArray, lt, or } from 'drizzle-orm';
import type { HouseholdStage } from './vocabulary.ts';
import { compareVietnamese } from '../i18n/compare-text.ts';
import type { HouseholdListFilter } from './list-filter.ts';
import type { DemoHousehold } from './demo-households.ts';
import type { HouseholdFinding } from '../criteria/household-check.ts';
import type { Database } from '../../../db/client.ts';
import { campaigns, householdFindings, householdStageEvents, households } from '../../../db/schema/index.ts';
import { findingsOfHousehold, recheckHouseholds } from '../criteria/finding-store.ts';
import { containsPattern } from '../../../db/like-pattern.ts';
import { inBatches } from '../../../db/upsert.ts';
import { refreshProgressFacts } from '../progress/store.ts';

/** What a public list shows of a household (DESIGN.md §5): nothing personal beyond the display name. */
export type PublicHousehold = Pick<
  typeof households.$inferSelect,
  | 'publicCode'
  | 'campaignId'
  | 'village'
  | 'category'
  | 'supportProgramme'
  | 'supportType'
  | 'displayName'
  | 'stage'
  | 'stageDate'
  | 'supportAmount'
  | 'recordedEra'
  | 'recordedCommuneCode'
  | 'isDemo'
> & {
  /** Where the record does not fit its campaign's published criteria; empty when it fits. */
  findings: HouseholdFinding[];
};

/**
 * A commune's public list, by village (Thôn 2 before Thôn 10), then by code, narrowed by the
 * filter when one is given.
 */
export async function listPublicHouseholdsOfCommune(
  db: Database,
  communeCode: string,
  filter: HouseholdListFilter = {},
  /** Leave out households of campaigns that ended before this day (src/lib/privacy/list-retention.ts). */
  listedIfEndedOnOrAfter?: string,
): Promise<PublicHousehold[]> {
  const text = filter.text ? containsPattern(filter.text) : undefined;
  const rows = await db
    .select({
      publicCode: households.publicCode,
      campaignId: households.campaignId,
      village: households.village,
      category: households.category,
      supportProgramme: households.supportProgramme,
      supportType: households.supportType,
      displayName: households.displayName,
      stage: households.stage,
      stageDate: households.stageDate,
      supportAmount: households.supportAmount,
      recordedEra: households.recordedEra,
      recordedCommuneCode: households.recordedCommuneCode,
      isDemo: households.isDemo,
      findings: findingsOfHousehold,
    })
    .from(households)
    .innerJoin(campaigns, eq(campaigns.id, households.campaignId))
    .where(
      and(
        eq(households.communeCode, communeCode),
        listedIfEndedOnOrAfter ? gte(campaigns.periodEnd, listedIfEndedOnOrAfter) : undefined,
        filter.village ? eq(households.village, filter.village) : undefined,
        filter.category ? eq(households.category, filter.category) : undefined,
        filter.stage ? eq(households.stage, filter.stage) : undefined,
        text ? or(ilike(households.publicCode, text), ilike(households.displayName, text)) : undefined,
      ),
    );
  return rows.sort((a, b) => compareVietnamese(a.village, b.village) || a.publicCode.localeCompare(b.publicCode));
}

/**
 * How many of a commune's households are no longer listed one by one, per campaign: those of
 * campaigns that ended before the given day. Their figures stay in every aggregate.
 */
export async function countHouseholdsShownAsAggregates(
  db: Database,
  communeCode: string,
  listedIfEndedOnOrAfter: string,
): Promise<{ campaignId: string; nameVi: string; nameEn: string; periodEnd: string; households: number }[]> {
  return db
    .select({
      campaignId: campaigns.id,
      nameVi: campaigns.nameVi,
      nameEn: campaigns.nameEn,
      periodEnd: campaigns.periodEnd,
      households: count(),
    })
    .from(households)
    .innerJoin(campaigns, eq(campaigns.id, households.campaignId))
    .where(and(eq(households.communeCode, communeCode), lt(campaigns.periodEnd, listedIfEndedOnOrAfter)))
    .groupBy(campaigns.id, campaigns.nameVi, campaigns.nameEn, campaigns.periodEnd)
    .orderBy(campaigns.periodEnd);
}

/** Replaces every demo household (and its stage history) with the given ones, then refreshes progress. */
export async function replaceDemoHouseholds(db: Database, demo: DemoHousehold[]): Promise<void> {
  await db.transaction(async (tx) => {
    const old = tx.select({ id: households.id }).from(households).where(eq(households.isDemo, true));
    await tx.delete(householdStageEvents).where(inArray(householdStageEvents.householdId, old));
    await tx.delete(householdFindings).where(inArray(householdFindings.householdId, old));
    await tx.delete(households).where(eq(households.isDemo, true));
    for (const batch of inBatches(demo, 500)) {
      const inserted = await tx
        .insert(households)
        .values(
          batch.map((h) => {
            const last = h.stages.at(-1)!;
            return {
              publicCode: h.publicCode,
              campaignId: h.campaignId,
              recordedEra: h.recordedEra,
              recordedCommuneCode: h.recordedCommuneCode,
              communeCode: h.communeCode,
              village: h.village,
              category: h.category,
              supportProgramme: h.supportProgramme,
              supportType: h.supportType,
              displayName: h.displayName,
              stage: last.stage,
              stageDate: last.occurredOn,
              withdrawnReason: h.withdrawnReason,
              supportAmount: h.supportAmount,
              isDemo: true,
            };
          }),
        )
        .returning({ id: households.id, publicCode: households.publicCode });
      const idOf = new Map(inserted.map((row) => [row.publicCode, row.id]));
      const events = batch.flatMap((h) =>
        h.stages.map((s) => ({ householdId: idOf.get(h.publicCode)!, stage: s.stage, occurredOn: s.occurredOn })),
      );
      for (const eventBatch of inBatches(events)) await tx.insert(householdStageEvents).values(eventBatch);
    }
    await recheckHouseholds(tx);
    await refreshProgressFacts(tx);
  });
}

export async function hasDemoHouseholds(db: Database): Promise<boolean> {
  const [row] = await db.select({ id: households.id }).from(households).where(eq(households.isDemo, true)).limit(1);
  return row !== undefined;
}

export async function countHouseholds(db: Database): Promise<number> {
  return db.$count(households);
}

/** The villages of a commune's list, for the filter's choices. */
export async function listVillagesOfCommune(db: Database, communeCode: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ village: households.village })
    .from(households)
    .where(eq(households.communeCode, communeCode));
  return rows.map((r) => r.village).sort(compareVietnamese);
}

/** Every stage each household of a commune passed, with its date, oldest first, by public code. */
export async function stageHistoriesOfCommune(
  db: Database,
  communeCode: string,
): Promise<Map<string, { stage: HouseholdStage; occurredOn: string }[]>> {
  const rows = await db
    .select({
      publicCode: households.publicCode,
      stage: householdStageEvents.stage,
      occurredOn: householdStageEvents.occurredOn,
    })
    .from(householdStageEvents)
    .innerJoin(households, eq(households.id, householdStageEvents.householdId))
    .where(eq(households.communeCode, communeCode))
    .orderBy(asc(householdStageEvents.occurredOn), asc(householdStageEvents.id));
  const histories = new Map<string, { stage: HouseholdStage; occurredOn: string }[]>();
  for (const { publicCode, ...event } of rows) histories.set(publicCode, [...(histories.get(publicCode) ?? []), event]);
  return histories;
}
