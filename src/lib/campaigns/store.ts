import { and, asc, eq, getTableColumns } from 'drizzle-orm';
import {
  campaignCriteriaSchema,
  hasDemoFigures,
  termsForStorage,
  type CampaignDefinition,
  type CampaignTerms,
} from './campaign-definition.ts';
import type { Database, Queryable } from '../../../db/client.ts';
import { adminUnits, campaigns } from '../../../db/schema/index.ts';
import { markPublicDataChanged } from '../http/public-data-version-store.ts';
import { overwriteFromExcluded } from '../../../db/upsert.ts';

export type Campaign = Omit<typeof campaigns.$inferSelect, 'terms' | 'sourceText'>;
/** A campaign with its published terms, read back through the same schema that checked them. */
export type CampaignWithTerms = Campaign & {
  terms: CampaignTerms | null;
  /** The unit the plan covers, by its full name in that era; null for the national campaign. */
  areaName: { vi: string; en: string } | null;
};

/** Writes the campaigns with their terms and, where given, the text of their plan (by file name). */
export async function saveCampaigns(
  db: Database,
  definitions: CampaignDefinition[],
  planTexts: ReadonlyMap<string, string> = new Map(),
): Promise<void> {
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
          sourceText: c.sourceFile ? (planTexts.get(c.sourceFile) ?? null) : null,
          amountsAreDemo: hasDemoFigures(c),
          terms: termsForStorage(c),
        })),
      )
      .onConflictDoUpdate({ target: campaigns.id, set: overwriteFromExcluded(campaigns, ['id']) });
    await markPublicDataChanged(tx);
  });
}

/** National campaign first, then local plans by start date. */
export async function listCampaigns(db: Database): Promise<Campaign[]> {
  const { terms: _terms, sourceText: _text, ...columns } = getTableColumns(campaigns);
  const rows = await db.select(columns).from(campaigns).orderBy(asc(campaigns.periodStart), asc(campaigns.id));
  return nationalFirst(rows);
}

/** Every campaign with its terms, national first: for criteria pages, the self-check and record checks. */
export async function listCampaignsWithTerms(db: Queryable): Promise<CampaignWithTerms[]> {
  const { sourceText: _text, ...columns } = getTableColumns(campaigns);
  const rows = await db
    .select({ ...columns, areaVi: adminUnits.fullName, areaEn: adminUnits.fullNameEn })
    .from(campaigns)
    .leftJoin(adminUnits, and(eq(adminUnits.era, campaigns.areaEra), eq(adminUnits.code, campaigns.areaCode)))
    .orderBy(asc(campaigns.periodStart), asc(campaigns.id));
  return nationalFirst(
    rows.map(({ areaVi, areaEn, ...row }) => ({
      ...row,
      terms: readTerms(row.terms),
      areaName: areaVi && areaEn ? { vi: areaVi, en: areaEn } : null,
    })),
  );
}

/** A plan's published text, by its file name, for citations to link to; undefined if not held. */
export async function findPlanText(
  db: Database,
  sourceFile: string,
): Promise<{ campaignId: string; text: string } | undefined> {
  const [row] = await db
    .select({ campaignId: campaigns.id, text: campaigns.sourceText })
    .from(campaigns)
    .where(eq(campaigns.sourceFile, sourceFile));
  return row?.text ? { campaignId: row.campaignId, text: row.text } : undefined;
}

function readTerms(stored: unknown): CampaignTerms | null {
  if (stored === null) return null;
  return campaignCriteriaSchema.parse(stored);
}

function nationalFirst<C extends { areaCode: string | null }>(rows: C[]): C[] {
  return [...rows.filter((c) => c.areaCode === null), ...rows.filter((c) => c.areaCode !== null)];
}
