import { sql } from 'drizzle-orm';
import { bigint, char, check, date, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import {
  displayChoices,
  donorTypes,
  labourSkills,
  machines,
  materialNames,
  pledgeKinds,
  pledgeTargetKinds,
} from '../../src/lib/pledges/vocabulary.ts';
import { campaigns } from './campaigns.ts';
import { officials } from './officials.ts';

/** A person or organisation who pledged. Contact details are private: never on a public page. */
export const donors = pgTable('donors', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  type: text({ enum: donorTypes }).notNull(),
  name: text().notNull(),
  /** Mã số thuế, for organisations that give it (10 digits, or 10-3 for a branch). */
  taxCode: text(),
  displayChoice: text({ enum: displayChoices }).notNull(),
  /** What public lists show: the name, initials, or null for an anonymous gift. */
  publicName: text(),
  email: text(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** A promise of money, materials or workdays to a campaign's fund, a province, a commune or a household. */
export const pledges = pgTable(
  'pledges',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    /** Printed on the confirmation and written in the bank transfer's memo, e.g. `CT7K9Q2XMA`. */
    reference: char({ length: 10 }).notNull().unique(),
    /** SHA-256 of the private link's token: the link itself is only ever in the donor's hands. */
    privateTokenHash: char({ length: 64 }).notNull().unique(),
    donorId: integer()
      .notNull()
      .references(() => donors.id),
    targetKind: text({ enum: pledgeTargetKinds }).notNull(),
    /** Campaign id, 2025 province or commune code, or household public code. */
    targetCode: text().notNull(),
    /** The campaign whose end the pledge expires with; null for a place, which has no end. */
    campaignId: text().references(() => campaigns.id),
    kind: text({ enum: pledgeKinds }).notNull(),
    /** Whole đồng, for money. */
    amount: bigint({ mode: 'bigint' }),
    material: text({ enum: materialNames }),
    materialDescription: text(),
    /** Units of the material (its unit is fixed by the catalogue), workdays for labour, machine shifts for machinery. */
    quantity: integer(),
    skill: text({ enum: labourSkills }),
    machine: text({ enum: machines }),
    /** The donor's words for a machine (model, capacity), published like a material's description. */
    machineDescription: text(),
    expiresOn: date(),
    cancelledAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.targetKind, t.targetCode),
    index().on(t.donorId),
    // Each kind carries exactly its own quantity, and only positive ones.
    check(
      'pledges_quantity_fits_kind',
      sql`case ${t.kind}
        when 'money' then ${t.amount} > 0 and ${t.quantity} is null
        when 'material' then ${t.material} is not null and ${t.quantity} > 0 and ${t.amount} is null
        when 'labour' then ${t.skill} is not null and ${t.quantity} > 0 and ${t.amount} is null
        when 'machinery' then ${t.machine} is not null and ${t.quantity} > 0 and ${t.amount} is null
      end`,
    ),
  ],
);

/**
 * A delivery of pledged materials, or workdays performed, recorded by an officer. Like money,
 * never changed or removed (a trigger refuses it): a mistake is corrected by a new entry.
 */
export const deliveries = pgTable(
  'deliveries',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    pledgeId: integer()
      .notNull()
      .references(() => pledges.id),
    /** Units of the pledge's material, workdays, or machine shifts. */
    quantity: integer().notNull(),
    deliveredOn: date().notNull(),
    /** Evidence photo in the evidence store, if one was attached. */
    photoKey: text(),
    note: text(),
    recordedBy: integer()
      .notNull()
      .references(() => officials.id),
    recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.pledgeId), check('deliveries_quantity_positive', sql`${t.quantity} > 0`)],
);

/**
 * Whole đồng of money pledged and not cancelled, per place a pledge is for: `commune:<code>`
 * (gifts to a commune and to its homes), `province:<code>` (to the province itself) or
 * `campaign:<id>`. Kept up to date with each pledge and cancellation, so that a province's or a
 * campaign's total is read, never summed over its pledges per request.
 */
export const pledgedTotals = pgTable('pledged_totals', {
  area: text().primaryKey(),
  amount: bigint({ mode: 'bigint' }).notNull(),
});
