import { bigint, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Precomputed progress per (campaign, 2025 commune), refreshed whenever households change,
 * so that public pages never scan households per request.
 */
export const communeProgress = pgTable(
  'commune_progress',
  {
    campaignId: text().notNull(),
    communeCode: text().notNull(),
    provinceCode: text().notNull(),
    households: integer().notNull(),
    withdrawn: integer().notNull(),
    identified: integer().notNull(),
    approved: integer().notNull(),
    started: integer().notNull(),
    completed: integer().notNull(),
    handedOver: integer().notNull(),
    validated: integer().notNull(),
    newBuild: integer().notNull(),
    repair: integer().notNull(),
    /** Whole đồng of support for the households in scope (not withdrawn). */
    supportAmount: bigint({ mode: 'bigint' }).notNull(),
    refreshedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.communeCode] }), index().on(t.provinceCode)],
);
