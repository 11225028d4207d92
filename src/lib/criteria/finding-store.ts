import { eq, inArray, sql } from 'drizzle-orm';
import { campaignCriteriaSchema } from '../campaigns/campaign-definition.ts';
import { checkHouseholdRecord, type HouseholdFinding } from './household-check.ts';
import type { Queryable } from '../../../db/client.ts';
import { campaigns, householdFindings, households, householdStageEvents } from '../../../db/schema/index.ts';
import { inBatches } from '../../../db/upsert.ts';

/**
 * Checks household records against their campaign's published terms and keeps what does not
 * fit, replacing earlier findings. Every write of household records calls this in its
 * transaction (the seed's demo households today; imports and edits by officials later).
 */
export async function recheckHouseholds(db: Queryable, householdIds?: number[]): Promise<void> {
  if (householdIds?.length === 0) return;
  const scope = householdIds ? inArray(households.id, householdIds) : undefined;
  const records = await db
    .select({
      id: households.id,
      category: households.category,
      supportType: households.supportType,
      terms: campaigns.terms,
      periodStart: campaigns.periodStart,
      periodEnd: campaigns.periodEnd,
      campaignId: campaigns.id,
      inCampaignArea: sql<boolean | null>`case when ${campaigns.areaCode} is null then null else ${inCampaignArea} end`,
      approvedOn: sql<string | null>`(select min(${householdStageEvents.occurredOn})::text from ${householdStageEvents}
        where ${householdStageEvents.householdId} = ${households.id} and ${householdStageEvents.stage} = 'approved')`,
    })
    .from(households)
    .innerJoin(campaigns, eq(campaigns.id, households.campaignId))
    .where(scope);

  const termsOf = new Map<string, ReturnType<typeof campaignCriteriaSchema.parse> | null>();
  const found: { householdId: number; rule: HouseholdFinding['rule']; finding: HouseholdFinding }[] = [];
  for (const record of records) {
    if (!termsOf.has(record.campaignId))
      termsOf.set(record.campaignId, record.terms === null ? null : campaignCriteriaSchema.parse(record.terms));
    const terms = termsOf.get(record.campaignId);
    if (!terms) continue;
    const criteria = { ...terms, id: record.campaignId, period: { start: record.periodStart, end: record.periodEnd } };
    for (const finding of checkHouseholdRecord(criteria, record))
      found.push({ householdId: record.id, rule: finding.rule, finding });
  }

  await db
    .delete(householdFindings)
    .where(householdIds ? inArray(householdFindings.householdId, householdIds) : undefined);
  for (const batch of inBatches(found)) await db.insert(householdFindings).values(batch);
}

/**
 * Whether the household was recorded inside its campaign's area: in the area's own era by the
 * unit's parents, otherwise through the official succession of the area's communes.
 */
const inCampaignArea = sql<boolean>`exists (
  select 1 from admin_units u
  where u.era = ${households.recordedEra} and u.code = ${households.recordedCommuneCode}
    and u.era = ${campaigns.areaEra}
    and ${campaigns.areaCode} in (u.code, u.parent_code, u.province_code)
) or (${households.recordedEra} <> ${campaigns.areaEra} and exists (
  select 1 from unit_successions s join admin_units old on old.era = ${campaigns.areaEra} and old.code = s.old_code
  where s.new_commune_code = ${households.communeCode}
    and ${campaigns.areaCode} in (old.code, old.parent_code, old.province_code)
))`;

/** A household's findings as one JSON array, for lists that show them beside each record. */
export const findingsOfHousehold = sql<HouseholdFinding[]>`coalesce((
  select jsonb_agg(${householdFindings.finding} order by ${householdFindings.rule})
  from ${householdFindings} where ${householdFindings.householdId} = ${households.id}
), '[]'::jsonb)`;
