import { bigint, integer, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core';

/**
 * Cosignatures that registered witnesses sent of the log's checkpoints (c2sp.org/tlog-cosignature,
 * src/lib/transparency/witness-registry.ts), kept as received; never changed. A witness that
 * cosigns the same checkpoint again is kept once, with its first cosignature.
 */
export const transparencyCosignatures = pgTable(
  'transparency_cosignatures',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    origin: text().notNull(),
    treeSize: bigint({ mode: 'number' }).notNull(),
    /** base64, as on the checkpoint's third line. */
    rootHash: text().notNull(),
    witnessName: text().notNull(),
    /** The cosigner key id, a uint32. */
    keyId: bigint({ mode: 'number' }).notNull(),
    /** The signature line's base64: key id, 8-byte time, Ed25519 signature. */
    signature: text().notNull(),
    /** The time the witness put in its cosignature. */
    cosignedAt: timestamp({ withTimezone: true }).notNull(),
    receivedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique().on(t.origin, t.treeSize, t.rootHash, t.witnessName, t.keyId)],
);
