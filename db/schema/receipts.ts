import { sql } from 'drizzle-orm';
import { check, integer, jsonb, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { deliveries } from './pledges.ts';
import { payments } from './payments.ts';

export const receiptCounters = pgTable('receipt_counters', {
  issuer: text().primaryKey(),
  lastNumber: integer().notNull(),
});

/** A signed receipt (biên nhận) for a payment or a delivery; never changed. */

export const receipts = pgTable(
  'receipts',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    /** `<issuer code>-<number>`, e.g. `24-000017`: printed, and the verification page's address. */
    code: text().notNull().unique(),
    issuer: text().notNull(),
    number: integer().notNull(),
    paymentId: integer()
      .unique()
      .references(() => payments.id),
    deliveryId: integer()
      .unique()
      .references(() => deliveries.id),
    issuedAt: timestamp({ withTimezone: true }).notNull(),
    /** What was signed, exactly (src/lib/receipts/receipt.ts). */
    body: jsonb().notNull(),
    keyId: text().notNull(),
    /** Ed25519 over the body's canonical JSON, base64url. */
    signature: text().notNull(),
  },
  (t) => [
    unique().on(t.issuer, t.number),
    check('receipts_for_one_thing', sql`(${t.paymentId} is null) <> (${t.deliveryId} is null)`),
  ],
);

/**
 * Every key that has signed receipts, in the order they came into use (src/lib/receipts/key-history.ts):
 * a key is valid from its `validFrom` until the next key's. Never changed, so a receipt signed by
 * a retired key still verifies, and one dated outside its key's period does not.
 */
export const receiptSigningKeys = pgTable('receipt_signing_keys', {
  /** As in a receipt's body (src/lib/receipts/receipt.ts `keyIdOf`). */
  keyId: text().primaryKey(),
  /** SPKI PEM. */
  publicKey: text().notNull(),
  /** Null for the first key, valid from the installation's start. */
  validFrom: timestamp({ withTimezone: true }).unique(),
  addedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
