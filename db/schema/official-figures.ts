import {
  bigint,
  char,
  check,
  date,
  foreignKey,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { officialReportKinds, supportLevelProgrammes } from '../../src/lib/official/vocabulary.ts';
import { eras } from '../../src/lib/units/vocabulary.ts';
import { supportTypes } from '../../src/lib/households/vocabulary.ts';
import { officials } from './officials.ts';
import { adminUnits } from './units.ts';

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

/**
 * A local top-up: an amount per house a province or commune adds to the national level, as its
 * own decision states it, entered by the operator with that decision and its source. Never changed
 * or removed: the latest entry for a unit, programme and kind of help is the one in force, and an
 * entry of 0 đồng says the unit adds nothing (a correction is a new entry).
 */
export const localTopUps = pgTable(
  'local_top_ups',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    /** The province or commune whose authority decided it, in the era of its decision. */
    unitEra: text({ enum: eras }).notNull(),
    unitCode: text().notNull(),
    programme: text({ enum: supportLevelProgrammes }).notNull(),
    supportType: text({ enum: supportTypes }).notNull(),
    /** Whole đồng per house; 0: the unit adds nothing (ends an earlier entry). */
    amount: bigint({ mode: 'bigint' }).notNull(),
    /** The decision as the operator read it: number, date, issuer. */
    legalBasis: text().notNull(),
    /** Where the decision is published (an address), as the operator gives it. */
    source: text().notNull(),
    note: text(),
    enteredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    enteredBy: integer()
      .notNull()
      .references(() => officials.id),
  },
  (t) => [
    index().on(t.unitEra, t.unitCode),
    foreignKey({ columns: [t.unitEra, t.unitCode], foreignColumns: [adminUnits.era, adminUnits.code] }),
    check('local_top_ups_amount_not_negative', sql`${t.amount} >= 0`),
  ],
);
