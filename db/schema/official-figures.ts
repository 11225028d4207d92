import { bigint, char, date, index, integer, numeric, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { officialReportKinds, supportLevelProgrammes } from '../../src/lib/official/vocabulary.ts';
import { eras } from '../../src/lib/units/vocabulary.ts';
import { supportTypes } from '../../src/lib/households/vocabulary.ts';
import { officials } from './officials.ts';

/**
 * Figures published by others (press, government news) about the campaign, as imported from a
 * CSV of ../shared/official/national-reports.csv's shape. Never changed or removed, and never
 * summed into the portal's own counts: they are shown beside them, each with its source. An empty
 * figure is null: the source does not state it.
 */
export const officialReports = pgTable(
  'official_reports',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    asOf: date().notNull(),
    /** `national`, or a province code of the era in force on `asOf`. */
    area: text().notNull(),
    /** The era the area's code belongs to (from `asOf`: pre2025 before 1/7/2025). */
    areaEra: text({ enum: eras }).notNull(),
    kind: text({ enum: officialReportKinds }).notNull(),
    homesTotal: integer(),
    completed: integer(),
    underWay: integer(),
    newBuild: integer(),
    repair: integer(),
    meritoriousTotal: integer(),
    targetProgrammesTotal: integer(),
    campaignTotal: integer(),
    localitiesDone: integer(),
    localitiesTotal: integer(),
    /** As published, in billions of đồng (a rounded press figure, not a portal money record). */
    moneyMobilisedBillionDong: numeric({ precision: 14, scale: 3 }),
    workdays: integer(),
    publisher: text().notNull(),
    source: text().notNull(),
    note: text(),
    /** SHA-256 of the row's values: the same row imported again is recognised and not added. */
    fingerprint: char({ length: 64 }).notNull().unique(),
    importedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** The official who uploaded it; null for the command line and the seed. */
    importedBy: integer().references(() => officials.id),
  },
  (t) => [index().on(t.area, t.asOf)],
);

/**
 * The national support level per house, by programme and kind of help, with its legal basis, as
 * ../shared/official/support-levels.csv states it; replaced whole when the seed loads the file.
 */
export const officialSupportLevels = pgTable(
  'official_support_levels',
  {
    programme: text({ enum: supportLevelProgrammes }).notNull(),
    supportType: text({ enum: supportTypes }).notNull(),
    amount: bigint({ mode: 'bigint' }).notNull(),
    legalBasis: text().notNull(),
    /** Null where the source gives no date. */
    basisDate: date(),
    period: text().notNull(),
    source: text().notNull(),
    note: text(),
  },
  (t) => [primaryKey({ columns: [t.programme, t.supportType] })],
);
