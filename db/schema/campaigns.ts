import { boolean, date, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { eras } from '../../src/lib/units/vocabulary.ts';

/** A campaign plan (Kế hoạch) and its legal basis; its definition lives in content/campaigns. */
export const campaigns = pgTable('campaigns', {
  id: text().primaryKey(),
  householdCodePrefix: text().notNull().unique(),
  nameVi: text().notNull(),
  nameEn: text().notNull(),
  issuerVi: text().notNull(),
  issuerEn: text().notNull(),
  /** The plan's number, e.g. `2404/KH-UBND`; null where the published text leaves it blank. */
  documentNumber: text(),
  /** As much of the issue date as the text gives, e.g. `2024-09-25`, `2024-07` or `2024`. */
  documentDate: text(),
  /** The documents the plan implements, quoted with number and date. */
  basisVi: text().notNull(),
  basisEn: text().notNull(),
  /** The unit the plan covers, in the era it was issued; null for the national campaign. */
  areaEra: text({ enum: eras }),
  areaCode: text(),
  periodStart: date().notNull(),
  periodEnd: date().notNull(),
  /** The plan's published text in ../shared/plans, if we hold it. */
  sourceFile: text(),
  /** The plan's text as published, for citations to point into. */
  sourceText: text(),
  /** Support amounts or recognition thresholds made up for demonstration, not from a document. */
  amountsAreDemo: boolean().notNull(),
  /**
   * Milestones, beneficiary groups, kinds of help, amounts and recognition, as in the campaign's
   * JSON (read back through campaignCriteriaSchema); null until the seed has written them.
   */
  terms: jsonb(),
});
