import { asc } from 'drizzle-orm';
import type { CampaignDefinition } from '../../src/lib/campaigns/campaign-definition.ts';
import type { Database } from '../client.ts';
import { campaigns } from '../schema/index.ts';
import { markPublicDataChanged } from './public-data-version.ts';
import { overwriteFromExcluded } from './upsert.ts';

export type Campaign = typeof campaigns.$inferSelect;

export async function saveCampaigns(db: Database, definitions: CampaignDefinition[]): Promise<void> {
  if (definitions.length === 0) return;
  await db.transaction(async (tx) => {
    await tx
      .insert(campaigns)
      .values(
        definitions.map((c) => ({
          id: c.id,
          householdCodePrefix: c.householdCodePrefix,
          nameVi: c.name.vi,
          nameEn: c.name.en,
          issuerVi: c.issuer.vi,
          issuerEn: c.issuer.en,
          documentNumber: c.documentNumber,
          documentDate: c.documentDate,
          basisVi: c.basis.vi,
          basisEn: c.basis.en,
          areaEra: c.area?.era ?? null,
          areaCode: c.area?.code ?? null,
          periodStart: c.period.start,
          periodEnd: c.period.end,
          sourceFile: c.sourceFile,
          amountsAreDemo: c.amountsAreDemo,
        })),
      )
      .onConflictDoUpdate({ target: campaigns.id, set: overwriteFromExcluded(campaigns, ['id']) });
    await markPublicDataChanged(tx);
  });
}

/** National campaign first, then local plans by start date. */
export async function listCampaigns(db: Database): Promise<Campaign[]> {
  const rows = await db.select().from(campaigns).orderBy(asc(campaigns.periodStart), asc(campaigns.id));
  return [...rows.filter((c) => c.areaCode === null), ...rows.filter((c) => c.areaCode !== null)];
}
