import { bigint, date, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { beneficiaryCategories, supportProgrammes, supportTypes } from '../../src/lib/households/vocabulary.ts';
import { eras } from '../../src/lib/units/vocabulary.ts';

/**
 * Precomputed household counts per campaign, 2025 commune, commune of record and kind of
 * support, refreshed in the same transaction as every change to households. Public figures of
 * any area, era or breakdown are sums over these rows: no page scans households.
 */
export const progressFacts = pgTable(
  'progress_facts',
  {
    campaignId: text().notNull(),
    /** Today's commune and province. */
    communeCode: text().notNull(),
    provinceCode: text().notNull(),
    /** Where the households were recorded, in that era: the pre-2025 view sums these. */
    recordedEra: text({ enum: eras }).notNull(),
    recordedCommuneCode: text().notNull(),
    recordedProvinceCode: text().notNull(),
    category: text({ enum: beneficiaryCategories }).notNull(),
    supportType: text({ enum: supportTypes }).notNull(),
    supportProgramme: text({ enum: supportProgrammes }).notNull(),
    households: integer().notNull(),
    withdrawn: integer().notNull(),
    identified: integer().notNull(),
    approved: integer().notNull(),
    started: integer().notNull(),
    completed: integer().notNull(),
    handedOver: integer().notNull(),
    validated: integer().notNull(),
    /** Whole đồng of support for the households in scope (not withdrawn). */
    supportAmount: bigint({ mode: 'bigint' }).notNull(),
    refreshedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({
      columns: [
        t.campaignId,
        t.communeCode,
        t.recordedEra,
        t.recordedCommuneCode,
        t.category,
        t.supportType,
        t.supportProgramme,
      ],
    }),
    index().on(t.provinceCode),
    index().on(t.communeCode),
    index().on(t.recordedEra, t.recordedProvinceCode),
    index().on(t.recordedEra, t.recordedCommuneCode),
  ],
);

/**
 * Homes delivered per month: households counted in the month their works were first reported
 * completed (withdrawn households left out). Refreshed with progress_facts; the cumulative
 * "progress over time" is a running sum of these rows.
 */
export const progressMonths = pgTable(
  'progress_months',
  {
    campaignId: text().notNull(),
    communeCode: text().notNull(),
    provinceCode: text().notNull(),
    /** First day of the month, in Vietnam's calendar (stage dates are calendar dates). */
    month: date().notNull(),
    delivered: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.campaignId, t.communeCode, t.month] }),
    index().on(t.provinceCode),
    index().on(t.communeCode),
  ],
);
