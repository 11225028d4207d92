import { char, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { Cell } from '../../src/lib/households/household-sheet.ts';
import { campaigns } from './campaigns.ts';
import { officials } from './officials.ts';

/**
 * A household list uploaded by an official, kept as its cells were read: the preview checks it
 * (again at every look) and saving adds all its households or none.
 */
export const householdImports = pgTable('household_imports', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  officialId: integer()
    .notNull()
    .references(() => officials.id),
  campaignId: text()
    .notNull()
    .references(() => campaigns.id),
  fileName: text().notNull(),
  sha256: char({ length: 64 }).notNull(),
  /** The first sheet's cells, dates as ISO text. */
  cells: jsonb().$type<Cell[][]>().notNull(),
  uploadedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  /** When its households were added; null while it is only a preview. */
  savedAt: timestamp({ withTimezone: true }),
  savedCount: integer(),
});
