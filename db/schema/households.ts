import {
  bigint,
  boolean,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import {
  beneficiaryCategories,
  householdStages,
  supportProgrammes,
  supportTypes,
} from '../../src/lib/households/vocabulary.ts';
import type { HouseholdFinding } from '../../src/lib/criteria/household-check.ts';
import { ruleIds } from '../../src/lib/criteria/rules.ts';
import { eras } from '../../src/lib/units/vocabulary.ts';
import { campaigns } from './campaigns.ts';
import { officials } from './officials.ts';
import { adminUnits } from './units.ts';

/**
 * A supported household. Only what may be published is kept here (DESIGN.md §5):
 * no ID numbers, phones, birth dates or exact addresses.
 */
export const households = pgTable(
  'households',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    /** The code printed on public lists, unique nationwide. */
    publicCode: text().notNull().unique(),
    campaignId: text()
      .notNull()
      .references(() => campaigns.id),
    /** The commune the record was made in, in that era. */
    recordedEra: text({ enum: eras }).notNull(),
    recordedCommuneCode: text().notNull(),
    /** Today's (2025) commune: the successor of the recorded one, by the household's own address when split. */
    communeCode: text().notNull(),
    village: text().notNull(),
    category: text({ enum: beneficiaryCategories }).notNull(),
    supportProgramme: text({ enum: supportProgrammes }).notNull(),
    supportType: text({ enum: supportTypes }).notNull(),
    /** Initials unless a legal basis or consent for the full name is recorded. */
    displayName: text().notNull(),
    stage: text({ enum: householdStages }).notNull(),
    stageDate: date().notNull(),
    withdrawnReason: text(),
    /** Whole đồng. */
    supportAmount: bigint({ mode: 'bigint' }).notNull(),
    isDemo: boolean().notNull().default(false),
  },
  (t) => [
    foreignKey({
      columns: [t.recordedEra, t.recordedCommuneCode],
      foreignColumns: [adminUnits.era, adminUnits.code],
    }),
    index().on(t.communeCode),
    index().on(t.campaignId),
  ],
);

/** Every stage a household passed, with its date; the household row holds the latest. */
export const householdStageEvents = pgTable(
  'household_stage_events',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    householdId: integer()
      .notNull()
      .references(() => households.id),
    stage: text({ enum: householdStages }).notNull(),
    occurredOn: date().notNull(),
    recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** The official who recorded it; null for imported and demo histories. */
    recordedBy: integer().references(() => officials.id),
    /** The evidence photo's key in the evidence store (src/lib/evidence), if one was attached. */
    photoKey: text(),
  },
  (t) => [index().on(t.householdId)],
);

/**
 * Ways a household record does not fit its campaign's published criteria, found by the same
 * rules as the public self-check whenever the record is written; empty when it fits.
 */
export const householdFindings = pgTable(
  'household_findings',
  {
    householdId: integer()
      .notNull()
      .references(() => households.id),
    rule: text({ enum: ruleIds }).notNull(),
    finding: jsonb().$type<HouseholdFinding>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.householdId, t.rule] })],
);
